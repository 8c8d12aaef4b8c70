package com.tokenfactory.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of upgrading an old file: turns the tree of format {@link #from()} into the tree of format
 * {@code from() + 1}. Steps work on the tree, before binding, so the records never need to know old formats.
 * A step renames fields through {@link SourceLines#renamed} so that later errors still name the right line, and
 * reports what it cannot upgrade as a {@link FileProblem} at the old path.
 */
interface Migration {
    /** The format this step reads. */
    int from();

    /** What the step changes, for logs and the format documentation. */
    String name();

    void apply(ObjectNode root, SourceLines lines);
}

package com.tokenfactory.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A parsed file: its tree and the line each element came from. */
record LocatedTree(ObjectNode root, SourceLines lines) {
}

package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads a file's {@code formatVersion} and refuses versions this build cannot read. */
final class FormatVersion {
    private static final String FIELD = "formatVersion";

    private FormatVersion() {
    }

    static int of(ObjectNode root) {
        String path = JsonPaths.field(JsonPaths.ROOT, FIELD);
        JsonNode node = root.get(FIELD);
        if (node == null || node.isNull()) {
            throw FileProblem.at(path, "is required: every .tokenplan file starts with its format version");
        }
        int version = ObjectFields.integer(node, path);
        if (version > PlanFile.CURRENT_FORMAT_VERSION) {
            throw FileProblem.at(path, "this file was written by a newer Token Factory Planner (format " + version
                    + "); this version reads formats up to " + PlanFile.CURRENT_FORMAT_VERSION);
        }
        if (version < Migrations.OLDEST_READABLE_FORMAT) {
            throw FileProblem.at(path, "there is no format " + version + "; this version reads formats "
                    + Migrations.OLDEST_READABLE_FORMAT + " to " + PlanFile.CURRENT_FORMAT_VERSION);
        }
        return version;
    }
}

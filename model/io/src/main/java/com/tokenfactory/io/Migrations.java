package com.tokenfactory.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Every migration step, oldest first, forming an unbroken chain from the oldest readable format to the current one. */
final class Migrations {
    static final int OLDEST_READABLE_FORMAT = 1;
    static final List<Migration> STEPS = List.of(new FormatOneToTwo(), new FormatTwoToThree());

    static {
        checkChain(STEPS, OLDEST_READABLE_FORMAT, PlanFile.CURRENT_FORMAT_VERSION);
    }

    private Migrations() {
    }

    /** Upgrades {@code root}, written in {@code version}, to the current format one named step at a time. */
    static void upgrade(ObjectNode root, int version, SourceLines lines) {
        for (Migration step : STEPS) {
            if (step.from() >= version) {
                step.apply(root, lines);
                root.put("formatVersion", step.from() + 1);
            }
        }
    }

    /** Refuses a chain with a gap, a duplicate or a missing end: every version in [oldest, current) has one step. */
    static void checkChain(List<Migration> steps, int oldest, int current) {
        int expected = oldest;
        for (Migration step : steps) {
            if (step.from() != expected) {
                throw new IllegalStateException("migration '" + step.name() + "' reads format " + step.from()
                        + " but the chain needs a step from format " + expected);
            }
            expected++;
        }
        if (expected != current) {
            throw new IllegalStateException("the migrations end at format " + expected + ", not at the current format "
                    + current);
        }
    }
}

package com.tokenfactory.core.trace;

/** A span of months [from, to) of a result with its label: a month, a plan year or the horizon. */
record Span(int from, int to, String label) {
    boolean month() {
        return to == from + 1;
    }

    int months() {
        return to - from;
    }
}

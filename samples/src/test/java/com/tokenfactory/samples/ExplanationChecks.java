package com.tokenfactory.samples;

import com.tokenfactory.core.trace.Explanation;
import com.tokenfactory.core.trace.Provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every explanation tree must hold, for the tests that walk them (shipped in this module's test-jar): each node
 * re-evaluates to its figure within {@link #RELATIVE}, a blank figure says why, and each leaf names its place and its
 * source — a source other than "entered by the user" unless the planner entered it or it is derived.
 */
public final class ExplanationChecks {
    /** Relative tolerance between a figure and its re-evaluation (floating-point sums in another order). */
    public static final double RELATIVE = 1e-9;

    private ExplanationChecks() {
    }

    public static void verifyTree(Explanation e, String path) {
        if (e.isLeaf()) {
            assertFalse(e.origin().where().isBlank(), path + " / " + e.label() + ": a leaf without a place");
            assertFalse(e.origin().source().isBlank(), path + " / " + e.label() + ": a leaf without a source");
            if (e.origin().provenance() != Provenance.PLANNERS_ASSUMPTION
                    && e.origin().provenance() != Provenance.DERIVED) {
                assertFalse(e.origin().source().equals("entered by the user"), path + " / " + e.label());
            }
            return;
        }
        assertClose(e.value(), e.evaluate(), path + " / " + e.label() + " (" + e.formula() + ")");
        if (Double.isNaN(e.value())) {
            assertTrue(e.why() != null && !e.why().isBlank(), path + " / " + e.label() + ": blank without a why");
        }
        for (Explanation child : e.children()) {
            verifyTree(child, path + " / " + e.label());
        }
    }

    /** Equal within {@link #RELATIVE}, or both blank (NaN). */
    public static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual), what + ": " + expected + " vs " + actual);
            return;
        }
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        if (Math.abs(expected - actual) > RELATIVE * scale + 1e-12) {
            fail(what + ": expected " + expected + ", got " + actual);
        }
    }
}

package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.plan.Plan;

import java.util.Objects;

/**
 * When the calibration screen may save and apply: pure rules over what is shown, so they are tested without a window.
 * A calibration applies to the plan its before/after figures were worked out for, once, and not while a benchmark
 * runs; undoing the apply makes it applicable again.
 */
final class ApplyRules {
    private ApplyRules() {
    }

    /** What Apply should do with the figures shown, for the plan as it is now. */
    enum Verdict {
        /** Hand the calibrated plan to the document. */
        APPLY,
        /** The plan changed since the figures were worked out: work them out again and ask again. */
        WORK_OUT_AGAIN,
        /** Nothing to apply. */
        NOTHING
    }

    static boolean canSave(boolean running, MeasurementOutcome shown) {
        return !running && shown != null;
    }

    /**
     * @param shown   the before/after figures on screen, or null
     * @param applied the figures last applied (and not undone since), or null
     * @param now     the document's plan now
     */
    static boolean canApply(boolean running, CalibrationImpact shown, CalibrationImpact applied, Plan now) {
        if (running || shown == null || shown == applied) {
            return false;
        }
        return now == null || !Objects.equals(now.calibration(), shown.after().calibration());
    }

    static Verdict onApply(boolean allowed, CalibrationImpact shown, Plan now) {
        if (!allowed || shown == null) {
            return Verdict.NOTHING;
        }
        return shown.before().equals(now) ? Verdict.APPLY : Verdict.WORK_OUT_AGAIN;
    }

    /**
     * The figures last applied, after the document's plan changed to {@code now}: kept while the plan still carries
     * their calibration, forgotten when it was undone or replaced (it may then be applied again).
     */
    static CalibrationImpact stillApplied(CalibrationImpact applied, Plan now) {
        if (applied == null) {
            return null;
        }
        return now != null && Objects.equals(now.calibration(), applied.after().calibration()) ? applied : null;
    }
}

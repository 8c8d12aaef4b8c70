package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When Save and Apply are allowed, without a window. */
class ApplyRulesTest {
    private final Plan plan = Fixtures.fungibleFleet();
    private final MeasurementOutcome measured = MeasurementOutcome.of(Fixtures.cpuRun());
    private final CalibrationImpact shown = CalibrationImpact.of(plan, measured.fit().calibration());

    @Test
    void saveNeedsAMeasurementAndNoRunningBenchmark() {
        assertTrue(ApplyRules.canSave(false, measured));
        assertFalse(ApplyRules.canSave(true, measured));
        assertFalse(ApplyRules.canSave(false, null));
    }

    @Test
    void applyOnceForThePlanTheFiguresWereWorkedOutFor() {
        assertTrue(ApplyRules.canApply(false, shown, null, plan));
        assertFalse(ApplyRules.canApply(true, shown, null, plan), "not while a benchmark runs");
        assertFalse(ApplyRules.canApply(false, null, null, plan), "no figures yet");
        assertFalse(ApplyRules.canApply(false, shown, shown, plan), "already applied");
        assertFalse(ApplyRules.canApply(false, shown, null, shown.after()), "the plan already has this calibration");
        assertEquals(ApplyRules.Verdict.APPLY, ApplyRules.onApply(true, shown, plan));
        assertEquals(ApplyRules.Verdict.WORK_OUT_AGAIN, ApplyRules.onApply(true, shown, plan.withName("edited")));
        assertEquals(ApplyRules.Verdict.NOTHING, ApplyRules.onApply(false, shown, plan));
    }

    @Test
    void undoingTheApplyMakesItApplicableAgain() {
        assertSame(shown, ApplyRules.stillApplied(shown, shown.after()), "the plan still carries it");
        assertNull(ApplyRules.stillApplied(shown, plan), "undone");
        assertNull(ApplyRules.stillApplied(null, plan));
    }
}

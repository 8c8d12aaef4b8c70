package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.engine.Efficiencies;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Sourced;

/** What the plan's roofline efficiencies are now and where they come from, in one paragraph. */
public final class PlanCalibrationText {
    private PlanCalibrationText() {
    }

    public static String describe(Plan plan) {
        Calibration c = plan.calibration();
        if (c != null && !Efficiencies.transfersEfficiencies(c)) {
            Assumptions a = plan.assumptions();
            return "Calibrated with a measurement of " + c.device() + " (" + c.provider() + ", " + c.measuredOn()
                    + "), a device the catalog does not know: only its step overhead of "
                    + CalibrationNumbers.sig3(c.stepOverheadMs()) + " ms is used; compute efficiency "
                    + CalibrationNumbers.fraction(a.computeEfficiency()) + " and memory efficiency "
                    + CalibrationNumbers.fraction(a.memoryEfficiency()) + " stay the plan's.";
        }
        if (c != null) {
            return "Calibrated with a measurement of " + c.device() + " (" + c.provider() + ", " + c.measuredOn()
                    + "): compute efficiency " + CalibrationNumbers.fraction(c.computeEfficiency())
                    + ", memory efficiency " + CalibrationNumbers.fraction(c.memoryEfficiency())
                    + ", step overhead " + CalibrationNumbers.sig3(c.stepOverheadMs()) + " ms; fit error "
                    + CalibrationNumbers.percent(c.heldOutErrorPercent()) + " on held-out tests.";
        }
        Assumptions a = plan.assumptions();
        return "No calibration: documented defaults in use. Compute efficiency "
                + withSource(a.computeEfficiency(), "computeEfficiency",
                CalibrationNumbers.fraction(a.computeEfficiency()))
                + "; memory efficiency "
                + withSource(a.memoryEfficiency(), "memoryEfficiency",
                CalibrationNumbers.fraction(a.memoryEfficiency()))
                + "; step overhead "
                + withSource(a.stepOverheadMs(), "stepOverheadMs",
                CalibrationNumbers.sig3(a.stepOverheadMs()) + " ms")
                + "; host time " + CalibrationNumbers.sig3(a.sequenceOverheadUs()) + " µs per sequence, expert "
                + "efficiency " + CalibrationNumbers.fraction(a.expertEfficiency()) + " and FP4 efficiency "
                + CalibrationNumbers.fraction(a.fp4Efficiency()) + " are never calibrated.";
    }

    /** The figure and its documented source, or "entered in this plan" when the plan changed the default. */
    private static String withSource(double value, String field, String text) {
        Sourced documented = Assumptions.SOURCES.get(field);
        String source = documented != null && documented.value() == value ? documented.source() : "entered in this plan";
        return text + " (" + source + ")";
    }
}

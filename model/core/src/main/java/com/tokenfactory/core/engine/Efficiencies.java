package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Plan;

/**
 * The roofline efficiencies and power fractions the engine uses: the plan's calibration where one exists, else the
 * documented defaults in its assumptions.
 *
 * @param source "calibration: <device> (<provider>, <date>)" or "defaults (assumptions)"
 */
public record Efficiencies(
        double computeEfficiency,
        double memoryEfficiency,
        double stepOverheadMs,
        double computeBoundPowerFraction,
        double memoryBoundPowerFraction,
        double idlePowerFraction,
        String source) {

    public static Efficiencies of(Plan plan) {
        Assumptions a = plan.assumptions();
        Calibration c = plan.calibration();
        if (c == null) {
            return new Efficiencies(a.computeEfficiency(), a.memoryEfficiency(), a.stepOverheadMs(),
                    a.computeBoundPowerFraction(), a.memoryBoundPowerFraction(), a.idlePowerFraction(),
                    "defaults (assumptions)");
        }
        return new Efficiencies(c.computeEfficiency(), c.memoryEfficiency(), c.stepOverheadMs(),
                c.computeBoundPowerFraction() != null ? c.computeBoundPowerFraction() : a.computeBoundPowerFraction(),
                c.memoryBoundPowerFraction() != null ? c.memoryBoundPowerFraction() : a.memoryBoundPowerFraction(),
                a.idlePowerFraction(),
                "calibration: " + c.device() + " (" + c.provider() + ", " + c.measuredOn() + ")");
    }
}

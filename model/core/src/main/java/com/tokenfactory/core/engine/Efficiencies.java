package com.tokenfactory.core.engine;

import com.tokenfactory.core.calibration.DeviceCeilings;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Sourced;

/**
 * The roofline efficiencies and power fractions the engine uses: the plan's calibration where one exists, else the
 * documented defaults in its assumptions.
 *
 * <p>A calibration measured on a GPU the built-in catalog knows carries its efficiencies to every SKU. One measured on
 * anything else (a CPU, a laptop GPU) carries only what transfers between devices — the fixed overhead per step — and
 * the plan's own efficiencies stay: a CPU's fraction of its own peak says nothing about an H100's.
 *
 * @param collectiveLatencyUs fixed time per tensor-parallel collective, µs ({@link Collectives#LATENCY_US})
 * @param expertEfficiency    fraction of the compute efficiency a mixture-of-experts model's routed-expert math
 *                            reaches ({@link #EXPERT_EFFICIENCY})
 * @param source "calibration: <device> (<provider>, <date>)", with what it carried, or "defaults (assumptions)"
 */
public record Efficiencies(
        double computeEfficiency,
        double memoryEfficiency,
        double stepOverheadMs,
        double computeBoundPowerFraction,
        double memoryBoundPowerFraction,
        double idlePowerFraction,
        double collectiveLatencyUs,
        double expertEfficiency,
        String source) {

    /**
     * The routed experts' math (with what scales with it: routing, token permutation, grouped GEMMs of a few tokens
     * each, the busiest expert-parallel GPU's extra tokens) runs at this fraction of the dense GEMMs' speed. Their
     * weight reads are not slowed: a GPU reads its experts once a step however the tokens fall. One figure for every
     * mixture-of-experts model and SKU; a calibration does not measure it.
     */
    public static final Sourced EXPERT_EFFICIENCY = Sourced.of(0.20, "Fitted with the default efficiencies on the 28 "
            + "fit cases of docs/validation.md (grid 0.20–1.00; at its floor): TensorRT-LLM's Qwen3-235B-A22B runs on "
            + "H100 and B200; scored on held-out Llama 4 Scout, Maverick and Qwen3-30B-A3B");

    public Efficiencies(double computeEfficiency, double memoryEfficiency, double stepOverheadMs,
                        double computeBoundPowerFraction, double memoryBoundPowerFraction, double idlePowerFraction,
                        double collectiveLatencyUs, String source) {
        this(computeEfficiency, memoryEfficiency, stepOverheadMs, computeBoundPowerFraction, memoryBoundPowerFraction,
                idlePowerFraction, collectiveLatencyUs, EXPERT_EFFICIENCY.value(), source);
    }

    public Efficiencies(double computeEfficiency, double memoryEfficiency, double stepOverheadMs,
                        double computeBoundPowerFraction, double memoryBoundPowerFraction, double idlePowerFraction,
                        String source) {
        this(computeEfficiency, memoryEfficiency, stepOverheadMs, computeBoundPowerFraction, memoryBoundPowerFraction,
                idlePowerFraction, Collectives.LATENCY_US.value(), source);
    }

    public static Efficiencies of(Plan plan) {
        Assumptions a = plan.assumptions();
        Calibration c = plan.calibration();
        if (c == null) {
            return new Efficiencies(a.computeEfficiency(), a.memoryEfficiency(), a.stepOverheadMs(),
                    a.computeBoundPowerFraction(), a.memoryBoundPowerFraction(), a.idlePowerFraction(),
                    "defaults (assumptions)");
        }
        String measured = "calibration: " + c.device() + " (" + c.provider() + ", " + c.measuredOn() + ")";
        if (!transfersEfficiencies(c)) {
            return new Efficiencies(a.computeEfficiency(), a.memoryEfficiency(), c.stepOverheadMs(),
                    a.computeBoundPowerFraction(), a.memoryBoundPowerFraction(), a.idlePowerFraction(),
                    measured + " — device not in the catalog: only its fixed per-step "
                    + "overhead is carried; compute and memory efficiencies and power fractions are the plan's");
        }
        return new Efficiencies(c.computeEfficiency(), c.memoryEfficiency(), c.stepOverheadMs(),
                c.computeBoundPowerFraction() != null ? c.computeBoundPowerFraction() : a.computeBoundPowerFraction(),
                c.memoryBoundPowerFraction() != null ? c.memoryBoundPowerFraction() : a.memoryBoundPowerFraction(),
                a.idlePowerFraction(), measured);
    }

    /** Whether a calibration's efficiencies describe a GPU of the catalog, and so carry to the plan's SKUs. */
    public static boolean transfersEfficiencies(Calibration c) {
        return !c.provider().equalsIgnoreCase("CPU") && DeviceCeilings.recognise(c.device()).isPresent();
    }
}

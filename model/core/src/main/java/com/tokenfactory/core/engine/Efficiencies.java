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
 * @param sequenceOverheadUs  serving software's host time per sequence per step on each scheduler, µs
 *                            ({@link Assumptions#sequenceOverheadUs()}: the plan's, never a calibration's — the
 *                            benchmark runs one sequence)
 * @param expertEfficiency    share of the dense GEMMs' speed a mixture-of-experts model's routed-expert math reaches
 *                            ({@link Assumptions#expertEfficiency()}: the plan's, never a calibration's — the
 *                            benchmark does not measure it)
 * @param fp4Efficiency       share of the compute efficiency FP4 weight GEMMs reach
 *                            ({@link Assumptions#fp4Efficiency()}: the plan's, never a calibration's — the benchmark
 *                            does not run FP4)
 * @param moeLayerUs          fixed time of each mixture-of-experts layer in a pass, µs
 *                            ({@link ReplicaPass#MOE_LAYER_US}; never a calibration's — the benchmark runs no experts)
 * @param expertReadEfficiency share of the dense weights' read speed at which a mixture of experts' routed-expert
 *                            weights are read ({@link ReplicaPass#EXPERT_READ_EFFICIENCY}; never a calibration's)
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
        double sequenceOverheadUs,
        double expertEfficiency,
        double fp4Efficiency,
        double moeLayerUs,
        double expertReadEfficiency,
        String source) {

    public static Efficiencies of(Plan plan) {
        Assumptions a = plan.assumptions();
        Calibration c = plan.calibration();
        if (c == null) {
            return new Efficiencies(a.computeEfficiency(), a.memoryEfficiency(), a.stepOverheadMs(),
                    a.computeBoundPowerFraction(), a.memoryBoundPowerFraction(), a.idlePowerFraction(),
                    Collectives.LATENCY_US.value(), a.sequenceOverheadUs(), a.expertEfficiency(), a.fp4Efficiency(),
                    ReplicaPass.MOE_LAYER_US.value(), ReplicaPass.EXPERT_READ_EFFICIENCY.value(),
                    "defaults (assumptions)");
        }
        String measured = "calibration: " + c.device() + " (" + c.provider() + ", " + c.measuredOn() + ")";
        if (!transfersEfficiencies(c)) {
            return new Efficiencies(a.computeEfficiency(), a.memoryEfficiency(), c.stepOverheadMs(),
                    a.computeBoundPowerFraction(), a.memoryBoundPowerFraction(), a.idlePowerFraction(),
                    Collectives.LATENCY_US.value(), a.sequenceOverheadUs(), a.expertEfficiency(), a.fp4Efficiency(),
                    ReplicaPass.MOE_LAYER_US.value(), ReplicaPass.EXPERT_READ_EFFICIENCY.value(),
                    measured + " — device not in the catalog: only its fixed per-step overhead is carried; compute "
                    + "and memory efficiencies and power fractions are the plan's");
        }
        return new Efficiencies(c.computeEfficiency(), c.memoryEfficiency(), c.stepOverheadMs(),
                c.computeBoundPowerFraction() != null ? c.computeBoundPowerFraction() : a.computeBoundPowerFraction(),
                c.memoryBoundPowerFraction() != null ? c.memoryBoundPowerFraction() : a.memoryBoundPowerFraction(),
                a.idlePowerFraction(), Collectives.LATENCY_US.value(), a.sequenceOverheadUs(), a.expertEfficiency(),
                a.fp4Efficiency(), ReplicaPass.MOE_LAYER_US.value(), ReplicaPass.EXPERT_READ_EFFICIENCY.value(),
                measured);
    }

    /** The engine's fixed time per mixture-of-experts layer, µs, with its source (an engine figure). */
    public static Sourced moeLayerUsSource() {
        return ReplicaPass.MOE_LAYER_US;
    }

    /** The engine's share of the dense weights' read speed for routed-expert weights, with its source. */
    public static Sourced expertReadEfficiencySource() {
        return ReplicaPass.EXPERT_READ_EFFICIENCY;
    }

    /**
     * The engine's expert size at half speed, parameters of one routed expert in one layer, with its source: the
     * expert efficiency is stated at Qwen3-235B-A22B's expert and scales with the size (an engine figure).
     */
    public static Sourced expertHalfSpeedParamsSource() {
        return ReplicaPass.EXPERT_HALF_SPEED_PARAMS;
    }

    /** The engine's latency of each collective (all-reduce, all-to-all, all-gather), µs, with its source. */
    public static Sourced collectiveLatencyUsSource() {
        return Collectives.LATENCY_US;
    }

    /** Whether a calibration's efficiencies describe a GPU of the catalog, and so carry to the plan's SKUs. */
    public static boolean transfersEfficiencies(Calibration c) {
        return !c.provider().equalsIgnoreCase("CPU") && DeviceCeilings.recognise(c.device()).isPresent();
    }
}

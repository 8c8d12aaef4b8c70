package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Check;
import com.tokenfactory.core.plan.InvalidPlanException;

/**
 * One benchmark shape as measured. FLOPs and bytes are model counts of one run of the shape's graph (every MatMul
 * counted as 2·M·K·N FLOPs; every tensor read or written once counted as its size), not hardware counters.
 *
 * @param name              shape name, unique in its run, e.g. "decode-4096"
 * @param kind              what bounds it on purpose
 * @param role              fitted or held out
 * @param dimensions        the sizes it ran at in words, e.g. "B=16 D=8192 L=32"
 * @param flops             floating-point operations of one run
 * @param bytesMoved        bytes one run reads and writes at least once (weights, KV cache, activations)
 * @param tokens            tokens one run processes (prompt tokens for prefill, sequences for a decode step)
 * @param medianMs          median wall time of one run, ms
 * @param p90Ms             90th percentile of one run, ms
 * @param runs              timed runs behind the median and p90
 * @param sessionCreationMs time to create the inference session (graph optimisation, weight upload), ms; not part
 *                          of the run times
 * @param avgBoardWatts     average board power while the shape ran, W; null when not measured
 * @param joulesPerToken    avgBoardWatts × median run time ÷ tokens, J; null when power was not measured
 * @param operators         the same counts split by kind of operator, for a roofline taken operator by operator;
 *                          empty in runs recorded before the split (their checks use the whole-graph roofline)
 * @param experts           the routed experts the shape stands for; null unless it is a grouped expert GEMM
 *                          ({@link ExpertGemms})
 */
public record ShapeMeasurement(
        String name,
        ShapeKind kind,
        ShapeRole role,
        String dimensions,
        double flops,
        double bytesMoved,
        long tokens,
        double medianMs,
        double p90Ms,
        int runs,
        double sessionCreationMs,
        Double avgBoardWatts,
        Double joulesPerToken,
        java.util.List<OperatorCost> operators,
        ExpertShape experts) {

    /** A measurement of a shape that is not a grouped expert GEMM. */
    public ShapeMeasurement(String name, ShapeKind kind, ShapeRole role, String dimensions, double flops,
                            double bytesMoved, long tokens, double medianMs, double p90Ms, int runs,
                            double sessionCreationMs, Double avgBoardWatts, Double joulesPerToken,
                            java.util.List<OperatorCost> operators) {
        this(name, kind, role, dimensions, flops, bytesMoved, tokens, medianMs, p90Ms, runs, sessionCreationMs,
                avgBoardWatts, joulesPerToken, operators, null);
    }

    /** A measurement without the split by operator (runs recorded before it). */
    public ShapeMeasurement(String name, ShapeKind kind, ShapeRole role, String dimensions, double flops,
                            double bytesMoved, long tokens, double medianMs, double p90Ms, int runs,
                            double sessionCreationMs, Double avgBoardWatts, Double joulesPerToken) {
        this(name, kind, role, dimensions, flops, bytesMoved, tokens, medianMs, p90Ms, runs, sessionCreationMs,
                avgBoardWatts, joulesPerToken, java.util.List.of(), null);
    }

    public ShapeMeasurement {
        name = Check.text(name, "name");
        Check.present(kind, "kind");
        Check.present(role, "role");
        dimensions = Check.optionalText(dimensions);
        Check.between(flops, kind == ShapeKind.COMPUTE ? 1 : 0, 1e21, "flops");
        Check.between(bytesMoved, 1, 1e18, "bytesMoved");
        if (tokens < 1 || tokens > 1_000_000_000_000L) {
            throw new InvalidPlanException("tokens", "must be between 1 and 1000000000000 (was " + tokens + ")");
        }
        // a microsecond is far below any measurable kernel; below it, rates and percent errors leave the doubles
        Check.between(medianMs, 1e-3, 1e9, "medianMs");
        Check.between(p90Ms, 1e-3, 1e9, "p90Ms");
        if (p90Ms < medianMs) {
            throw new InvalidPlanException("p90Ms", "must not be below medianMs (" + medianMs + "), was " + p90Ms);
        }
        Check.positive(runs, "runs");
        Check.between(sessionCreationMs, 0, 1e9, "sessionCreationMs");
        if (avgBoardWatts != null) {
            Check.between(avgBoardWatts, 1e-3, 1e5, "avgBoardWatts");
        }
        if (joulesPerToken != null) {
            if (avgBoardWatts == null) {
                throw new InvalidPlanException("joulesPerToken", "needs avgBoardWatts: energy is only known when power was measured");
            }
            Check.between(joulesPerToken, 1e-15, 1e9, "joulesPerToken");
        }
        operators = operators == null ? java.util.List.of() : Check.list(operators, "operators");
        if ((experts != null) != (role == ShapeRole.REPORTED)) {
            throw new InvalidPlanException("experts", experts == null
                    ? "a reported shape must state the experts it stands for"
                    : "only a reported shape stands for experts (this one is " + role + ")");
        }
    }

    /** Achieved FLOP/s at the median, in TFLOP/s. */
    public double achievedTflops() {
        return flops / (medianMs * 1e-3) / 1e12;
    }

    /** Achieved bytes per second at the median, in TB/s (10^12 B/s). */
    public double achievedTbps() {
        return bytesMoved / (medianMs * 1e-3) / 1e12;
    }

    /** Energy per token from a board power and a run time: watts × seconds ÷ tokens. */
    public static double joulesPerToken(double watts, double runMs, long tokens) {
        return watts * runMs * 1e-3 / tokens;
    }
}

package com.tokenfactory.core.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A mixture of experts' routed-expert GEMMs as the benchmark measured them, against the dense GEMMs and weight reads
 * the same run fitted: what the engine's expert size curve and expert read efficiency describe
 * ({@code ReplicaPass.expertSizeFactor}, {@code EXPERT_HALF_SPEED_PARAMS}, {@code EXPERT_READ_EFFICIENCY}), measured on
 * one device instead of taken from published kernel timings. Nothing here changes a calibration: the engine's figures
 * are fitted on serving runs, which also pay for routing and token permutation; these are the GEMMs alone.
 * <p>
 * Each {@link ShapeRole#REPORTED} shape's expert GEMMs (its "weights" operator) take its median less the fixed
 * overhead less what its other operators (broadcast, the activation's stand-in, the closing sum) take at the fitted
 * rates, each the slower of its math and its bytes, as {@link CalibrationFit#predictMs} takes them. By the same
 * roofline the GEMMs are bound by their math or by their reads ({@code flops ÷ denseFlops} against
 * {@code bytes ÷ denseBandwidth}). A math-bound shape gives the experts' <em>compute share</em>:
 * flops ÷ (GEMM seconds × denseFlops); a read-bound one their <em>read share</em>: bytes ÷ (GEMM seconds ×
 * denseBandwidth).
 * The size curve takes the math-bound shapes at the most tokens per expert measured, one point per expert size, and
 * fits {@code share = s∞ · P ÷ (P + P½)} by least squares of the logarithms (the engine's form, where P½ is the size
 * at which an expert's GEMMs reach half the speed large experts approach).
 *
 * @param points           every reported shape, in run order
 * @param halfSpeedParams  P½ fitted on the size curve, parameters; null when fewer than two sizes were measured
 *                         math-bound, or when the shares do not rise with size (no P½ in 10⁴–10¹¹ fits better than
 *                         its neighbours)
 * @param largeExpertShare s∞: the compute share very large experts approach; null with {@code halfSpeedParams}
 * @param readShare        the median read share of the read-bound shapes; null when none was read-bound
 */
public record ExpertGemms(List<Point> points, Double halfSpeedParams, Double largeExpertShare, Double readShare) {

    /** The operator a graph's GEMMs against model weights are counted under (the benchmark's "weights"). */
    static final String GEMMS = "weights";
    /** Lowest and highest P½ the fit considers, parameters: below a small expert's size and above any model's. */
    static final double SMALLEST_HALF_SPEED = 1e4;
    static final double LARGEST_HALF_SPEED = 1e11;

    /**
     * One reported shape.
     *
     * @param shape        the shape's name
     * @param experts      the experts it stands for
     * @param computeBound whether the run's fitted roofline says its math, not its reads, sets its time
     * @param share        its compute share when math-bound, else its read share
     */
    public record Point(String shape, ExpertShape experts, boolean computeBound, double share) {
    }

    public ExpertGemms {
        points = List.copyOf(points);
    }

    /**
     * The report of a run's expert shapes against its fitted dense rates; empty when the run measured none, or none
     * ran longer than its fixed overhead and other operators.
     *
     * @param denseFlopsPerSecond  the compute rate the run's dense GEMMs fitted, FLOP/s
     * @param denseBytesPerSecond  the bandwidth the run's decode chains fitted, B/s
     * @param overheadMs           the fitted fixed time of a run, ms
     */
    public static Optional<ExpertGemms> of(BenchmarkRun run, double denseFlopsPerSecond, double denseBytesPerSecond,
                                           double overheadMs) {
        List<Point> points = new ArrayList<>();
        for (ShapeMeasurement s : run.shapes()) {
            if (s.role() != ShapeRole.REPORTED || s.experts() == null) {
                continue;
            }
            double flops = s.flops();
            double bytes = s.bytesMoved();
            double seconds = (s.medianMs() - overheadMs) / 1e3;
            if (!s.operators().isEmpty()) {
                flops = 0;
                bytes = 0;
                for (OperatorCost o : s.operators()) {
                    if (o.operator().equals(GEMMS)) {
                        flops += o.flops();
                        bytes += o.bytes();
                    } else {
                        seconds -= Math.max(o.flops() / denseFlopsPerSecond, o.bytes() / denseBytesPerSecond);
                    }
                }
            }
            if (!(seconds > 0 && flops > 0)) {
                continue;
            }
            boolean computeBound = flops / denseFlopsPerSecond >= bytes / denseBytesPerSecond;
            double share = computeBound ? flops / (seconds * denseFlopsPerSecond)
                    : bytes / (seconds * denseBytesPerSecond);
            points.add(new Point(s.name(), s.experts(), computeBound, share));
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double[] curve = sizeCurve(points);
        double[] reads = points.stream().filter(p -> !p.computeBound()).mapToDouble(Point::share).sorted().toArray();
        Double readShare = reads.length == 0 ? null
                : reads.length % 2 == 1 ? reads[reads.length / 2]
                : (reads[reads.length / 2 - 1] + reads[reads.length / 2]) / 2;
        return Optional.of(new ExpertGemms(points, curve == null ? null : curve[0], curve == null ? null : curve[1],
                readShare));
    }

    /**
     * {P½, s∞} of the math-bound points at the most tokens per expert, one per size (the faster where a size
     * repeats); null when fewer than two sizes, or when the best P½ lies at either end of the range.
     */
    static double[] sizeCurve(List<Point> points) {
        long m = points.stream().filter(Point::computeBound).mapToLong(p -> p.experts().tokensPerExpert()).max()
                .orElse(0);
        Map<Long, Double> bySize = new TreeMap<>();
        for (Point p : points) {
            if (p.computeBound() && p.experts().tokensPerExpert() == m) {
                bySize.merge(p.experts().paramsPerExpert(), p.share(), Math::max);
            }
        }
        if (bySize.size() < 2) {
            return null;
        }
        // P½ on a logarithmic grid, 200 steps a decade (1.2% apart); s∞ in closed form for each
        int steps = (int) Math.round(200 * Math.log10(LARGEST_HALF_SPEED / SMALLEST_HALF_SPEED));
        double bestHalf = Double.NaN;
        double bestScale = Double.NaN;
        double bestError = Double.MAX_VALUE;
        int bestStep = -1;
        for (int i = 0; i <= steps; i++) {
            double half = SMALLEST_HALF_SPEED * Math.pow(10, i / 200.0);
            double sum = 0;
            for (var e : bySize.entrySet()) {
                sum += Math.log(e.getValue()) - Math.log(e.getKey() / (e.getKey() + half));
            }
            double logScale = sum / bySize.size();
            double error = 0;
            for (var e : bySize.entrySet()) {
                double r = Math.log(e.getValue()) - logScale - Math.log(e.getKey() / (e.getKey() + half));
                error += r * r;
            }
            if (error < bestError - 1e-15) {
                bestError = error;
                bestHalf = half;
                bestScale = Math.exp(logScale);
                bestStep = i;
            }
        }
        return bestStep <= 0 || bestStep >= steps ? null : new double[] {bestHalf, bestScale};
    }

    /** One sentence for a calibration's notes: what the expert GEMMs measured, in the engine's terms. */
    public String summary() {
        StringBuilder b = new StringBuilder("Routed-expert GEMMs (measured apart, not applied): ");
        if (halfSpeedParams != null) {
            b.append(String.format(Locale.ROOT, "half the speed of very large experts at %s parameters an expert "
                    + "(they approach %.2f of the dense GEMMs' rate)", millions(halfSpeedParams), largeExpertShare));
        } else {
            b.append("no size curve (fewer than two expert sizes bound by their math, or no rise with size)");
        }
        if (readShare != null) {
            b.append(String.format(Locale.ROOT, "; weights read at %.2f of the dense weights' rate", readShare));
        }
        return b.append('.').toString();
    }

    /** The size curve in words, beside the engine's P½ (which this run does not change). */
    public String sizeCurveText(double engineHalfSpeedParams) {
        return (halfSpeedParams == null
                ? "not resolved: fewer than two sizes bound by their math, or no rise with size"
                : String.format(Locale.ROOT, "half speed at %s parameters an expert, approaching %.2f of the dense rate",
                        millions(halfSpeedParams), largeExpertShare))
                + "; the engine's: half speed at " + millions(engineHalfSpeedParams);
    }

    /** The read share in words, beside the engine's expert read efficiency. */
    public String readText(double engineReadEfficiency) {
        return (readShare == null ? "none bound by their reads"
                : String.format(Locale.ROOT, "at %.2f of the dense weights' rate", readShare))
                + String.format(Locale.ROOT, "; the engine's: %.2f", engineReadEfficiency);
    }

    /** Parameters in millions, e.g. "23M", "4.7M". */
    public static String millions(double params) {
        double m = params / 1e6;
        return String.format(Locale.ROOT, m >= 10 ? "%.0fM" : m >= 1 ? "%.1fM" : "%.2fM", m);
    }
}

package com.tokenfactory.core.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A mixture of experts' routed-expert GEMMs as the benchmark measured them, against the dense GEMMs and weight reads
 * the same run fitted: what the engine's expert size curve and expert read efficiency describe
 * ({@code ReplicaPass.expertSizeFactor}, {@code EXPERT_HALF_SPEED_PARAMS}, {@code EXPERT_READ_EFFICIENCY}), measured on
 * one device instead of taken from published kernel timings. Nothing here changes a calibration: the engine's figures
 * are fitted on serving runs, which also pay for routing and token permutation; these are the GEMMs alone.
 * <p>
 * Each {@link ShapeRole#REPORTED} shape's expert GEMMs (its "weights" operator) take its median less the fixed
 * overhead less what its other operators (broadcast, the activation's stand-in, the closing sum) take at the fitted
 * rates, each the slower of its math and its bytes ({@link CalibrationFit#operatorSeconds}, as the held-out check
 * predicts). Where those others take more than {@link #MOST_OF_THE_TIME} of it the split is not trusted and the shape
 * gives no share. By the same roofline the GEMMs are clearly bound by their math, or by their reads, when one side's
 * time is at least {@link #CLEARLY_BOUND} times the other's. A math-bound shape gives the experts' <em>compute
 * share</em>: flops ÷ (GEMM seconds × denseFlops); a read-bound one their <em>read share</em>: bytes ÷ (GEMM seconds ×
 * denseBandwidth). Nearer the ridge point math and reads overlap, and the shape's FLOPs over its time against the dense
 * rate is what it gives: reads and math together, as the published kernel timings behind the engine's P½ were read.
 * (On a GPU no shape of 256 tokens an expert can be clearly math-bound: its FLOPs a byte cannot exceed 256, and an
 * H100's ridge point is near 260.)
 * <p>
 * A size curve is fitted for each count of tokens per expert at which two or more expert sizes were math-bound or
 * near the ridge point (a curve says when some were):
 * {@code share = s∞ · P ÷ (P + P½)} by least squares of the logarithms (the engine's form, where P½ is the size at
 * which an expert's GEMMs reach half the speed large experts approach). P½ depends on the tokens each expert gets —
 * the more tokens, the better small experts fill the GPU — so each curve says its count.
 *
 * @param points every reported shape, in run order
 * @param curves one size curve per token count with two or more math-bound sizes, fewest tokens first
 */
public record ExpertGemms(List<Point> points, List<SizeCurve> curves) {

    /** The operator a graph's GEMMs against model weights are counted under (the benchmark's "weights"). */
    static final String GEMMS = "weights";
    /** Lowest and highest P½ the fit considers, parameters: below a small expert's size and above any model's. */
    static final double SMALLEST_HALF_SPEED = 1e4;
    static final double LARGEST_HALF_SPEED = 1e11;
    /** How much slower one side of the roofline must be than the other for a shape to count as bound by it. */
    static final double CLEARLY_BOUND = 1.5;
    /** The share of a shape's time (less the overhead) its other operators may take before its split is not trusted. */
    static final double MOST_OF_THE_TIME = 0.75;

    /** What set a shape's GEMM time by the run's own roofline, or why it gives no share. */
    public enum Bound {
        /** Its math: the share is a compute share. */
        MATH("math at %.2f of the dense GEMMs' rate"),
        /** Its weight reads: the share is a read share. */
        READS("reads at %.2f of the dense weights' rate"),
        /**
         * Within {@link #CLEARLY_BOUND} of the ridge point, where math and reads overlap: the share is its FLOPs over its
         * time against the dense rate, reads and math together — how the published kernel timings behind the engine's
         * P½ were read at 256 tokens an expert.
         */
        NEAR_THE_RIDGE("near the ridge point: its FLOPs at %.2f of the dense GEMMs' rate, reads and math together"),
        /** Its other operators took most of its time: no share. */
        SPLIT_NOT_TRUSTED("its other operators took most of its time: no share");

        private final String words;

        Bound(String words) {
            this.words = words;
        }

        /** The shape's result in words, e.g. "math at 0.77 of the dense GEMMs' rate". */
        public String describe(double share) {
            return String.format(Locale.ROOT, words, share);
        }
    }

    /**
     * One reported shape.
     *
     * @param shape   the shape's name
     * @param experts the experts it stands for
     * @param bound   what set its GEMM time, or why it gives no share
     * @param share   its compute share when bound by its math, its read share when bound by its reads, its FLOPs over
     *                its time against the dense rate near the ridge point, NaN when its split is not trusted
     */
    public record Point(String shape, ExpertShape experts, Bound bound, double share) {
    }

    /** Why a size curve has no P½. */
    public enum NoFit {
        /**
         * The shares do not rise with the experts' size, or barely: the best P½ is under a quarter of the smallest
         * expert measured (at the smallest considered, or just above it where the shares scatter).
         */
        NO_RISE_WITH_SIZE("the shares do not rise with the experts' size"),
        /** The shares rise faster than P ÷ (P + P½) can: the best P½ is the largest considered. */
        RISE_TOO_STEEP("the shares rise with size faster than the engine's curve can");

        private final String words;

        NoFit(String words) {
            this.words = words;
        }
    }

    /**
     * The size curve at one count of tokens per expert.
     *
     * @param tokensPerExpert  m, the tokens each expert multiplied
     * @param sizes            how many expert sizes it rests on (two or more)
     * @param nearTheRidge     whether some of them were near the ridge point, so that the curve is of FLOPs over time,
     *                         reads and math together (as the engine's P½ was set), not of the math alone
     * @param halfSpeedParams  P½, parameters; null when {@code noFit} says why there is none
     * @param largeExpertShare s∞, the compute share very large experts approach; null with P½. Above 1 the experts
     *                         would outrun the dense GEMMs the run fitted, which says the measurement is off
     * @param noFit            why there is no P½; null when there is one
     */
    public record SizeCurve(long tokensPerExpert, int sizes, boolean nearTheRidge, Double halfSpeedParams,
                            Double largeExpertShare, NoFit noFit) {

        /** The curve in words, e.g. "at 2048 tokens an expert, half speed at 9.1M parameters an expert (…)". */
        public String describe() {
            String at = String.format(Locale.ROOT, "at %d tokens an expert (%d sizes%s), ", tokensPerExpert, sizes,
                    nearTheRidge ? ", near the ridge point: FLOPs over time" : "");
            if (halfSpeedParams == null) {
                return at + "no half-speed size: " + noFit.words;
            }
            return at + String.format(Locale.ROOT, "half speed at %s parameters an expert, approaching %.2f of the "
                    + "dense rate%s", millions(halfSpeedParams), largeExpertShare, largeExpertShare > 1
                    ? " (above the dense GEMMs the run fitted: the measurement is off)" : "");
        }
    }

    public ExpertGemms {
        points = List.copyOf(points);
        curves = List.copyOf(curves);
    }

    /**
     * The report of a run's expert shapes against its fitted dense rates; empty when the run measured none.
     *
     * @param denseFlopsPerSecond  the compute rate the run's dense GEMMs fitted, FLOP/s
     * @param denseBytesPerSecond  the bandwidth the run's decode chains fitted, B/s
     * @param overheadMs           the fitted fixed time of a run, ms
     */
    public static Optional<ExpertGemms> of(BenchmarkRun run, double denseFlopsPerSecond, double denseBytesPerSecond,
                                           double overheadMs) {
        List<Point> points = new ArrayList<>();
        for (ShapeMeasurement s : run.shapes()) {
            if (s.role() == ShapeRole.REPORTED) {
                points.add(point(s, denseFlopsPerSecond, denseBytesPerSecond, overheadMs));
            }
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<Point>> byTokens = new TreeMap<>();
        for (Point p : points) {
            if (p.bound() == Bound.MATH || p.bound() == Bound.NEAR_THE_RIDGE) {
                byTokens.computeIfAbsent(p.experts().tokensPerExpert(), m -> new ArrayList<>()).add(p);
            }
        }
        List<SizeCurve> curves = new ArrayList<>();
        byTokens.forEach((m, at) -> {
            TreeMap<Long, Double> bySize = new TreeMap<>();
            at.forEach(p -> bySize.put(p.experts().paramsPerExpert(), p.share()));
            if (bySize.size() >= 2) {
                curves.add(sizeCurve(m, bySize, at.stream().anyMatch(p -> p.bound() == Bound.NEAR_THE_RIDGE)));
            }
        });
        return Optional.of(new ExpertGemms(points, curves));
    }

    private static Point point(ShapeMeasurement s, double denseFlops, double denseBytes, double overheadMs) {
        double flops = s.flops();
        double bytes = s.bytesMoved();
        double net = (s.medianMs() - overheadMs) / 1e3;
        double seconds = net;
        if (!s.operators().isEmpty()) {
            flops = 0;
            bytes = 0;
            for (OperatorCost o : s.operators()) {
                if (o.operator().equals(GEMMS)) {
                    flops += o.flops();
                    bytes += o.bytes();
                } else {
                    seconds -= CalibrationFit.operatorSeconds(o, denseFlops, denseBytes);
                }
            }
        }
        if (!(seconds > (1 - MOST_OF_THE_TIME) * net && flops > 0)) {
            return new Point(s.name(), s.experts(), Bound.SPLIT_NOT_TRUSTED, Double.NaN);
        }
        double math = flops / denseFlops;
        double reads = bytes / denseBytes;
        if (math >= CLEARLY_BOUND * reads) {
            return new Point(s.name(), s.experts(), Bound.MATH, math / seconds);
        }
        if (reads >= CLEARLY_BOUND * math) {
            return new Point(s.name(), s.experts(), Bound.READS, reads / seconds);
        }
        return new Point(s.name(), s.experts(), Bound.NEAR_THE_RIDGE, math / seconds);
    }

    /** P½ and s∞ at one token count, from the compute shares by expert size (two or more, smallest first). */
    static SizeCurve sizeCurve(long tokensPerExpert, TreeMap<Long, Double> bySize, boolean nearTheRidge) {
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
        int sizes = bySize.size();
        if (bestStep <= 0 || bestHalf < bySize.firstKey() / 4.0) {
            return new SizeCurve(tokensPerExpert, sizes, nearTheRidge, null, null, NoFit.NO_RISE_WITH_SIZE);
        }
        if (bestStep >= steps) {
            return new SizeCurve(tokensPerExpert, sizes, nearTheRidge, null, null, NoFit.RISE_TOO_STEEP);
        }
        return new SizeCurve(tokensPerExpert, sizes, nearTheRidge, bestHalf, bestScale, null);
    }

    /** The read shares of the read-bound shapes, in run order. */
    public List<Double> readShares() {
        return points.stream().filter(p -> p.bound() == Bound.READS).map(Point::share).toList();
    }

    /** The size curves in words, or why there is none. */
    public String curvesText() {
        return curves.isEmpty() ? "no size curve: fewer than two expert sizes clearly bound by their math at any one "
                + "token count" : curves.stream().map(SizeCurve::describe).collect(Collectors.joining("; "));
    }

    /** The read shares in words. */
    public String readsText() {
        List<Double> shares = readShares();
        return shares.isEmpty() ? "no shape clearly bound by its reads" : "weights read at " + shares.stream()
                .map(s -> String.format(Locale.ROOT, "%.2f", s)).collect(Collectors.joining(", "))
                + " of the dense weights' rate";
    }

    /**
     * The engine's size curve, to set beside the measured ones: its P½ was set from kernel timings at 256 tokens an
     * expert ({@code ReplicaPass.EXPERT_HALF_SPEED_PARAMS}'s source), so it compares with a curve at that count.
     */
    public static String engineCurveText(double engineHalfSpeedParams) {
        return "the engine's: half speed at " + millions(engineHalfSpeedParams) + ", set from kernel timings at 256 "
                + "tokens an expert";
    }

    /** The engine's expert read efficiency, to set beside the measured read shares. */
    public static String engineReadText(double engineReadEfficiency) {
        return String.format(Locale.ROOT, "the engine's: %.2f", engineReadEfficiency);
    }

    /** One sentence for a calibration's notes: what the expert GEMMs measured, in the engine's terms. */
    public String summary() {
        return "Routed-expert GEMMs (measured apart, not applied): " + curvesText() + "; " + readsText() + ".";
    }

    /** Parameters in millions, e.g. "23M", "4.7M". */
    public static String millions(double params) {
        double m = params / 1e6;
        return String.format(Locale.ROOT, m >= 10 ? "%.0fM" : m >= 1 ? "%.1fM" : "%.2fM", m);
    }
}

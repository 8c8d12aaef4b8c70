package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fits the engine's roofline to a benchmark run and checks the fit on shapes it did not see.
 *
 * <p>The engine's step time (ARCHITECTURE.md, "The engine"; the roofline of GenZ and LLM-Viewer plus a fixed term):
 * <pre>
 *   t = max( F / (peakFlops × computeEfficiency),  bytes / (peakBandwidth × memoryEfficiency) ) + overhead
 * </pre>
 * The fit, from the FIT shapes only:
 * <ol>
 *   <li>memory-bound shapes (two or more sizes): {@code t = a·bytes + o}, weighted least squares with weights
 *       {@code 1/t²} so every size counts by its relative error, not the biggest by its milliseconds. The achieved
 *       bandwidth is {@code 1/a}, the fixed overhead {@code o}. A negative intercept is not physical: then
 *       {@code o = 0} and the line goes through the origin.</li>
 *   <li>compute-bound shapes (one or more): {@code t − o = k·F}, weighted least squares through the origin with the
 *       same weights; the achieved compute rate is {@code 1/k}.</li>
 *   <li>efficiency = achieved ÷ ceiling; ceilings from the built-in catalog when the device is recognised
 *       ({@link DeviceCeilings#forDevice}), else the fitted rates themselves (so the efficiencies are 1 there).</li>
 * </ol>
 * Each HELD_OUT shape is then predicted with the engine's formula and the calibration's own numbers
 * ({@link #predictMs}); the calibration carries the worst relative error {@code |predicted − measured| ÷ measured}.
 * REPORTED shapes (the routed experts' GEMMs) are neither: {@link ExpertGemms} sets them against the fitted rates.
 */
public final class CalibrationFit {

    /** Memory-bound FIT shapes must differ in size by at least this factor for an intercept to mean anything. */
    static final double MIN_SIZE_SPREAD = 1.5;

    private CalibrationFit() {
    }

    /**
     * What the fit found.
     *
     * @param calibration           the calibration the plan takes
     * @param achievedComputeTflops fitted compute rate, TFLOP/s (before any cap at the ceiling)
     * @param achievedBandwidthTbps fitted bandwidth, TB/s (before any cap at the ceiling)
     * @param ceilings              the peaks the efficiencies are fractions of
     * @param heldOut               prediction check of every held-out shape
     * @param experts               the routed experts' GEMMs against the fitted rates; null when the run measured
     *                              none
     */
    public record Result(Calibration calibration, double achievedComputeTflops, double achievedBandwidthTbps,
                         DeviceCeilings ceilings, List<HeldOutCheck> heldOut, ExpertGemms experts) {
        public Result {
            Check.present(calibration, "calibration");
            Check.present(ceilings, "ceilings");
            heldOut = Check.list(heldOut, "heldOut");
        }

        /** The expert GEMMs' report, where the run measured them. */
        public Optional<ExpertGemms> expertGemms() {
            return Optional.ofNullable(experts);
        }
    }

    /**
     * How well the fit predicted one shape it did not see.
     *
     * @param shape        shape name
     * @param predictedMs  the engine formula's time with the fitted calibration, ms
     * @param measuredMs   the measured median, ms
     * @param errorPercent {@code |predicted − measured| ÷ measured × 100}
     */
    public record HeldOutCheck(String shape, double predictedMs, double measuredMs, double errorPercent) {
    }

    /** Fits with the ceilings of the device when the catalog knows it, else with ceilings from the measurement. */
    public static Result fit(BenchmarkRun run) {
        return fit(run, DeviceCeilings.forDevice(run.device()).orElse(null));
    }

    /**
     * Fits with the given ceilings; {@code null} takes the ceilings from the measurement.
     *
     * @throws CalibrationFitException when the run cannot support a fit (cancelled, too few shapes, nonsense timings)
     */
    public static Result fit(BenchmarkRun run, DeviceCeilings ceilings) {
        if (run.outcome() != RunOutcome.COMPLETED) {
            throw new CalibrationFitException("The benchmark did not complete (" + run.outcome().name().toLowerCase(Locale.ROOT)
                    + ": " + run.outcomeMessage() + "), so no calibration was made from it.");
        }
        List<ShapeMeasurement> memory = run.shapes(ShapeKind.MEMORY, ShapeRole.FIT);
        List<ShapeMeasurement> compute = run.shapes(ShapeKind.COMPUTE, ShapeRole.FIT);
        List<ShapeMeasurement> heldOut = run.shapes().stream().filter(s -> s.role() == ShapeRole.HELD_OUT).toList();
        checkEnough(memory, compute, heldOut);
        List<String> notes = new ArrayList<>();

        // 1. memory-bound: t = a·bytes + o
        double[] line = weightedLine(memory);
        double msPerByte = line[0];
        double overheadMs = line[1];
        if (overheadMs < 0) {
            overheadMs = 0;
            msPerByte = throughOrigin(memory, s -> s.bytesMoved(), 0);
            notes.add("The memory-bound tests showed no fixed overhead (the fitted intercept was negative); overhead set to 0.");
        }
        ShapeMeasurement largestMemory = memory.stream().max(Comparator.comparingDouble(ShapeMeasurement::bytesMoved))
                .orElseThrow();
        // Below 2% of the largest test's time spent moving data, the slope is noise, not bandwidth.
        if (!(msPerByte * largestMemory.bytesMoved() > 0.02 * largestMemory.medianMs())) {
            throw new CalibrationFitException("The memory-bound tests did not take longer as they moved more data, "
                    + "so no bandwidth can be fitted from them; run the benchmark again with nothing else using the device.");
        }
        double bandwidth = 1e3 / msPerByte; // bytes/s
        requireRate(bandwidth, "bandwidth");

        // 2. compute-bound: t − o = k·F
        for (ShapeMeasurement s : compute) {
            if (s.medianMs() <= overheadMs) {
                throw new CalibrationFitException("The compute-bound test '" + s.name() + "' (" + fmt(s.medianMs())
                        + " ms) ran no longer than the fixed overhead fitted from the memory-bound tests (" + fmt(overheadMs)
                        + " ms); the tests are too small for this device to tell compute from overhead.");
            }
        }
        double flopRate = 1e3 / throughOrigin(compute, ShapeMeasurement::flops, overheadMs); // FLOP/s
        requireRate(flopRate, "compute rate");
        for (ShapeMeasurement s : compute) {
            // 90% or more of its time explained by its bytes at the fitted bandwidth: it is not compute-bound
            if (s.bytesMoved() / bandwidth >= 0.9 * (s.medianMs() - overheadMs) * 1e-3) {
                notes.add("The compute-bound test '" + s.name() + "' looks memory-bound at the fitted bandwidth; "
                        + "its compute efficiency is understated.");
            }
        }

        // 3. ceilings and efficiencies
        DeviceCeilings used = ceilings;
        if (used == null) {
            used = new DeviceCeilings(flopRate / 1e12, bandwidth / 1e12, null,
                    "the rates this run achieved (the device is not in the built-in catalog)");
            notes.add("'" + run.device().name() + "' is not in the built-in catalog, so its ceilings are the rates "
                    + "fitted from this measurement (" + fmt(used.peakTflops()) + " TFLOP/s, " + fmt(used.peakTbps())
                    + " TB/s): the efficiencies are 1 by construction and mean that every SKU reaches its datasheet "
                    + "peaks; only the fixed overhead carries information to other devices.");
        } else {
            notes.add("Efficiencies are fractions of the " + used.source() + ": " + fmt(used.peakTflops())
                    + " TFLOP/s dense 16-bit, " + fmt(used.peakTbps()) + " TB/s.");
        }
        double computeEfficiency = capped(flopRate / (used.peakTflops() * 1e12), "compute", notes);
        double memoryEfficiency = capped(bandwidth / (used.peakTbps() * 1e12), "memory", notes);

        if (run.device().isCpu()) {
            notes.add("Measured on the CPU (" + run.device().name() + "): a CPU measurement does not describe a GPU. "
                    + "Use it to try the workflow, not to plan GPUs.");
        }
        if (run.device().fallbackReason() != null) {
            notes.add(run.device().fallbackReason());
        }

        // 4. power while compute- and memory-bound, from the largest shape of each kind
        Double computePower = powerFraction(run, ShapeKind.COMPUTE, ShapeMeasurement::flops, notes);
        Double memoryPower = powerFraction(run, ShapeKind.MEMORY, ShapeMeasurement::bytesMoved, notes);
        if (computePower == null && memoryPower == null) {
            notes.add("Power was not measured; the plan keeps its assumed power fractions.");
        }

        Calibration provisional = calibration(run, used, computeEfficiency, memoryEfficiency, overheadMs,
                computePower, memoryPower, 0.0, null);

        // 5. held-out check with the calibration's own numbers
        List<HeldOutCheck> checks = new ArrayList<>();
        double worst = 0;
        for (ShapeMeasurement s : heldOut) {
            double predicted = predictMs(provisional, s);
            double error = Math.abs(predicted - s.medianMs()) / s.medianMs() * 100.0;
            checks.add(new HeldOutCheck(s.name(), predicted, s.medianMs(), error));
            worst = Math.max(worst, error);
        }
        StringBuilder fitLine = new StringBuilder("Fit: ").append(memory.size()).append(" memory-bound and ")
                .append(compute.size()).append(" compute-bound tests; held out: ");
        for (int i = 0; i < checks.size(); i++) {
            HeldOutCheck c = checks.get(i);
            fitLine.append(i == 0 ? "" : ", ").append(c.shape()).append(" predicted ").append(fmt(c.predictedMs()))
                    .append(" ms, measured ").append(fmt(c.measuredMs())).append(" ms (")
                    .append(fmt(c.errorPercent())).append("% off)");
        }
        notes.add(0, fitLine.append('.').toString());
        ExpertGemms experts = ExpertGemms.of(run, flopRate, bandwidth, overheadMs).orElse(null);
        if (experts != null) {
            notes.add(1, experts.summary());
        }

        Calibration calibration = calibration(run, used, computeEfficiency, memoryEfficiency, overheadMs,
                computePower, memoryPower, worst, cut(String.join(" ", notes)));
        return new Result(calibration, flopRate / 1e12, bandwidth / 1e12, used, checks, experts);
    }

    /** A fitted rate that is not a positive number means the timings cannot describe a device. */
    private static void requireRate(double rate, String what) {
        if (!(rate > 0 && Double.isFinite(rate))) {
            throw new CalibrationFitException("The measured times give no usable " + what + " (" + rate
                    + "); the timings are too small or too uneven to fit. Run the benchmark again.");
        }
    }

    /** The calibration, or the reason the fitted figures are outside what a calibration may hold. */
    private static Calibration calibration(BenchmarkRun run, DeviceCeilings used, double computeEfficiency,
                                           double memoryEfficiency, double overheadMs, Double computePower,
                                           Double memoryPower, double heldOutError, String notes) {
        try {
            return new Calibration(run.device().name(), run.device().provider(), run.measuredOn(), used.peakTflops(),
                    used.peakTbps(), computeEfficiency, memoryEfficiency, overheadMs, computePower, memoryPower,
                    heldOutError, notes);
        } catch (com.tokenfactory.core.plan.InvalidPlanException e) {
            throw new CalibrationFitException("The fit gives figures no calibration may hold (" + e.getMessage()
                    + "); the measurement does not describe a usable device. Run the benchmark again.");
        }
    }

    /** Notes cut to what a plan may hold ({@link Check#MAX_TEXT_LENGTH}); a device's notes can be long. */
    private static String cut(String notes) {
        return notes.length() <= Check.MAX_TEXT_LENGTH ? notes : notes.substring(0, Check.MAX_TEXT_LENGTH - 1) + "…";
    }

    /**
     * The engine's time for a measured shape, ms: operator by operator where the run split its counts (the sum over
     * operators of each one's {@code max(F / (peakFlops × ce), bytes / (peakBw × me))}, plus the overhead), else
     * {@link #predictMs(Calibration, double, double)} on the whole graph.
     */
    public static double predictMs(Calibration c, ShapeMeasurement s) {
        if (s.operators().isEmpty()) {
            return predictMs(c, s.flops(), s.bytesMoved());
        }
        double seconds = 0.0;
        for (OperatorCost o : s.operators()) {
            seconds += operatorSeconds(o, c.devicePeakTflops() * 1e12 * c.computeEfficiency(),
                    c.devicePeakTbps() * 1e12 * c.memoryEfficiency());
        }
        return seconds * 1e3 + c.stepOverheadMs();
    }

    /** One kind of operator's time at these rates, s: the slower of its math and its bytes. */
    static double operatorSeconds(OperatorCost o, double flopsPerSecond, double bytesPerSecond) {
        return Math.max(o.flops() / flopsPerSecond, o.bytes() / bytesPerSecond);
    }

    /**
     * The engine's step time for work of {@code flops} and {@code bytes} on the calibrated device, ms:
     * {@code max(F / (peakFlops × ce), bytes / (peakBw × me)) + overhead}.
     */
    public static double predictMs(Calibration c, double flops, double bytes) {
        double computeS = flops / (c.devicePeakTflops() * 1e12 * c.computeEfficiency());
        double memoryS = bytes / (c.devicePeakTbps() * 1e12 * c.memoryEfficiency());
        return Math.max(computeS, memoryS) * 1e3 + c.stepOverheadMs();
    }

    private static void checkEnough(List<ShapeMeasurement> memory, List<ShapeMeasurement> compute,
                                    List<ShapeMeasurement> heldOut) {
        if (memory.size() < 2) {
            throw new CalibrationFitException("A calibration needs at least two memory-bound tests of different sizes; "
                    + "this run has " + memory.size() + ". (Tests skipped for lack of memory are listed in the run's notes.)");
        }
        double min = memory.stream().mapToDouble(ShapeMeasurement::bytesMoved).min().orElseThrow();
        double max = memory.stream().mapToDouble(ShapeMeasurement::bytesMoved).max().orElseThrow();
        if (max < min * MIN_SIZE_SPREAD) {
            throw new CalibrationFitException("The memory-bound tests are too close in size (" + fmt(min / 1e6) + " to "
                    + fmt(max / 1e6) + " MB) to separate bandwidth from fixed overhead.");
        }
        if (compute.isEmpty()) {
            throw new CalibrationFitException("A calibration needs at least one compute-bound test; this run has none.");
        }
        if (heldOut.isEmpty()) {
            throw new CalibrationFitException("This run has no held-out test, so the fit could not be checked; "
                    + "no calibration was made.");
        }
    }

    /** Weighted least squares of t = a·bytes + o with weights 1/t²; returns {a, o}. */
    private static double[] weightedLine(List<ShapeMeasurement> shapes) {
        double sw = 0, sx = 0, sxx = 0, st = 0, sxt = 0;
        for (ShapeMeasurement s : shapes) {
            double t = s.medianMs();
            double x = s.bytesMoved();
            double w = 1.0 / (t * t);
            sw += w;
            sx += w * x;
            sxx += w * x * x;
            st += w * t;
            sxt += w * x * t;
        }
        double det = sw * sxx - sx * sx;
        double a = (sw * sxt - sx * st) / det;
        double o = (st - a * sx) / sw;
        return new double[] {a, o};
    }

    /** Weighted least squares of (t − offset) = k·x through the origin, weights 1/t²; returns k. */
    private static double throughOrigin(List<ShapeMeasurement> shapes,
                                        java.util.function.ToDoubleFunction<ShapeMeasurement> x, double offsetMs) {
        double sxy = 0, sxx = 0;
        for (ShapeMeasurement s : shapes) {
            double w = 1.0 / (s.medianMs() * s.medianMs());
            double xi = x.applyAsDouble(s);
            sxy += w * xi * (s.medianMs() - offsetMs);
            sxx += w * xi * xi;
        }
        return sxy / sxx;
    }

    private static double capped(double efficiency, String what, List<String> notes) {
        if (efficiency > 1.0) {
            // a rate the ceilings were taken from is its own ceiling: a rounding's excess is no excess to report
            if (efficiency > 1.0 + 1e-9) {
                notes.add("The measured " + what + " rate exceeded the datasheet peak by " + fmt((efficiency - 1) * 100)
                        + "%; its efficiency was capped at 1. Check that the device was recognised correctly.");
            }
            return 1.0;
        }
        if (efficiency < 0.001) {
            throw new CalibrationFitException("The measured " + what + " rate is below 0.1% of the device's peak ("
                    + fmt(efficiency * 100) + "%): the benchmark cannot have run on that device.");
        }
        return efficiency;
    }

    private static Double powerFraction(BenchmarkRun run, ShapeKind kind,
                                        java.util.function.ToDoubleFunction<ShapeMeasurement> size, List<String> notes) {
        Double limit = run.device().powerLimitWatts();
        Optional<ShapeMeasurement> largest = run.shapes().stream()
                .filter(s -> s.kind() == kind && s.role() != ShapeRole.REPORTED && s.avgBoardWatts() != null)
                .max(Comparator.comparingDouble(size));
        if (limit == null || largest.isEmpty()) {
            return null;
        }
        double fraction = largest.get().avgBoardWatts() / limit;
        if (fraction < 0.01 || fraction > 1.5) {
            notes.add("The board power measured on '" + largest.get().name() + "' (" + fmt(largest.get().avgBoardWatts())
                    + " W of a " + fmt(limit) + " W limit) is implausible and was not used.");
            return null;
        }
        return fraction;
    }

    static String fmt(double v) {
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g";
        return String.format(Locale.ROOT, pattern, v);
    }
}

package com.tokenfactory.benchmark;

import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.calibration.ExpertGemms;
import com.tokenfactory.core.calibration.ShapeMeasurement;
import com.tokenfactory.core.engine.Efficiencies;
import com.tokenfactory.core.plan.Calibration;

import java.util.Locale;

/** Plain-text reports of a benchmark run and of its calibration, for the command line. */
public final class ResultsTable {
    private ResultsTable() {
    }

    /** The device, one row per measured shape, and the run's notes. */
    public static String format(BenchmarkRun run) {
        StringBuilder b = new StringBuilder();
        b.append("Device:   ").append(run.device().name());
        if (run.device().memoryBytes() != null) {
            b.append(String.format(Locale.ROOT, " (%.1f GiB)", run.device().memoryBytes() / (double) (1L << 30)));
        }
        b.append('\n');
        b.append("Provider: ").append(run.device().provider()).append(", ").append(run.precision()).append(", ")
                .append(run.runtime()).append('\n');
        b.append("Date:     ").append(run.measuredOn()).append('\n');
        b.append("Outcome:  ").append(run.outcome().name().toLowerCase(Locale.ROOT));
        if (run.outcomeMessage() != null) {
            b.append(": ").append(run.outcomeMessage());
        }
        b.append("\n\n");
        String header = String.format(Locale.ROOT, "%-20s %-8s %-8s %-30s %10s %10s %5s %9s %8s %9s %9s%n",
                "test", "kind", "role", "sizes", "median ms", "p90 ms", "runs", "TFLOP/s", "TB/s", "J/token",
                "session ms");
        b.append(header).append("-".repeat(header.length() - 1)).append('\n');
        for (ShapeMeasurement s : run.shapes()) {
            b.append(String.format(Locale.ROOT, "%-20s %-8s %-8s %-30s %10.3f %10.3f %5d %9.3f %8.4f %9s %9.0f%n",
                    s.name(), s.kind().name().toLowerCase(Locale.ROOT), s.role().name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'), s.dimensions() == null ? "" : s.dimensions(), s.medianMs(), s.p90Ms(),
                    s.runs(), s.achievedTflops(), s.achievedTbps(),
                    s.joulesPerToken() == null ? "-" : String.format(Locale.ROOT, "%.4g", s.joulesPerToken()),
                    s.sessionCreationMs()));
        }
        if (!run.notes().isEmpty()) {
            b.append('\n');
            run.notes().forEach(n -> b.append("- ").append(n).append('\n'));
        }
        return b.toString();
    }

    /** The calibration the fit produced and its held-out check. */
    public static String format(CalibrationFit.Result fit) {
        Calibration c = fit.calibration();
        StringBuilder b = new StringBuilder("Calibration\n");
        b.append(String.format(Locale.ROOT, "  ceilings            %.3f TFLOP/s, %.4f TB/s (%s)%n", c.devicePeakTflops(),
                c.devicePeakTbps(), fit.ceilings().skuId() == null ? "from this measurement" : fit.ceilings().skuId()));
        b.append(String.format(Locale.ROOT, "  compute efficiency  %.3f  (achieved %.3f TFLOP/s)%n",
                c.computeEfficiency(), fit.achievedComputeTflops()));
        b.append(String.format(Locale.ROOT, "  memory efficiency   %.3f  (achieved %.4f TB/s)%n",
                c.memoryEfficiency(), fit.achievedBandwidthTbps()));
        b.append(String.format(Locale.ROOT, "  step overhead       %.4f ms%n", c.stepOverheadMs()));
        b.append("  power fractions     compute-bound ").append(fraction(c.computeBoundPowerFraction()))
                .append(", memory-bound ").append(fraction(c.memoryBoundPowerFraction())).append('\n');
        for (CalibrationFit.HeldOutCheck h : fit.heldOut()) {
            b.append(String.format(Locale.ROOT, "  held out %-20s predicted %.3f ms, measured %.3f ms: %.1f%% off%n",
                    h.shape(), h.predictedMs(), h.measuredMs(), h.errorPercent()));
        }
        b.append(String.format(Locale.ROOT, "  held-out error      %.1f%% (worst)%n", c.heldOutErrorPercent()));
        fit.expertGemms().ifPresent(e -> b.append(format(e)));
        if (c.notes() != null) {
            b.append("  notes: ").append(c.notes()).append('\n');
        }
        return b.toString();
    }

    /**
     * The routed experts' GEMMs against the fitted dense rates, beside the engine's own figures for the same things
     * (which this run does not change).
     */
    static String format(ExpertGemms e) {
        StringBuilder b = new StringBuilder("Routed-expert GEMMs (reported apart; the calibration does not use them)\n");
        for (ExpertGemms.Point p : e.points()) {
            b.append(String.format(Locale.ROOT, "  %-20s %4d experts of %6s, %5d tokens each: %s%n", p.shape(),
                    p.experts().experts(), ExpertGemms.millions(p.experts().paramsPerExpert()),
                    p.experts().tokensPerExpert(), p.bound().describe(p.share())));
        }
        b.append("  size curves         ").append(e.curvesText()).append("; ")
                .append(ExpertGemms.engineCurveText(Efficiencies.expertHalfSpeedParamsSource().value())).append('\n');
        b.append("  expert reads        ").append(e.readsText()).append("; ")
                .append(ExpertGemms.engineReadText(Efficiencies.expertReadEfficiencySource().value())).append('\n');
        return b.toString();
    }

    private static String fraction(Double f) {
        return f == null ? "not measured" : String.format(Locale.ROOT, "%.2f of the power limit", f);
    }
}

package com.tokenfactory.charts.export;

import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarloResult;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A Monte Carlo run as CSV: one row per KPI (its percentiles, mean and the deterministic figure) and the
 * probabilities of loss and shortfall (in the mean column: the mean of a yes/no per trial), and one row per metric and
 * month (the fan). Plain numbers with a dot (money in the plan's currency, shares as fractions), so a
 * spreadsheet reads them in any locale.
 */
public final class MonteCarloTables {
    private MonteCarloTables() {
    }

    public static void summary(MonteCarloResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("kpi,unit,deterministic,p10,p25,p50,p75,p90,mean,trials,trials_without\n");
            for (Kpi k : Kpi.values()) {
                MonteCarloResult.Spread s = r.kpi(k);
                w.write(String.join(",", k.id(), k.unit().equals("USD") ? r.currency() : k.unit(),
                        n(k.of(r.deterministic())), n(s.percentile(0.1)), n(s.percentile(0.25)), n(s.percentile(0.5)),
                        n(s.percentile(0.75)), n(s.percentile(0.9)), n(s.mean()), Integer.toString(r.trialsRun()),
                        Integer.toString(s.missing())) + "\n");
            }
            // a probability is the mean of an indicator (1 when the trial lost money), so it sits in the mean column
            w.write("probability_of_loss,fraction,,,,,,," + n(r.probabilityOfLoss()) + "," + r.trialsRun() + ",0\n");
            w.write("probability_unserved_above_" + n(r.unservedThreshold()) + ",fraction,,,,,,,"
                    + n(r.probabilityUnservedAbove()) + "," + r.trialsRun() + ",0\n");
        }
    }

    public static void fans(MonteCarloResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("metric,unit,month,p10,p25,p50,p75,p90,mean,deterministic\n");
            for (Metric m : Metric.values()) {
                MonteCarloResult.Fan f = r.fan(m);
                String unit = m.unit().equals("USD") ? r.currency() : m.unit();
                for (int i = 0; i < f.months(); i++) {
                    w.write(String.join(",", m.id(), unit, r.start().plusMonths(i).toString(), n(f.p10()[i]),
                            n(f.p25()[i]), n(f.p50()[i]), n(f.p75()[i]), n(f.p90()[i]), n(f.mean()[i]),
                            n(f.deterministic()[i])) + "\n");
                }
            }
        }
    }

    private static String n(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }
}

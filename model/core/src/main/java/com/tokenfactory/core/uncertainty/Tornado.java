package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.UncertainInput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One-at-a-time sensitivity: each uncertain input at its P10 and at its P90 with every other input left as the plan
 * has it, the KPI of each run against the plan's own. It ignores the correlations between inputs (Crystal Ball's
 * user guide warns of this); the Monte Carlo's rank correlations ({@link MonteCarloResult#sensitivities()}) include
 * them. Bars come strongest first.
 */
public final class Tornado {
    public static final double LOW = 0.10;
    public static final double HIGH = 0.90;

    private Tornado() {
    }

    /** One bar: the input's P10 and P90 values and the KPI the engine gave at each. */
    public record Bar(String inputId, String name, double lowValue, double highValue, double kpiAtLow,
                      double kpiAtHigh) {
        /** How far apart the two ends are (NaN ends count as no swing). */
        public double swing() {
            double s = Math.abs(kpiAtHigh - kpiAtLow);
            return Double.isNaN(s) ? 0 : s;
        }
    }

    public record Result(Kpi kpi, double base, List<Bar> bars, long elapsedNanos) {
    }

    public static Result of(Plan plan, Scenario scenario, Kpi kpi) {
        long t0 = System.nanoTime();
        List<UncertainInput> inputs = plan.uncertainty().inputs();
        double base = kpi.of(Engine.simulateFigures(plan, scenario));
        double[] ends = new double[inputs.size() * 2];
        double[] values = new double[ends.length];
        for (int i = 0; i < inputs.size(); i++) {
            Distribution.Quantiles q = inputs.get(i).distribution().quantiles();
            values[2 * i] = q.at(LOW);
            values[2 * i + 1] = q.at(HIGH);
        }
        IntStream.range(0, ends.length).parallel().forEach(j -> {
            Plan p = inputs.get(j / 2).apply(plan, values[j]);
            ends[j] = kpi.of(Engine.simulateFigures(p, scenario));
        });
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            UncertainInput in = inputs.get(i);
            bars.add(new Bar(in.id(), in.name(), values[2 * i], values[2 * i + 1], ends[2 * i], ends[2 * i + 1]));
        }
        bars.sort(Comparator.comparingDouble(b -> -b.swing()));
        return new Result(kpi, base, List.copyOf(bars), System.nanoTime() - t0);
    }
}

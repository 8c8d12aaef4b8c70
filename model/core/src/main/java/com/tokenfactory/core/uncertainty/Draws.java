package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.plan.Copula;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandPoint;
import com.tokenfactory.core.plan.DemandRegimes;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.PlanEdit;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One plan's uncertainty made ready to draw from: the inverse CDFs, the copula and the regimes, prepared once and
 * shared (read-only) by every trial and thread.
 */
final class Draws {
    private static final double TWO_POW_53 = 0x1.0p-53;
    private final Plan plan;
    private final List<UncertainInput> inputs;
    private final Distribution.Quantiles[] quantiles;
    private final Copula copula;
    private final DemandRegimes regimes;

    Draws(Plan plan) {
        this.plan = plan;
        Uncertainty u = plan.uncertainty();
        this.inputs = u.inputs();
        this.quantiles = inputs.stream().map(i -> i.distribution().quantiles()).toArray(Distribution.Quantiles[]::new);
        this.copula = Copula.of(inputs.stream().map(UncertainInput::id).toList(), u.correlations());
        this.regimes = u.regimes();
    }

    List<UncertainInput> inputs() {
        return inputs;
    }

    /**
     * The generator of trial {@code index}: its seed mixes the master seed and the index with SplitMix64's finalizer
     * (Steele, Lea and Flood 2014), so a trial draws the same numbers whichever thread runs it, and neighbouring
     * trials' streams are unrelated.
     */
    static UniformRandomProvider generator(long masterSeed, long index) {
        long a = mix(masterSeed + 0x9E3779B97F4A7C15L * (index + 1));
        long b = mix(a ^ 0xD1B54A32D192ED03L);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[]{a, b});
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform number strictly inside (0, 1), so no inverse CDF is asked for an infinite tail. */
    static double open(UniformRandomProvider rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * TWO_POW_53;
    }

    /** This trial's value of every input, in input order. */
    double[] draw(UniformRandomProvider rng) {
        double[] u = new double[inputs.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = open(rng);
        }
        if (copula != null) {
            copula.correlate(u);
        }
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = quantiles[i].at(u[i]);
        }
        return x;
    }

    /** This trial's regime of each plan year; null without regimes. */
    int[] regimePath(UniformRandomProvider rng) {
        return regimes == null ? null : regimes.path((plan.horizonMonths() + 11) / 12, rng);
    }

    /** The plan as this trial sees it: every input at its drawn value, then demand along the regime path. */
    Plan apply(double[] values, int[] path) {
        PlanEdit edit = new PlanEdit(plan);
        for (int i = 0; i < values.length; i++) {
            inputs.get(i).apply(edit, values[i]);
        }
        if (path != null) {
            alongPath(edit, regimes.monthlyFactors(path, plan.horizonMonths()));
        }
        return edit.plan();
    }

    /** Each service's demand × the path's factor of each month, as a curve of monthly points. */
    private static void alongPath(PlanEdit edit, double[] factors) {
        Plan p = edit.original();
        // months past the window's end (a plan starting near 2200) keep the last point's demand
        int months = 0;
        while (months < factors.length && Months.inWindow(p.month(months))) {
            months++;
        }
        YearMonth[] calendar = new YearMonth[months];
        for (int m = 0; m < months; m++) {
            calendar[m] = p.month(m);
        }
        for (int i = 0; i < edit.serviceCount(); i++) {
            InferenceService s = edit.service(i);
            List<DemandPoint> points = new ArrayList<>(months);
            for (int m = 0; m < months; m++) {
                // a boom path on demand near the planner's maximum saturates there, as a scenario's multiplier does
                points.add(new DemandPoint(calendar[m],
                        DemandCurve.saturated(s.demand().tokensPerDay(calendar[m]) * factors[m])));
            }
            edit.service(i, s.withDemand(new DemandCurve.Points(points)));
        }
    }
}

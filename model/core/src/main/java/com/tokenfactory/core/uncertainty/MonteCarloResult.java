package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.result.SimulationResult;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the trials found (so far, while a run is in progress or after a cancel).
 *
 * @param trialsRun                  trials folded into the figures: all of them unless cancelled
 * @param fans                       monthly percentiles of each metric
 * @param kpis                       each trial's headline figures, as distributions
 * @param probabilityOfLoss          share of trials with NPV below zero
 * @param unservedThreshold          the unserved share of demand (over the horizon) counted as too much
 * @param probabilityUnservedAbove   share of trials whose unserved share is above the threshold
 * @param sensitivities              Spearman rank correlation of each input with NPV, strongest first (final result only)
 * @param deterministic              the plan run once with no input drawn (the line under the fans)
 */
public record MonteCarloResult(
        String planName,
        String scenarioId,
        YearMonth start,
        int months,
        String currency,
        long seed,
        int trialsRequested,
        int trialsRun,
        int threads,
        boolean cancelled,
        long elapsedNanos,
        Map<Metric, Fan> fans,
        Map<Kpi, Spread> kpis,
        double probabilityOfLoss,
        double unservedThreshold,
        double probabilityUnservedAbove,
        List<Sensitivity> sensitivities,
        SimulationResult deterministic) {

    public boolean finished() {
        return !cancelled && trialsRun == trialsRequested;
    }

    public Fan fan(Metric m) {
        return fans.get(m);
    }

    public Spread kpi(Kpi k) {
        return kpis.get(k);
    }

    /** A metric's percentiles month by month, and the deterministic run's line. */
    public record Fan(Metric metric, double[] p10, double[] p25, double[] p50, double[] p75, double[] p90,
                      double[] mean, double[] deterministic) {
        public int months() {
            return p50.length;
        }
    }

    /**
     * One KPI over the trials: the finite values sorted, and how many trials had none (no IRR, no payback).
     */
    public record Spread(Kpi kpi, double[] sorted, int missing) {
        public int count() {
            return sorted.length;
        }

        public double percentile(double p) {
            return TrialReservoir.quantileOfSorted(sorted, p);
        }

        public double mean() {
            return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).sum() / sorted.length;
        }

        /** Share of all trials (missing ones included) whose value is below x. */
        public double shareBelow(double x) {
            int total = sorted.length + missing;
            if (total == 0) {
                return Double.NaN;
            }
            int i = Arrays.binarySearch(sorted, x);
            int below = i >= 0 ? firstIndexOf(i, x) : -i - 1;
            return (double) below / total;
        }

        private int firstIndexOf(int i, double x) {
            while (i > 0 && sorted[i - 1] == x) {
                i--;
            }
            return i;
        }
    }

    /** How strongly an input moves NPV across the trials, correlations between inputs included. */
    public record Sensitivity(String inputId, String name, double rankCorrelation) {
    }
}

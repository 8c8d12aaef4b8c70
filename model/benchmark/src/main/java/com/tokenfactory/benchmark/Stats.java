package com.tokenfactory.benchmark;

import java.util.Arrays;
import java.util.List;

/** Order statistics of run times. */
final class Stats {
    private Stats() {
    }

    /** The median: the middle value, or the mean of the two middle values. */
    static double median(List<Double> values) {
        double[] v = sorted(values);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The p-th percentile by the nearest-rank method: the smallest value with at least p% of values at or below. */
    static double percentile(List<Double> values, double p) {
        double[] v = sorted(values);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, rank - 1)];
    }

    private static double[] sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v;
    }
}

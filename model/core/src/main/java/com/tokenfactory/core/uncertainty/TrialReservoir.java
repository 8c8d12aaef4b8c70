package com.tokenfactory.core.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.util.Arrays;

/**
 * The monthly percentiles of many trials without keeping every trial: a uniform reservoir sample (Vitter's
 * Algorithm R) of at most {@code capacity} trials' monthly rows, plus exact running sums for the means. Up to
 * {@code capacity} trials the percentiles are exact; beyond, a percentile p is read from a uniform sample of
 * {@code capacity} trials, whose rank error has a standard deviation of √(p(1 − p) / capacity): with the default 4,096,
 * 0.47 percentile points at P10 and P90 and 0.78 at P50. Memory is fixed: capacity × metrics × months doubles.
 * Trials must be offered in trial order (the runner folds them so) to give the same sample on any number of threads.
 */
final class TrialReservoir {
    static final int DEFAULT_CAPACITY = 4096;
    static final double[] LEVELS = {0.10, 0.25, 0.50, 0.75, 0.90};

    private final int capacity;
    private final int width;
    private final double[][] rows;
    private final double[] sums;
    private final UniformRandomProvider rng;
    private long seen;

    TrialReservoir(int capacity, int width, long seed) {
        this.capacity = capacity;
        this.width = width;
        this.rows = new double[capacity][];
        this.sums = new double[width];
        this.rng = RandomSource.SPLIT_MIX_64.create(Draws.mix(seed ^ 0x5DEECE66DL));
    }

    void offer(double[] row) {
        for (int i = 0; i < width; i++) {
            sums[i] += row[i];
        }
        if (seen < capacity) {
            rows[(int) seen] = row;
        } else {
            long j = rng.nextLong(seen + 1);
            if (j < capacity) {
                rows[(int) j] = row;
            }
        }
        seen++;
    }

    long seen() {
        return seen;
    }

    double mean(int column) {
        return seen == 0 ? Double.NaN : sums[column] / seen;
    }

    /** The {@link #LEVELS} percentiles of one column (P10, P25, P50, P75, P90). */
    double[] percentiles(int column) {
        return percentiles(column, 1)[0];
    }

    /**
     * The {@link #LEVELS} percentiles of {@code count} neighbouring columns (a metric's months), [column][level]. The
     * columns are gathered together, reading each kept row's stretch once, rather than one column at a time across
     * all 4,096 rows.
     */
    double[][] percentiles(int firstColumn, int count) {
        int n = (int) Math.min(seen, capacity);
        double[][] v = new double[count][n];
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            for (int c = 0; c < count; c++) {
                v[c][i] = row[firstColumn + c];
            }
        }
        double[][] out = new double[count][LEVELS.length];
        for (int c = 0; c < count; c++) {
            Arrays.sort(v[c]);
            for (int k = 0; k < LEVELS.length; k++) {
                out[c][k] = quantileOfSorted(v[c], LEVELS[k]);
            }
        }
        return out;
    }

    /** Linear interpolation between order statistics (Hyndman and Fan 1996, type 7, as R's and Excel's PERCENTILE). */
    static double quantileOfSorted(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

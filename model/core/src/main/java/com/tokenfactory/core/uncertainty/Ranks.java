package com.tokenfactory.core.uncertainty;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranks (ties share their average rank) and Pearson's correlation: Spearman's ρ is Pearson's of the ranks. */
public final class Ranks {
    private Ranks() {
    }

    public static double[] of(double[] values) {
        int n = values.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Pearson's correlation; NaN when either side does not vary. */
    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = Arrays.stream(a).sum() / n;
        double mb = Arrays.stream(b).sum() / n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }

    public static double spearman(double[] a, double[] b) {
        return pearson(of(a), of(b));
    }
}

package com.tokenfactory.charts.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Series split into those shown one by one and the rest, so a chart of a 100-site plan keeps a readable legend and
 * distinct colours.
 *
 * @param kept    shown one by one, in their original order
 * @param others  summed into one series
 */
record Grouping(List<NamedValues> kept, List<NamedValues> others) {

    /** Keeps the {@code keep} largest non-zero series; a single leftover is kept too rather than called "1 other". */
    static Grouping largest(List<NamedValues> all, int keep) {
        List<NamedValues> nonZero = all.stream().filter(nv -> !nv.allZero()).toList();
        if (nonZero.size() <= keep + 1) {
            return new Grouping(nonZero, List.of());
        }
        List<NamedValues> bySize = new ArrayList<>(nonZero);
        bySize.sort(Comparator.comparingDouble(NamedValues::magnitude).reversed());
        Set<NamedValues> largest = Collections.newSetFromMap(new IdentityHashMap<>());
        largest.addAll(bySize.subList(0, keep));
        List<NamedValues> kept = new ArrayList<>();
        List<NamedValues> others = new ArrayList<>();
        for (NamedValues nv : nonZero) {
            (largest.contains(nv) ? kept : others).add(nv);
        }
        return new Grouping(List.copyOf(kept), List.copyOf(others));
    }

    /** The kept series followed by the others' sum under {@code name} (when there are others). */
    List<NamedValues> withOthersAs(SeriesName name) {
        if (others.isEmpty()) {
            return kept;
        }
        double[] sum = new double[others.get(0).size()];
        for (NamedValues nv : others) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += nv.value(i);
            }
        }
        List<NamedValues> out = new ArrayList<>(kept);
        out.add(new NamedValues(name, sum));
        return out;
    }
}

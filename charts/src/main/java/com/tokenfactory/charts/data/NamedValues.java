package com.tokenfactory.charts.data;

import java.util.Arrays;

/** One series before it goes into a dataset: its name and one value per point of the timeline. */
public record NamedValues(SeriesName name, double[] values) {

    public NamedValues {
        values = values.clone();
    }

    public static NamedValues of(SeriesKey key, String label, double[] values) {
        return new NamedValues(new SeriesName(key, label), values);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double value(int i) {
        return values[i];
    }

    int size() {
        return values.length;
    }

    /** Size for ranking: the sum of absolute values. */
    double magnitude() {
        double s = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                s += Math.abs(v);
            }
        }
        return s;
    }

    boolean allZero() {
        return Arrays.stream(values).allMatch(v -> v == 0);
    }

    boolean anyFinite() {
        return Arrays.stream(values).anyMatch(Double::isFinite);
    }
}

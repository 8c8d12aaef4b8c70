package com.tokenfactory.charts.data;

import java.util.Comparator;
import java.util.Objects;

/**
 * The key of every series in our datasets: what the legend and tooltips show ({@link #toString()} is the label, as
 * JFreeChart expects) and the {@link SeriesKey} a click resolves to.
 */
public record SeriesName(SeriesKey key, String label) implements Comparable<SeriesName> {
    private static final Comparator<SeriesName> ORDER = Comparator.comparing(SeriesName::label)
            .thenComparing(n -> n.key().kind())
            .thenComparing(n -> n.key().id());

    public SeriesName {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public int compareTo(SeriesName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label;
    }
}

package com.tokenfactory.charts.data;

import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;
import java.util.function.IntFunction;

/** Turns named values into JFreeChart datasets; x is the point's index on the {@link Timeline}. */
final class Datasets {
    private Datasets() {
    }

    /** For stacked bars and areas: every series has a value at every point. */
    static DefaultTableXYDataset stacked(List<NamedValues> all) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        for (NamedValues nv : all) {
            dataset.addSeries(series(nv));
        }
        return dataset;
    }

    static XYSeriesCollection lines(List<NamedValues> all) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (NamedValues nv : all) {
            dataset.addSeries(series(nv));
        }
        return dataset;
    }

    private static XYSeries series(NamedValues nv) {
        XYSeries s = new XYSeries(nv.name(), false, false);
        for (int i = 0; i < nv.size(); i++) {
            s.add(i, nv.value(i), false);
        }
        return s;
    }

    /**
     * The {@code keep} largest series one by one (in their original order), the rest summed into one series named by
     * {@code othersName} from how many were summed; series that are zero throughout are dropped.
     */
    static List<NamedValues> largest(List<NamedValues> all, int keep, IntFunction<SeriesName> othersName) {
        Grouping g = Grouping.largest(all, keep);
        return g.withOthersAs(othersName.apply(g.others().size()));
    }
}

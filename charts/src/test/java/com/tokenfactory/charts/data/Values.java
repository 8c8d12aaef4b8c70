package com.tokenfactory.charts.data;

import org.jfree.data.xy.XYDataset;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Reads datasets back for assertions. */
final class Values {
    private Values() {
    }

    static int series(XYDataset dataset, SeriesKey key) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (((SeriesName) dataset.getSeriesKey(s)).key().equals(key)) {
                return s;
            }
        }
        return fail("no series " + key + " in " + keys(dataset));
    }

    static double[] of(XYDataset dataset, SeriesKey key) {
        int s = series(dataset, key);
        double[] out = new double[dataset.getItemCount(s)];
        for (int i = 0; i < out.length; i++) {
            assertEquals(i, dataset.getXValue(s, i), "x of point " + i + " is its index on the timeline");
            out[i] = dataset.getYValue(s, i);
        }
        return out;
    }

    static List<SeriesKey> keys(XYDataset dataset) {
        List<SeriesKey> out = new ArrayList<>();
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            out.add(((SeriesName) dataset.getSeriesKey(s)).key());
        }
        return out;
    }

    static String label(XYDataset dataset, SeriesKey key) {
        return dataset.getSeriesKey(series(dataset, key)).toString();
    }

    /** Sum over all series at point i (the top of a stack). */
    static double stackTop(XYDataset dataset, int i) {
        double s = 0;
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            s += dataset.getYValue(series, i);
        }
        return s;
    }

    /** Asserts equal arrays, NaN equal to NaN, within a relative tolerance. */
    static void assertSeries(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": number of points");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-9 * Math.max(1, Math.abs(expected[i])), what + " at point " + i);
        }
    }
}

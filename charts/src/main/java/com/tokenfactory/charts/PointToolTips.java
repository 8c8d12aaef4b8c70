package com.tokenfactory.charts;

import com.tokenfactory.charts.style.ReadableNumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tooltip of one point: "Site 3 (PUE 1.32) · Mar 2027: 12.3K MWh". The value is the series' own, not stacked. Each
 * text is written once per dataset and kept: a chart on screen asks for every point's text on every draw (JFreeChart
 * makes the tooltip of each item as it draws it), and a chart's datasets do not change once it is built.
 * {@link #writeAhead} writes them all before the chart is shown, e.g. on the worker that built the chart, so that the
 * first draw on the FX thread only looks them up.
 */
final class PointToolTips implements XYToolTipGenerator, Serializable {
    private static final long serialVersionUID = 1L;

    private final PeriodAxis axis;
    private final String unit;
    private final boolean heightOfInterval;
    private final NumberFormat format = new ReadableNumberFormat();
    /** The texts written so far, by dataset (by identity: a dataset's equality is its values) and series. */
    private transient Map<XYDataset, String[][]> written;

    /** @param unit appended to the value, e.g. "MWh", "USD", "%" */
    PointToolTips(PeriodAxis axis, String unit) {
        this(axis, unit, false);
    }

    /** @param heightOfInterval show the height of the point's y-interval (a band), not its y value */
    PointToolTips(PeriodAxis axis, String unit, boolean heightOfInterval) {
        this.axis = axis;
        this.unit = unit;
        this.heightOfInterval = heightOfInterval;
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        if (written == null) {
            written = new IdentityHashMap<>();
        }
        String[][] bySeries = written.computeIfAbsent(dataset, d -> new String[d.getSeriesCount()][]);
        if (series >= bySeries.length) {
            return write(dataset, series, item); // a series added since: not kept
        }
        if (bySeries[series] == null) {
            bySeries[series] = new String[dataset.getItemCount(series)];
        }
        String[] texts = bySeries[series];
        if (item >= texts.length) {
            return write(dataset, series, item);
        }
        if (texts[item] == null) {
            texts[item] = write(dataset, series, item);
        }
        return texts[item];
    }

    /**
     * Writes the tooltip of every point of every plot of {@code chart} whose tooltips are ours. Call before the chart
     * is handed to the thread that draws it.
     */
    static void writeAhead(JFreeChart chart) {
        List<XYPlot> plots = chart.getPlot() instanceof CombinedDomainXYPlot combined ? combined.getSubplots()
                : chart.getPlot() instanceof XYPlot plot ? List.of(plot) : List.of();
        for (XYPlot plot : plots) {
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset data = plot.getDataset(d);
                if (data != null && plot.getRendererForDataset(data) instanceof AbstractXYItemRenderer renderer
                        && renderer.getDefaultToolTipGenerator() instanceof PointToolTips tips) {
                    for (int s = 0; s < data.getSeriesCount(); s++) {
                        for (int i = 0; i < data.getItemCount(s); i++) {
                            tips.generateToolTip(data, s, i);
                        }
                    }
                }
            }
        }
    }

    /** The text kept for a point, null if none was written yet. */
    String kept(XYDataset dataset, int series, int item) {
        String[][] bySeries = written == null ? null : written.get(dataset);
        return bySeries == null || series >= bySeries.length || bySeries[series] == null
                || item >= bySeries[series].length ? null : bySeries[series][item];
    }

    private String write(XYDataset dataset, int series, int item) {
        double y = heightOfInterval && dataset instanceof IntervalXYDataset band
                ? band.getEndYValue(series, item) - band.getStartYValue(series, item)
                : dataset.getYValue(series, item);
        String value = Double.isNaN(y) ? "undefined" : format.format(y) + (unit.equals("%") ? "%" : " " + unit);
        return dataset.getSeriesKey(series) + " · " + axis.labelAt(dataset.getXValue(series, item)) + ": " + value;
    }
}

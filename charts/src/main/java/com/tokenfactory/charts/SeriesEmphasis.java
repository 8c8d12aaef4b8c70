package com.tokenfactory.charts;

import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts the series of some plan elements forward on a chart built by {@link ResultCharts}: every other series (its
 * bars, lines and legend item) is faded, so that an element selected elsewhere in the app shows on the chart. A chart
 * none of whose series belongs to those elements is left as drawn, since fading all of it would say nothing.
 * Remembers each series' paint as built, so emphasis can move and be taken away. Use on the thread that paints the
 * chart.
 */
public final class SeriesEmphasis {
    /** How much of its opacity a faded series keeps: enough to read the stack, little enough to see the one in front. */
    public static final double FADED_OPACITY = 0.3;

    private record Series(AbstractRenderer renderer, int index, SeriesKey key, Paint asBuilt) {
    }

    private final JFreeChart chart;
    private final List<Series> series = new ArrayList<>();

    public SeriesEmphasis(JFreeChart chart) {
        this.chart = chart;
        for (XYPlot plot : xyPlots(chart.getPlot())) {
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset data = plot.getDataset(d);
                // every renderer JFreeChart ships is an AbstractRenderer, the class that knows a series' paint
                if (data == null || !(plot.getRendererForDataset(data) instanceof AbstractRenderer renderer)) {
                    continue;
                }
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    if (data.getSeriesKey(s) instanceof SeriesName name) {
                        series.add(new Series(renderer, s, name.key(), renderer.lookupSeriesPaint(s)));
                    }
                }
            }
        }
    }

    /**
     * Fades every series that is not of {@code keys} and shows those that are as built; an empty set, or one naming no
     * series of this chart, shows the whole chart as built. The chart is told of the change once, and only if a paint
     * changed: whoever shows the chart draws it again on each notice, so one per series would draw it once per series.
     *
     * @return whether any series of the chart is of {@code keys}
     */
    public boolean emphasize(Set<SeriesKey> keys) {
        boolean any = series.stream().anyMatch(s -> keys.contains(s.key()));
        boolean changed = false;
        for (Series s : series) {
            boolean fade = any && !keys.contains(s.key());
            Paint paint = fade ? faded(s.asBuilt()) : s.asBuilt();
            if (!paint.equals(s.renderer().getSeriesPaint(s.index()))) {
                s.renderer().setSeriesPaint(s.index(), paint, false);
                changed = true;
            }
        }
        if (changed) {
            chart.fireChartChanged();
        }
        return any;
    }

    private static Paint faded(Paint paint) {
        return paint instanceof Color c ? ChartStyle.withAlpha(c, FADED_OPACITY * c.getAlpha() / 255.0) : paint;
    }

    private static List<XYPlot> xyPlots(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots();
        }
        return plot instanceof XYPlot xy ? List.of(xy) : List.of();
    }
}

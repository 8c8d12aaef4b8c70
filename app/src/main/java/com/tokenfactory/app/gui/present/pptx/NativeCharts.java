package com.tokenfactory.app.gui.present.pptx;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.core.result.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a result chart of the charts module back into {@link NativeChart}: every dataset of every (sub)plot, its
 * series and values, how its renderer draws it and which axis it uses. Our datasets put a point's index on the
 * {@link Timeline} as x, so a value's category is its x.
 */
final class NativeCharts {
    private NativeCharts() {
    }

    static NativeChart of(JFreeChart chart, SimulationResult result, Period period) {
        Timeline timeline = Timeline.of(result, period);
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            categories.add(timeline.label(i));
        }
        List<NativeChart.Panel> panels = new ArrayList<>();
        Plot plot = chart.getPlot();
        if (plot instanceof CombinedDomainXYPlot combined) {
            for (XYPlot sub : combined.getSubplots()) {
                panel(sub, categories.size()).ifPresent(panels::add);
            }
        } else if (plot instanceof XYPlot xy) {
            panel(xy, categories.size()).ifPresent(panels::add);
        } else {
            throw new IllegalArgumentException("not a result chart: " + plot.getClass().getSimpleName());
        }
        return new NativeChart(categories, panels);
    }

    private static java.util.Optional<NativeChart.Panel> panel(XYPlot plot, int points) {
        List<NativeChart.Layer> layers = new ArrayList<>();
        ValueAxis primary = plot.getRangeAxis(0);
        String secondaryTitle = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds == null || ds.getSeriesCount() == 0) {
                continue;
            }
            ValueAxis axis = plot.getRangeAxisForDataset(d);
            boolean secondary = axis != null && axis != primary;
            if (secondary) {
                secondaryTitle = axis.getLabel();
            }
            List<NativeChart.SeriesValues> series = new ArrayList<>();
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                double[] values = new double[points];
                Arrays.fill(values, Double.NaN);
                for (int i = 0; i < ds.getItemCount(s); i++) {
                    int x = (int) Math.round(ds.getXValue(s, i));
                    if (x >= 0 && x < points) {
                        values[x] = ds.getYValue(s, i);
                    }
                }
                series.add(new NativeChart.SeriesValues(String.valueOf(ds.getSeriesKey(s)), values));
            }
            layers.add(new NativeChart.Layer(shape(plot.getRendererForDataset(ds)), secondary, series));
        }
        if (layers.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new NativeChart.Panel(primary == null ? "" : primary.getLabel(), secondaryTitle,
                layers));
    }

    private static NativeChart.Shape shape(XYItemRenderer renderer) {
        if (renderer instanceof StackedXYBarRenderer) {
            return NativeChart.Shape.STACKED_BAR;
        }
        if (renderer instanceof XYBarRenderer) {
            return NativeChart.Shape.BAR;
        }
        if (renderer instanceof StackedXYAreaRenderer || renderer instanceof StackedXYAreaRenderer2) {
            return NativeChart.Shape.STACKED_AREA;
        }
        return NativeChart.Shape.LINE;
    }
}

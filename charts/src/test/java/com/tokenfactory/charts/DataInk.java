package com.tokenfactory.charts;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chart drew of its data, so a test can tell a chart with its series from a blank frame with axes: the data
 * points in its datasets, and the pixels in the plot area that change when the series are hidden (axes held still).
 */
public final class DataInk {
    private DataInk() {
    }

    /** The plots of a chart: the plot itself, or the subplots of a combined plot. */
    public static List<XYPlot> plots(JFreeChart chart) {
        Plot plot = chart.getPlot();
        List<XYPlot> plots = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot combined) {
            plots.addAll(combined.getSubplots());
        } else if (plot instanceof XYPlot xy) {
            plots.add(xy);
        }
        return plots;
    }

    /** The finite y-values over every series of every dataset. */
    public static int points(JFreeChart chart) {
        int n = 0;
        for (XYPlot plot : plots(chart)) {
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset data = plot.getDataset(d);
                if (data == null) {
                    continue;
                }
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        if (Double.isFinite(data.getYValue(s, i))) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    /**
     * The pixels inside the data area that differ between the chart as drawn and the same chart with every series
     * hidden, at {@code width × height}. The axes keep the ranges of the first drawing, so only the series' own ink
     * counts. The chart is changed (series hidden, axes fixed): pass one made for this.
     */
    public static int pixels(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage drawn = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (chart.getPlot() instanceof XYPlot top) {
            top.setFixedLegendItems(top.getLegendItems()); // hidden series would leave the legend and move the plot
        }
        for (XYPlot plot : plots(chart)) {
            for (int a = 0; a < plot.getRangeAxisCount(); a++) {
                hold(plot.getRangeAxis(a));
            }
            for (int a = 0; a < plot.getDomainAxisCount(); a++) {
                hold(plot.getDomainAxis(a));
            }
        }
        hideSeries(chart);
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            hold(combined.getDomainAxis());
        }
        BufferedImage blank = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        Rectangle inside = area.getBounds().intersection(new Rectangle(width, height));
        if (chart.getPlot() instanceof CombinedDomainXYPlot) {
            inside = new Rectangle(width, height); // the data area reported is the last subplot's; compare everywhere
        }
        int differ = 0;
        for (int y = inside.y; y < inside.y + inside.height; y++) {
            for (int x = inside.x; x < inside.x + inside.width; x++) {
                if (drawn.getRGB(x, y) != blank.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        return differ;
    }

    /** Hides every series of every renderer of the chart. */
    public static void hideSeries(JFreeChart chart) {
        for (XYPlot plot : plots(chart)) {
            for (int r = 0; r < plot.getRendererCount(); r++) {
                XYItemRenderer renderer = plot.getRenderer(r);
                if (renderer != null) {
                    renderer.setDefaultSeriesVisible(false);
                }
            }
        }
    }

    private static void hold(ValueAxis axis) {
        if (axis != null) {
            axis.setRange(axis.getRange(), true, false);
        }
    }
}

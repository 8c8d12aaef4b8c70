package com.tokenfactory.charts;

import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.RenderingHints;

/** Applies a {@link ChartStyle}'s background, text colours, fonts and grid to a built chart. */
final class Styler {
    private Styler() {
    }

    static void apply(JFreeChart chart, ChartStyle style) {
        chart.setBackgroundPaint(style.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        chart.getTitle().setPaint(style.foreground());
        chart.getTitle().setFont(style.titleFont());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(style.background());
            legend.setItemPaint(style.foreground());
            legend.setItemFont(style.legendFont());
            legend.setFrame(BlockBorder.NONE);
        }
        plot(chart.getPlot(), style);
    }

    private static void plot(Plot plot, ChartStyle style) {
        plot.setBackgroundPaint(style.background());
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(style.messageFont());
        plot.setNoDataMessagePaint(style.muted());
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(p -> plot(p, style));
        }
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(style.grid());
            xy.setRangeGridlinePaint(style.grid());
            xy.setDomainGridlineStroke(new BasicStroke(0.6f));
            xy.setRangeGridlineStroke(new BasicStroke(0.6f));
            xy.setRangeZeroBaselinePaint(style.muted());
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), style);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), style);
            }
        }
    }

    private static void axis(Axis axis, ChartStyle style) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(style.axisLabelFont());
        axis.setLabelPaint(style.foreground());
        axis.setTickLabelFont(style.tickFont());
        axis.setTickLabelPaint(style.muted());
        axis.setAxisLinePaint(style.grid());
        axis.setTickMarkPaint(style.grid());
    }
}

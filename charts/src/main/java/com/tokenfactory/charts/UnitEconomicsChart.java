package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.data.UnitEconomicsData;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;

import java.awt.Color;
import java.util.List;

/**
 * Three plots over one time axis, one per ratio, each named in its corner with its unit on its axis; an undefined ratio
 * says why on its plot.
 */
final class UnitEconomicsChart {
    /** Room above the highest point, as a fraction of the range, for the panel's name in its top corner. */
    private static final double NAME_ROOM = 0.25;

    private UnitEconomicsChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        UnitEconomicsData data = UnitEconomicsData.of(timeline);
        String currency = timeline.result().currency();
        PeriodAxis time = ChartParts.timeAxis(timeline);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        plot.add(panel(data.costPerMillionTokens(), "Cost per million tokens", currency + "/Mtok", time, timeline,
                style, style.accent()));
        plot.add(panel(data.tokensPerJoule(), "Tokens per joule", "tokens/J", time, timeline, style, style.success()));
        plot.add(panel(data.tokensPerWattPerDollar(), "Tokens per watt per dollar",
                "tok/J ÷ " + currency + "/GPU-h", time, timeline, style, style.warning()));
        JFreeChart chart = ChartParts.chart(ChartKind.UNIT_ECONOMICS, plot, timeline, style, List.of(),
                "Fully loaded cost per million tokens served; tokens per joule of facility energy on owned GPUs; "
                        + "tokens per watt per dollar = tokens per joule ÷ owned cost per GPU-hour.");
        // each panel names its ratio; a legend would say it again and take height the panels need
        chart.removeLegend();
        return chart;
    }

    /**
     * One ratio: its name inside the panel's top-left corner, its unit on the axis. Three panels share the chart's
     * height, so a name on the axis as well would not fit beside a panel on the dashboard.
     */
    private static XYPlot panel(UnitEconomicsData.Panel panel, String name, String unit, PeriodAxis time,
                                Timeline timeline, ChartStyle style, Color colour) {
        NumberAxis axis = ChartParts.valueAxis(unit);
        axis.setUpperMargin(NAME_ROOM);
        XYPlot plot = ChartParts.plot(time, axis);
        XYLineAndShapeRenderer line = ChartParts.lines(timeline);
        ChartParts.paint(line, colour);
        ChartParts.add(plot, 0, panel.dataset(), line, 0, time, unit);
        ChartParts.whyEmpty(plot, panel.emptyReason());
        TextTitle label = new TextTitle(name, style.tickFont());
        label.setPaint(style.muted());
        label.setBackgroundPaint(ChartStyle.withAlpha(style.background(), 0.8));
        plot.addAnnotation(new XYTitleAnnotation(0.005, 0.99, label, RectangleAnchor.TOP_LEFT), false);
        return plot;
    }
}

package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.data.UnitEconomicsData;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.Color;
import java.util.List;

/** Three plots over one time axis, one per ratio, each with its own unit; an undefined ratio says why on its plot. */
final class UnitEconomicsChart {
    private UnitEconomicsChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        UnitEconomicsData data = UnitEconomicsData.of(timeline);
        String currency = timeline.result().currency();
        PeriodAxis time = ChartParts.timeAxis(timeline);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        plot.add(panel(data.costPerMillionTokens(), currency + " per million tokens",
                currency + "/Mtok", time, timeline, style.accent()));
        plot.add(panel(data.tokensPerJoule(), "Tokens per joule", "tokens/J", time, timeline, style.success()));
        plot.add(panel(data.tokensPerWattPerDollar(), "Tokens/J per " + currency + "/GPU-h",
                "tokens/J per " + currency + "/GPU-h", time, timeline, style.warning()));
        return ChartParts.chart(ChartKind.UNIT_ECONOMICS, plot, timeline, style, List.of(),
                "Fully loaded cost per million tokens served; tokens per joule of facility energy on owned GPUs; "
                        + "tokens per watt per dollar = tokens per joule ÷ owned cost per GPU-hour.");
    }

    private static XYPlot panel(UnitEconomicsData.Panel panel, String axisLabel, String unit, PeriodAxis time,
                                Timeline timeline, Color colour) {
        XYPlot plot = ChartParts.plot(time, ChartParts.valueAxis(axisLabel));
        XYLineAndShapeRenderer line = ChartParts.lines(timeline);
        ChartParts.paint(line, colour);
        ChartParts.add(plot, 0, panel.dataset(), line, 0, time, unit);
        ChartParts.whyEmpty(plot, panel.emptyReason());
        return plot;
    }
}

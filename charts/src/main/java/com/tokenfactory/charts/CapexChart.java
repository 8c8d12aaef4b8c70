package com.tokenfactory.charts;

import com.tokenfactory.charts.data.CapexData;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.util.List;

/** CapEx stacked by category (facility, IT by SKU, committed contracts) with the cumulative total on a second axis. */
final class CapexChart {
    private CapexChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        CapexData data = CapexData.of(timeline);
        String currency = timeline.result().currency();
        PeriodAxis time = ChartParts.timeAxis(timeline);
        XYPlot plot = ChartParts.plot(time,
                ChartParts.valueAxis("Spending (" + currency + " " + ChartParts.perPoint(timeline) + ")"));
        plot.setRangeAxis(1, ChartParts.valueAxis("Cumulative (" + currency + ")"));
        StackedXYBarRenderer bars = ChartParts.stackedBars();
        ChartParts.colourByPalette(bars, data.spending(), style, 0);
        ChartParts.add(plot, 0, data.spending(), bars, 0, time, currency);
        XYLineAndShapeRenderer line = ChartParts.lines(timeline);
        ChartParts.paint(line, style.foreground());
        ChartParts.add(plot, 1, data.cumulative(), line, 1, time, currency);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartParts.whyEmpty(plot, data.emptyReason());
        return ChartParts.chart(ChartKind.CAPEX, plot, timeline, style, List.of(),
                data.emptyReason().isPresent() ? null
                        : "Committed partner contracts count as committed spend: take-or-pay fees in the months they are due.");
    }
}

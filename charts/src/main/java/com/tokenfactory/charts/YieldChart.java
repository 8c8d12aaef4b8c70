package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.data.YieldData;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.util.Map;

/**
 * Two plots over one time axis: revenue stacked by workload with total cost and margin as lines; below it the
 * utilization of owned, rented and all GPUs.
 */
final class YieldChart {
    private YieldChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        YieldData data = YieldData.of(timeline);
        String currency = timeline.result().currency();
        PeriodAxis time = ChartParts.timeAxis(timeline);

        XYPlot money = ChartParts.plot(time,
                ChartParts.valueAxis(currency + " " + ChartParts.perPoint(timeline)));
        XYItemRenderer revenue = timeline.period() == Period.MONTHLY
                ? ChartParts.stackedAreas() : ChartParts.stackedBars();
        ChartParts.colourByPalette(revenue, data.revenueByWorkload(), style, 0);
        ChartParts.add(money, 0, data.revenueByWorkload(), revenue, 0, time, currency);
        XYLineAndShapeRenderer lines = ChartParts.lines(timeline);
        ChartParts.paint(lines, style.danger(), style.foreground());
        ChartParts.add(money, 1, data.costAndMargin(), lines, 0, time, currency);
        money.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartParts.whyEmpty(money, data.moneyEmptyReason());

        NumberAxis percent = ChartParts.valueAxis("Utilization (%)");
        percent.setRange(0, 100);
        XYPlot utilization = ChartParts.plot(time, percent);
        XYLineAndShapeRenderer util = ChartParts.lines(timeline);
        ChartParts.paintByFigure(util, data.utilization(), Map.of(SeriesKey.UTILIZATION_OWNED, style.accent(),
                SeriesKey.UTILIZATION_RENTED, style.warning(), SeriesKey.UTILIZATION, style.muted()));
        ChartParts.add(utilization, 0, data.utilization(), util, 0, time, "%");
        ChartParts.whyEmpty(utilization, data.utilizationEmptyReason());

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        plot.add(money, 3);
        plot.add(utilization, 2);
        return ChartParts.chart(ChartKind.YIELD, plot, timeline, style, data.notes(),
                "Revenue stacked by workload; margin = revenue − total cost (depreciation, electricity, operations, rental).");
    }
}

package com.tokenfactory.charts;

import com.tokenfactory.charts.data.ElectricityData;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.util.List;

/** Facility energy by site as stacked bars (each site's PUE in its name) and electricity cost as a line. */
final class ElectricityChart {
    private ElectricityChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        ElectricityData data = ElectricityData.of(timeline);
        String currency = timeline.result().currency();
        String per = ChartParts.perPoint(timeline);
        PeriodAxis time = ChartParts.timeAxis(timeline);
        XYPlot plot = ChartParts.plot(time, ChartParts.valueAxis("Facility energy (MWh " + per + ")"));
        plot.setRangeAxis(1, ChartParts.valueAxis("Electricity cost (" + currency + " " + per + ")"));
        StackedXYBarRenderer bars = ChartParts.stackedBars();
        ChartParts.colourByPalette(bars, data.energyBySite(), style, 0);
        ChartParts.add(plot, 0, data.energyBySite(), bars, 0, time, "MWh");
        XYLineAndShapeRenderer line = ChartParts.lines(timeline);
        ChartParts.paint(line, style.foreground());
        ChartParts.add(plot, 1, data.cost(), line, 1, time, currency);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartParts.whyEmpty(plot, data.emptyReason());
        return ChartParts.chart(ChartKind.ELECTRICITY, plot, timeline, style, List.of(),
                data.emptyReason().isPresent() ? null
                        : "Facility energy = IT energy × the site's PUE; rented capacity's power is paid in its fees.");
    }
}

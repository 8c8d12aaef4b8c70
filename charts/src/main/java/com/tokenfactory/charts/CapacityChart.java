package com.tokenfactory.charts;

import com.tokenfactory.charts.data.CapacityData;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;

import java.util.List;
import java.util.Map;

/**
 * GPUs online (owned and rented, stacked and translucent) against GPUs needed and GPUs busy, with unserved demand —
 * the band from busy up to needed — shaded. Everything is drawn in whole-month (or whole-year) steps, as the engine
 * computes it: GPUs come online in whole months, and lines sloping between months would invent values.
 */
final class CapacityChart {
    private CapacityChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        CapacityData data = CapacityData.of(timeline);
        PeriodAxis time = ChartParts.timeAxis(timeline);
        XYPlot plot = ChartParts.plot(time, ChartParts.valueAxis(
                timeline.period() == Period.MONTHLY ? "GPUs" : "GPUs (mean over the year)"));

        StackedXYBarRenderer online = ChartParts.stackedBars();
        online.setMargin(0);
        ChartParts.paintByFigure(online, data.online(), Map.of(
                SeriesKey.GPUS_OWNED, ChartStyle.withAlpha(style.accent(), 0.3),
                SeriesKey.GPUS_RENTED, ChartStyle.withAlpha(style.warning(), 0.3)));
        ChartParts.add(plot, 0, data.online(), online, 0, time, "GPUs");

        XYBarRenderer unserved = ChartParts.flat(new XYBarRenderer(0));
        unserved.setUseYInterval(true);
        ChartParts.paint(unserved, ChartStyle.withAlpha(style.danger(), 0.45));
        ChartParts.add(plot, 1, data.unserved(), unserved, 0, time, "GPUs");
        unserved.setDefaultToolTipGenerator(new PointToolTips(time, "GPUs", true));

        PeriodStepRenderer lines = new PeriodStepRenderer();
        lines.setDefaultStroke(ChartParts.lineStroke());
        lines.setAutoPopulateSeriesStroke(false);
        ChartParts.paint(lines, style.foreground(), style.success());
        ChartParts.add(plot, 2, data.neededVsBusy(), lines, 0, time, "GPUs");

        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartParts.whyEmpty(plot, data.emptyReason());
        String footnote = data.emptyReason().isPresent() ? null
                : data.unserved().getSeriesCount() == 0 ? "All demand is served."
                : "Unserved demand can show while GPUs idle: free capacity may lack a workload's certifications "
                + "or be kept as planning headroom.";
        return ChartParts.chart(ChartKind.CAPACITY, plot, timeline, style, List.of(), footnote);
    }
}

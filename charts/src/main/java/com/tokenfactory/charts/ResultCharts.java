package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.result.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;

import java.util.EnumMap;
import java.util.Map;

/**
 * Entry point: the charts of a simulation result. Needs no JavaFX: build here, then show in
 * {@link com.tokenfactory.charts.fx.ResultChartViewer} or export with {@link com.tokenfactory.charts.export.ChartExporter}.
 * Charts are cheap to build (milliseconds): rebuild rather than restyle when the theme or the result changes. Every
 * series is keyed by a {@link SeriesName}, whose {@link SeriesKey} names the plan element it shows.
 */
public final class ResultCharts {
    static {
        // JFreeChart draws rotated text (vertical axis labels) as glyph outlines by default, a workaround for a JDK
        // bug long fixed; as outlines, SVG and PDF exports lose the axis labels as text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ResultCharts() {
    }

    public static JFreeChart create(ChartKind kind, SimulationResult result, Period period, ChartStyle style) {
        return create(kind, Timeline.of(result, period), style);
    }

    /** Every chart, in {@link ChartKind} order, over one timeline. */
    public static Map<ChartKind, JFreeChart> all(SimulationResult result, Period period, ChartStyle style) {
        Timeline timeline = Timeline.of(result, period);
        Map<ChartKind, JFreeChart> out = new EnumMap<>(ChartKind.class);
        for (ChartKind kind : ChartKind.values()) {
            out.put(kind, create(kind, timeline, style));
        }
        return out;
    }

    /**
     * Every chart, as {@link #all}, with the tooltip of every point written already: for charts built off the FX
     * thread and then shown, whose first draw would otherwise write them all on the FX thread.
     */
    public static Map<ChartKind, JFreeChart> forScreen(SimulationResult result, Period period, ChartStyle style) {
        return forScreen(all(result, period, style));
    }

    /** Charts made (and perhaps overlaid) on a worker, with every point's tooltip written ahead for the screen. */
    public static Map<ChartKind, JFreeChart> forScreen(Map<ChartKind, JFreeChart> charts) {
        charts.values().forEach(PointToolTips::writeAhead);
        return charts;
    }

    private static JFreeChart create(ChartKind kind, Timeline timeline, ChartStyle style) {
        return switch (kind) {
            case CAPEX -> CapexChart.create(timeline, style);
            case ELECTRICITY -> ElectricityChart.create(timeline, style);
            case YIELD -> YieldChart.create(timeline, style);
            case CAPACITY -> CapacityChart.create(timeline, style);
            case UNIT_ECONOMICS -> UnitEconomicsChart.create(timeline, style);
            case CASH_FLOW -> CashFlowChart.create(timeline, style);
        };
    }
}

package com.tokenfactory.charts;

import com.tokenfactory.charts.data.CapacityData;
import com.tokenfactory.charts.data.CapexData;
import com.tokenfactory.charts.data.CashFlowData;
import com.tokenfactory.charts.data.ElectricityData;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.data.UnitEconomicsData;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.result.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.util.Map;

/**
 * Other scenarios' lines over a result chart: for each scenario, the chart's key figure as a dashed line against the
 * axis that figure is read on — cumulative CapEx, electricity cost, revenue, GPUs needed, cost per million tokens,
 * cumulative cash flow. The base chart stays as drawn; the lines are named "Scenario name: figure".
 */
public final class ScenarioOverlay {
    private ScenarioOverlay() {
    }

    /** The figure a chart compares scenarios by, as its legend names it. */
    public static String figure(ChartKind kind) {
        return switch (kind) {
            case CAPEX -> "cumulative CapEx and commitments";
            case ELECTRICITY -> "electricity cost";
            case YIELD -> "revenue";
            case CAPACITY -> "GPUs needed";
            case UNIT_ECONOMICS -> "cost per million tokens";
            case CASH_FLOW -> "cumulative cash flow";
        };
    }

    /**
     * Adds a dashed line per scenario to {@code chart} (built by {@link ResultCharts} for {@code kind} and
     * {@code period}). {@code scenarios} maps each line's name to its result, a run of the same plan under another
     * scenario (scenarios keep the plan's start and horizon, so the points line up).
     *
     * @return how many lines were drawn (a scenario whose figure is empty, e.g. no CapEx at all, draws none)
     */
    public static int add(JFreeChart chart, ChartKind kind, Period period, Map<String, SimulationResult> scenarios,
                          ChartStyle style) {
        XYPlot plot = target(chart.getPlot());
        int axis = kind == ChartKind.CAPEX || kind == ChartKind.ELECTRICITY ? 1 : 0;
        XYSeriesCollection lines = new XYSeriesCollection();
        for (Map.Entry<String, SimulationResult> e : scenarios.entrySet()) {
            Timeline t = Timeline.of(e.getValue(), period);
            XYDataset d = dataset(kind, t);
            if (d == null || d.getSeriesCount() == 0) {
                continue;
            }
            XYSeries s = new XYSeries(e.getKey() + ": " + figure(kind), false, true);
            for (int i = 0; i < d.getItemCount(0); i++) {
                s.add(d.getXValue(0, i), d.getYValue(0, i));
            }
            lines.addSeries(s);
        }
        if (lines.getSeriesCount() == 0) {
            return 0;
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            r.setSeriesPaint(i, style.series(i + 3));
            r.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[]{7, 4}, 0));
        }
        int index = plot.getDatasetCount();
        plot.setRenderer(index, r);
        plot.mapDatasetToRangeAxis(index, axis);
        plot.setDataset(index, lines);
        LegendItemCollection fixed = plot.getFixedLegendItems();
        if (fixed != null) {
            // a chart that lists its own legend (the cash flow's signed bars) would leave the scenarios out
            LegendItemCollection more = new LegendItemCollection();
            more.addAll(fixed);
            for (int i = 0; i < lines.getSeriesCount(); i++) {
                more.add(r.getLegendItem(index, i));
            }
            plot.setFixedLegendItems(more);
        }
        return lines.getSeriesCount();
    }

    private static XYPlot target(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots().get(0);
        }
        return (XYPlot) plot;
    }

    private static XYDataset dataset(ChartKind kind, Timeline t) {
        return switch (kind) {
            case CAPEX -> CapexData.of(t).cumulative();
            case ELECTRICITY -> ElectricityData.of(t).cost();
            case YIELD -> revenue(t);
            case CAPACITY -> CapacityData.of(t).neededVsBusy();
            case UNIT_ECONOMICS -> UnitEconomicsData.of(t).costPerMillionTokens().dataset();
            case CASH_FLOW -> CashFlowData.of(t).cumulative();
        };
    }

    private static XYDataset revenue(Timeline t) {
        XYSeries s = new XYSeries("revenue", false, true);
        for (int i = 0; i < t.size(); i++) {
            s.add(i, t.summary(i).revenue());
        }
        return new XYSeriesCollection(s);
    }
}

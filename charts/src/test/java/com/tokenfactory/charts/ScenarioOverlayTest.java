package com.tokenfactory.charts;

import com.tokenfactory.charts.data.CashFlowData;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.ReferencePlan;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Other runs' key figures drawn over each result chart, point for point, named in its legend. */
class ScenarioOverlayTest {
    private static final SimulationResult HALF_DEMAND = Engine.simulate(ReferencePlan.plan(1.5e10)
            .withTimeline(ReferencePlan.START, 60));
    private static final SimulationResult DOUBLE_DEMAND = Engine.simulate(ReferencePlan.plan(6e10)
            .withTimeline(ReferencePlan.START, 60));

    private static Map<String, SimulationResult> others() {
        Map<String, SimulationResult> m = new LinkedHashMap<>();
        m.put("Half demand", HALF_DEMAND);
        m.put("Double demand", DOUBLE_DEMAND);
        return m;
    }

    @Test
    void everyChartGetsALinePerScenarioOnItsKeyFiguresAxis() {
        for (Period period : Period.values()) {
            for (ChartKind kind : ChartKind.values()) {
                JFreeChart chart = ResultCharts.create(kind, Results.PAYBACK, period, ChartStyle.LIGHT);
                XYPlot plot = chart.getPlot() instanceof CombinedDomainXYPlot c ? c.getSubplots().get(0)
                        : chart.getXYPlot();
                int before = plot.getDatasetCount();
                assertEquals(2, ScenarioOverlay.add(chart, kind, period, others(), ChartStyle.LIGHT), kind + " " + period);
                XYDataset lines = plot.getDataset(before);
                assertEquals(2, lines.getSeriesCount());
                assertEquals("Half demand: " + ScenarioOverlay.figure(kind), lines.getSeriesKey(0));
                assertEquals(Timeline.of(HALF_DEMAND, period).size(), lines.getItemCount(0), "a point per period");
                assertTrue(plot.getRangeAxisForDataset(before) != null);
                List<String> legend = new ArrayList<>();
                var items = chart.getPlot().getLegendItems();
                for (int k = 0; k < items.getItemCount(); k++) {
                    legend.add(items.get(k).getLabel());
                }
                if (chart.getLegend() != null) {
                    assertTrue(legend.contains("Double demand: " + ScenarioOverlay.figure(kind)), kind + ": " + legend);
                }
            }
        }
    }

    @Test
    void theCashFlowLineIsTheScenariosOwnCumulativeCashFlow() {
        JFreeChart chart = ResultCharts.create(ChartKind.CASH_FLOW, Results.PAYBACK, Period.MONTHLY, ChartStyle.DARK);
        int before = chart.getXYPlot().getDatasetCount();
        ScenarioOverlay.add(chart, ChartKind.CASH_FLOW, Period.MONTHLY, others(), ChartStyle.DARK);
        XYDataset drawn = chart.getXYPlot().getDataset(before);
        XYDataset own = CashFlowData.of(Timeline.of(DOUBLE_DEMAND, Period.MONTHLY)).cumulative();
        for (int i = 0; i < own.getItemCount(0); i++) {
            assertEquals(own.getXValue(0, i), drawn.getXValue(1, i));
            assertEquals(own.getYValue(0, i), drawn.getYValue(1, i));
        }
        assertTrue(drawn.getYValue(1, own.getItemCount(0) - 1) != drawn.getYValue(0, own.getItemCount(0) - 1),
                "the two scenarios end apart");
    }
}

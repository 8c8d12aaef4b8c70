package com.tokenfactory.charts;

import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;
import com.tokenfactory.core.testing.ReferencePlan;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.core.uncertainty.Tornado;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UncertaintyChartsTest {
    private static final Plan PLAN = ReferencePlan.plan(2e9).withTimeline(ReferencePlan.START, 24)
            .withUncertainty(new Uncertainty(List.of(
                    new UncertainInput("demand", "Demand level", Lever.DEMAND_LEVEL, null,
                            new Distribution.LogNormal(1, 0.4, null, null), "test"),
                    new UncertainInput("gpu", "GPU price", Lever.GPU_PRICE, null,
                            new Distribution.Triangular(0.8, 1, 1.3), "test")), List.of(), null));
    private static final MonteCarloResult RESULT = MonteCarlo.run(PLAN, null, new MonteCarlo.Settings(200, 9, 2, 0.05));

    @Test
    void theFanDrawsThePercentilesItWasGiven() {
        JFreeChart chart = UncertaintyCharts.fan(RESULT, Metric.REVENUE, ChartStyle.LIGHT);
        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection outer = (YIntervalSeriesCollection) plot.getDataset(3);
        YIntervalSeriesCollection inner = (YIntervalSeriesCollection) plot.getDataset(2);
        MonteCarloResult.Fan f = RESULT.fan(Metric.REVENUE);
        for (int m = 0; m < f.months(); m++) {
            assertEquals(f.p10()[m], outer.getStartYValue(0, m));
            assertEquals(f.p90()[m], outer.getEndYValue(0, m));
            assertEquals(f.p25()[m], inner.getStartYValue(0, m));
            assertEquals(f.p75()[m], inner.getEndYValue(0, m));
            assertEquals(f.deterministic()[m], plot.getDataset(0).getYValue(0, m));
        }
        assertEquals(2026.0, plot.getDataset(0).getXValue(0, 0));
        assertTrue(ChartExporter.png(chart, ChartSize.DEFAULT).length > 1000);
    }

    @Test
    void theHistogramCountsEveryTrialAndItsCdfReachesTheAxisEnd() {
        JFreeChart chart = UncertaintyCharts.histogram(RESULT, Kpi.NPV, ChartStyle.DARK);
        XYPlot plot = chart.getXYPlot();
        double total = 0;
        for (int i = 0; i < plot.getDataset(0).getItemCount(0); i++) {
            total += plot.getDataset(0).getYValue(0, i);
        }
        assertEquals(1.0, total, 1e-9, "the outermost bars count the trials beyond the axis");
        int last = plot.getDataset(1).getItemCount(0) - 1;
        MonteCarloResult.Spread npv = RESULT.kpi(Kpi.NPV);
        double end = npv.percentile(1 - UncertaintyCharts.TAIL);
        assertEquals(end, plot.getDataset(1).getXValue(0, last));
        long atOrBelow = java.util.Arrays.stream(npv.sorted()).filter(v -> v <= end).count();
        assertEquals((double) atOrBelow / npv.count(), plot.getDataset(1).getYValue(0, last), 1e-12);
        assertTrue(plot.getDataset(1).getYValue(0, last) >= 1 - UncertaintyCharts.TAIL - 1.0 / RESULT.trialsRun());
        assertTrue(ChartExporter.svg(chart, ChartSize.DEFAULT).contains("<svg"));
        // the probability of loss reads as `simulate`, the report and the app print it (69.85% is 69.8% everywhere)
        String footnote = ((List<?>) chart.getSubtitles()).stream().filter(t -> t instanceof TextTitle)
                .map(t -> ((TextTitle) t).getText()).filter(t -> t.startsWith("Probability of loss")).findFirst()
                .orElseThrow();
        assertTrue(footnote.startsWith("Probability of loss (NPV < 0): " + Numbers.percent(RESULT.probabilityOfLoss())
                + " · "), footnote);
    }

    @Test
    void shareFansReadInPercentAndTheRangesDrawEveryChart() {
        JFreeChart utilization = UncertaintyCharts.fan(RESULT, Metric.UTILIZATION, ChartStyle.LIGHT);
        var axis = (org.jfree.chart.axis.NumberAxis) utilization.getXYPlot().getRangeAxis();
        assertEquals("Utilization (busy ÷ available GPU-hours) (%)", axis.getLabel());
        assertEquals("50%", axis.getNumberFormatOverride().format(0.5));
        var ranges = com.tokenfactory.charts.Ranges.of(PLAN, null, new MonteCarlo.Settings(100, 3, 1, 0.05))
                .orElseThrow();
        var charts = ranges.charts(ChartStyle.LIGHT);
        assertEquals(Metric.values().length + 2, charts.size(), charts.keySet().toString());
        assertTrue(charts.containsKey("fan-cash") && charts.containsKey("npv-histogram")
                && charts.containsKey("npv-tornado"), charts.keySet().toString());
        var cash = (YIntervalSeriesCollection) charts.get("fan-cash").getXYPlot().getDataset(3);
        assertEquals(24, cash.getItemCount(0), "the fan drew every month");
    }

    @Test
    void tornadoBarsRunFromThePlanToEachEnd() {
        Tornado.Result t = Tornado.of(PLAN, null, Kpi.NPV);
        JFreeChart chart = UncertaintyCharts.tornado(t, PLAN.name(), "USD", ChartStyle.LIGHT);
        CategoryPlot plot = chart.getCategoryPlot();
        var data = (org.jfree.data.category.IntervalCategoryDataset) plot.getDataset();
        for (int i = 0; i < t.bars().size(); i++) {
            assertEquals(t.base(), data.getStartValue(0, i).doubleValue());
            assertEquals(t.bars().get(i).kpiAtLow(), data.getEndValue(0, i).doubleValue());
            assertEquals(t.bars().get(i).kpiAtHigh(), data.getEndValue(1, i).doubleValue());
        }
        var axis = plot.getRangeAxis();
        for (Tornado.Bar b : t.bars()) {
            assertTrue(axis.getRange().contains(b.kpiAtLow()) && axis.getRange().contains(b.kpiAtHigh()),
                    "both ends of " + b.name() + " are on the axis");
        }
        assertTrue(ChartExporter.png(chart, ChartSize.DEFAULT).length > 1000);
    }
}

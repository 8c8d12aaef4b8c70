package com.tokenfactory.app.gui.results;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.SeriesQuestions;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.trace.Explainer;
import com.tokenfactory.core.trace.Explanation;
import com.tokenfactory.samples.ExplanationChecks;
import com.tokenfactory.samples.SampleCases;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 13's check from the charts' side: every series every dashboard chart draws — per site, per SKU, per partner
 * cloud, per workload, the "others" sums, the GPU counts, the ratios, the running totals — at every month (and plan
 * year) of every sample and scenario is asked of the Explainer as a Shift-click on it asks; the tree's figure, scaled as
 * the chart draws it, is the plotted value to 1e-9 relative, each node re-evaluates from its inputs, every blank says
 * why and every leaf has a place and a source.
 */
class ChartSeriesExplanationsTest {

    @TestFactory
    Stream<DynamicTest> everyPointOfEveryChartSeriesIsExplained() {
        return SampleCases.eachSampleAndScenario(ChartSeriesExplanationsTest::walk);
    }

    private static void walk(Plan plan, SimulationResult result) {
        Explainer explainer = new Explainer(plan, result);
        int series = 0;
        for (Period period : Period.values()) {
            for (var chart : ResultCharts.all(result, period, ChartStyle.LIGHT).entrySet()) {
                series += walk(explainer, result, chart.getKey(), chart.getValue(), period);
            }
        }
        assertTrue(series > 10, "only " + series + " series drawn");
    }

    private static int walk(Explainer explainer, SimulationResult result, ChartKind kind, JFreeChart chart,
                            Period period) {
        Set<com.tokenfactory.charts.data.SeriesKey> onChart = SeriesQuestions.keys(chart);
        int count = 0;
        for (XYDataset data : SeriesQuestions.datasets(chart)) {
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (!(data.getSeriesKey(s) instanceof SeriesName name)) {
                    fail(kind + ": a series without a SeriesName, which no click can trace: " + data.getSeriesKey(s));
                    return count;
                }
                assertTrue(SeriesQuestions.figure(name.key(), onChart, result).isPresent(),
                        kind + " / " + name.label() + ": no question answers this series");
                count++;
                for (int i = 0; i < data.getItemCount(s); i++) {
                    int point = (int) data.getXValue(s, i);
                    String question = SeriesQuestions.question(kind, name.key(), onChart, period, point, result);
                    Explanation e = explainer.explain(question);
                    String what = kind + " / " + name.label() + " / " + question;
                    ExplanationChecks.assertClose(data.getYValue(s, i), e.value() * SeriesQuestions.scale(name.key()), what);
                    ExplanationChecks.verifyTree(e, what);
                }
            }
        }
        return count;
    }
}

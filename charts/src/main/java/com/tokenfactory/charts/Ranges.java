package com.tokenfactory.charts;

import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.core.uncertainty.Tornado;
import org.jfree.chart.JFreeChart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's ranges as the {@code chart} command, the PDF report and presentation mode show them: the Monte Carlo over
 * its uncertain inputs and the one-at-a-time NPV tornado, drawn by {@link UncertaintyCharts}.
 *
 * @param monteCarlo the trials
 * @param tornado    the NPV tornado; no bars when the plan has demand regimes but no uncertain input
 */
public record Ranges(MonteCarloResult monteCarlo, Tornado.Result tornado) {
    /** The series a reader looks at first, in the order the report and the slides show them. */
    public static final List<Metric> KEY_SERIES = List.of(Metric.CASH, Metric.REVENUE, Metric.MARGIN, Metric.CAPEX);

    public Ranges {
        Objects.requireNonNull(monteCarlo, "monteCarlo");
        Objects.requireNonNull(tornado, "tornado");
    }

    /**
     * The ranges of {@code plan} under {@code scenario} (null for the base plan) with {@code settings}; empty when the
     * plan has no uncertain input and no demand regimes (every trial would be the plan itself).
     */
    public static Optional<Ranges> of(Plan plan, Scenario scenario, MonteCarlo.Settings settings) {
        if (plan.uncertainty().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ranges(MonteCarlo.run(plan, scenario, settings), Tornado.of(plan, scenario, Kpi.NPV)));
    }

    /**
     * The same with the command line's defaults ({@value MonteCarlo#DEFAULT_TRIALS} trials, seed 1, every core), so
     * a report or a slide shows the figures {@code tokenfactory simulate} prints.
     */
    public static Optional<Ranges> of(Plan plan, Scenario scenario) {
        return of(plan, scenario, new MonteCarlo.Settings(MonteCarlo.DEFAULT_TRIALS, 1,
                Runtime.getRuntime().availableProcessors(), 0.05));
    }

    /**
     * Every range chart by the stem of its file name: "fan-cash", "fan-revenue", … (one per {@link Metric}),
     * "npv-histogram" and, when an input moves NPV, "npv-tornado".
     */
    public Map<String, JFreeChart> charts(ChartStyle style) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            charts.put("fan-" + m.id(), UncertaintyCharts.fan(monteCarlo, m, style));
        }
        charts.put("npv-histogram", UncertaintyCharts.histogram(monteCarlo, Kpi.NPV, style));
        if (!tornado.bars().isEmpty()) {
            charts.put("npv-tornado", UncertaintyCharts.tornado(tornado, monteCarlo.planName(), monteCarlo.currency(),
                    style));
        }
        return charts;
    }
}

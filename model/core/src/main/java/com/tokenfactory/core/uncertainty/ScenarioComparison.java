package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Scenarios side by side: the plan under each (the base as "base"), the headline KPIs and the yearly figures as
 * columns, each with its change against the first column.
 */
public final class ScenarioComparison {
    /** The id that names the plan without a scenario. */
    public static final String BASE = "base";

    /** One column: a scenario (or the base) and its result. */
    public record Column(String id, String name, SimulationResult result) {
    }

    /** A figure across the columns, and each column's change against the first (the first's is 0). */
    public record Row(String label, String unit, double[] values, double[] deltas) {
    }

    /** A yearly figure: one row per plan year. */
    public record YearlyFigure(String label, String unit, List<String> years, List<Row> rows) {
    }

    public static final List<Kpi> KPIS = List.of(Kpi.NPV, Kpi.IRR, Kpi.PAYBACK, Kpi.PEAK_POWER, Kpi.REVENUE,
            Kpi.UNSERVED);

    private final List<Column> columns;

    private ScenarioComparison(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Runs the plan under each id in order; "base" is the plan itself. Unknown ids are refused naming the known. */
    public static ScenarioComparison of(Plan plan, List<String> ids) {
        return of(plan, ids, null);
    }

    /**
     * The same, with {@code baseRun} — the plan's own result (no scenario), which the caller has already run, or null
     * — as the base column's instead of running the engine for it again.
     */
    public static ScenarioComparison of(Plan plan, List<String> ids, SimulationResult baseRun) {
        if (baseRun != null && baseRun.scenarioId() != null) {
            throw new IllegalArgumentException("the base column takes the plan's own result; this one is of the "
                    + "scenario '" + baseRun.scenarioId() + "'");
        }
        if (ids.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two scenarios (the base counts as '" + BASE
                    + "'), got " + ids);
        }
        List<Column> columns = new ArrayList<>();
        for (String id : ids) {
            if (id.equals(BASE)) {
                columns.add(new Column(BASE, "Base plan", baseRun != null ? baseRun : Engine.simulate(plan)));
            } else {
                Scenario s = plan.scenarios().stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("the plan has no scenario '" + id
                                + "' (it has " + BASE + ", " + plan.scenarios().stream().map(Scenario::id).toList() + ")"));
                columns.add(new Column(id, s.name(), Engine.simulate(plan, s)));
            }
        }
        return new ScenarioComparison(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> kpis() {
        List<Row> rows = new ArrayList<>();
        for (Kpi k : KPIS) {
            rows.add(row(k.label(), k.unit(), c -> k.of(c.result())));
        }
        rows.add(row("CapEx over the horizon", "USD", c -> c.result().kpis().horizon().capex()));
        return rows;
    }

    /** Revenue, CapEx, margin and cash flow by plan year. */
    public List<YearlyFigure> yearly() {
        List<YearlyFigure> out = new ArrayList<>();
        out.add(yearly("Revenue", PeriodSummary::revenue));
        out.add(yearly("CapEx", PeriodSummary::capex));
        out.add(yearly("Margin", PeriodSummary::margin));
        out.add(yearly("Cash flow", PeriodSummary::cashFlow));
        return out;
    }

    private YearlyFigure yearly(String label, ToDoubleFunction<PeriodSummary> figure) {
        List<PeriodSummary> first = columns.get(0).result().years();
        List<String> years = first.stream().map(PeriodSummary::label).toList();
        List<Row> rows = new ArrayList<>();
        for (int y = 0; y < first.size(); y++) {
            int year = y;
            rows.add(row(years.get(y), "USD", c -> year < c.result().years().size()
                    ? figure.applyAsDouble(c.result().years().get(year)) : Double.NaN));
        }
        return new YearlyFigure(label, "USD", years, rows);
    }

    private Row row(String label, String unit, ToDoubleFunction<Column> value) {
        double[] values = new double[columns.size()];
        double[] deltas = new double[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsDouble(columns.get(i));
            deltas[i] = values[i] - values[0];
        }
        return new Row(label, unit, values, deltas);
    }
}

package com.tokenfactory.core.trace;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Explains any figure of a result from the plan that produced it: the KPIs, every cell of the yearly and horizon
 * summaries, a month of every chart series — plan-wide, per site, per SKU, per partner cloud, per service and per
 * training run — as a tree. Built on request from the result's series and the plan (formulas of
 * {@link PeriodSummary}, {@code TotalsAccumulator.derive}, {@code Finance}, the site's electricity price, the service's
 * prices, the catalog's GPU prices), never from the engine's internals, so normal runs pay nothing. The engine's own
 * intermediate series (tokens served, energy, opex…) are leaves of kind {@link Provenance#DERIVED} whose source names
 * the plan fields and assumptions they come from; those computed by the serving model carry its parameters beside
 * them, calibrated or measured where the plan holds a calibration.
 *
 * <p>The parts: {@link Questions} reads a question in words, {@link KpiTrees} the headline figures,
 * {@link CellTrees} the summary cells, {@link MonthlyTrees} one month of the plan-wide series, {@link ServiceTrees}
 * and {@link ElementSeries} the per-element series, {@link Leaves} the leaves they share.
 */
public final class Explainer {
    /** Marks in a derived leaf's source that it rests on the serving model's efficiencies (see {@link Badge}). */
    static final String EFFICIENCIES_FROM = "efficiencies from ";

    /** The KPIs that can be asked for, by name. */
    public static final List<String> KPIS = List.of("npv", "npv excluding terminal value", "npv pre-tax",
            "terminal value", "irr", "payback");

    /** Figures of a plan year, a month or the horizon (also asked for as KPIs without a year: the horizon's). */
    public static final List<String> CELLS = List.of("capex", "capex facility", "capex it", "electricity mwh",
            "electricity", "opex", "rental", "depreciation", "revenue", "total cost", "margin", "margin share",
            "cash flow", "free cash flow", "tokens demanded", "tokens served", "tokens unserved", "unserved share",
            "utilization owned", "utilization rented", "utilization", "$/mtok", "$/mtok idle", "$/mtok capital",
            "$/mtok served pools", "tokens per joule", "tokens per watt per dollar", "property tax insurance",
            "capital charge", "income tax", "idle cost");

    /** The chart figures of one month most asked for (every one of {@link #CELLS} may be asked for a month too). */
    public static final List<String> MONTHLY = List.of("capex", "electricity", "revenue", "cash flow",
            "free cash flow", "income tax", "opex", "rental", "tokens served", "tokens demanded", "utilization",
            "$/mtok");

    /** Plan-wide chart series that are not summary cells: the capacity chart's GPU counts and the running totals. */
    public static final List<String> SERIES = List.of("gpus owned", "gpus rented", "gpus needed", "gpus busy",
            "gpus unserved", "cumulative spend", "cumulative free cash flow");

    /** Per-service figures, asked for as FIGURE SERVICE [YEAR]. */
    public static final List<String> PER_SERVICE = List.of("$/mtok", "revenue", "tokens served");

    /**
     * Per-element chart series, asked for as FIGURE ELEMENT [SPAN], ELEMENT an id or name, or several joined by "+"
     * for their sum: a site's facility energy and electricity, a SKU's IT capex, a partner cloud's fees, a service's
     * or training run's revenue (and the {@link #PER_SERVICE} figures).
     */
    public static final List<String> PER_ELEMENT = List.of("energy", "electricity", "capex it", "fees", "revenue",
            "$/mtok", "tokens served");

    final Leaves leaves;
    final MonthlyTrees monthly;
    final CellTrees cells;
    final KpiTrees kpis;
    final ServiceTrees services;
    final ElementSeries elements;

    /** @param plan the plan as simulated (with the scenario applied when the result is a scenario's) */
    public Explainer(Plan plan, SimulationResult result) {
        this.leaves = new Leaves(plan, result);
        this.monthly = new MonthlyTrees(leaves);
        this.cells = new CellTrees(leaves, monthly);
        this.kpis = new KpiTrees(leaves, monthly);
        this.services = new ServiceTrees(leaves, monthly);
        this.elements = new ElementSeries(leaves, monthly, cells);
    }

    /** What can be asked, on one line (errors are one line), for error messages and help. */
    public static String questionsHelp() {
        return Questions.help();
    }

    /**
     * Answers a question in words: "npv", "revenue 2029", "utilization 2030-04", "$/Mtok consumer-assistant 2028",
     * "margin Y2", "energy tx-campus 2030-04", "capex it h100-sxm+b200 2028", "gpus busy 2030-04".
     *
     * @throws IllegalArgumentException naming what was not understood and what can be asked
     */
    public Explanation explain(String question) {
        return new Questions(this).answer(question);
    }

    /** A headline figure by name (see {@link #KPIS}); the horizon's cells are KPIs too. */
    public Explanation kpi(String name) {
        String f = Questions.key(name);
        Explanation e = kpis.kpi(f);
        if (e == null) {
            e = cells.cell(f, leaves.horizon());
        }
        if (e == null) {
            throw new IllegalArgumentException("no KPI '" + name + "'; ask for one of: " + questionsHelp());
        }
        return e;
    }

    /** A month's figure (a chart point) by name: one of {@link #CELLS} or {@link #SERIES}. */
    public Explanation month(String name, int m) {
        String f = Questions.key(name);
        Span s = leaves.monthSpan(m);
        Explanation e = cells.cell(f, s);
        if (e == null) {
            e = series(f, s);
        }
        if (e == null) {
            throw new IllegalArgumentException("no monthly figure '" + name + "'; ask for one of: " + questionsHelp());
        }
        return e;
    }

    /** A plan-wide chart series of {@link #SERIES} by key over a span; null when the key names none. */
    Explanation series(String f, Span s) {
        return switch (f) {
            case "gpusowned" -> elements.gpusOwned(s);
            case "gpusrented" -> elements.gpusRented(s);
            case "gpusneeded" -> elements.gpusNeeded(s);
            case "gpusbusy" -> elements.gpusBusy(s);
            case "gpusunserved" -> elements.gpusUnserved(s);
            case "cumulativespend" -> elements.cumulativeSpend(s);
            case "cumulativefreecashflow" -> elements.cumulativeFreeCashFlow(s);
            default -> null;
        };
    }

    /** The value a summary cell shows, by name (see {@link #CELLS}). */
    public static double cellValue(PeriodSummary p, String name) {
        ToDoubleFunction<PeriodSummary> f = CellTrees.VALUES.get(Questions.key(name));
        if (f == null) {
            throw new IllegalArgumentException("no summary figure '" + name + "'");
        }
        return f.applyAsDouble(p);
    }

    /** A cell of plan year {@code year} (0-based). */
    public Explanation yearCell(String name, int year) {
        PeriodSummary p = leaves.result.years().get(year);
        return cell(name, new Span(p.fromMonth(), p.toMonth(), p.label()));
    }

    /** A cell of the horizon's summary. */
    public Explanation horizonCell(String name) {
        return cell(name, leaves.horizon());
    }

    Explanation cell(String name, Span s) {
        Explanation e = cells.cell(Questions.key(name), s);
        if (e == null) {
            throw new IllegalArgumentException("no summary figure '" + name + "'; ask for one of: " + questionsHelp());
        }
        return e;
    }
}

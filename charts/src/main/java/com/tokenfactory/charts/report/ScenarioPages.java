package com.tokenfactory.charts.report;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.ScenarioComparison;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios side by side (issue 12): the base plan and each of the plan's scenarios as columns, each figure with its
 * change against the base, then the cash flow by plan year. The same comparison as
 * {@code tokenfactory compare} and the deck's comparison slide ({@link ScenarioComparison}).
 */
final class ScenarioPages {
    static final String SECTION = "Scenarios side by side";

    private ScenarioPages() {
    }

    static void add(ReportDocument doc, Plan base, SimulationResult shown) throws IOException {
        if (base.scenarios().isEmpty()) {
            return;
        }
        ScenarioComparison c = comparison(base, shown);
        String currency = shown.currency();
        List<String> header = new ArrayList<>();
        header.add("Figure");
        c.columns().forEach(col -> header.add(col.name()));
        List<List<String>> rows = new ArrayList<>();
        List<ScenarioComparison.Row> kpis = c.kpis();
        for (int i = 0; i < kpis.size(); i++) {
            Kpi k = i < ScenarioComparison.KPIS.size() ? ScenarioComparison.KPIS.get(i) : Kpi.REVENUE;
            rows.add(cells(kpis.get(i).label(), kpis.get(i), k, currency));
        }
        for (ScenarioComparison.YearlyFigure f : c.yearly()) {
            if (!f.label().equals("Cash flow")) {
                continue;
            }
            for (ScenarioComparison.Row r : f.rows()) {
                rows.add(cells("Cash flow, " + r.label(), r, Kpi.REVENUE, currency));
            }
        }
        float[] widths = new float[header.size()];
        boolean[] numeric = new boolean[header.size()];
        widths[0] = 1.6f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
            numeric[i] = true;
        }
        ReportTable table = ReportTable.of(header, rows, widths, numeric, 8);
        for (int next = 0; next < table.rows().size(); ) {
            try (PageWriter page = doc.newPage(next == 0 ? SECTION : SECTION + " (continued)")) {
                if (next == 0) {
                    page.paragraph("The base plan and each scenario of the plan, every figure with its change against "
                            + "the base in brackets. NPV and IRR after tax, with terminal value; payback on the "
                            + "after-tax free cash flow. This report's other pages show "
                            + (shown.scenarioName() == null ? "the base plan" : "the scenario '"
                            + shown.scenarioName() + "'") + ".", doc.regular, 10, ReportDocument.TEXT, PageWriter.width());
                    page.skip(8);
                }
                next = page.table(table, next);
            }
        }
    }

    /**
     * The base and every scenario. A report of the plan itself was given the base plan's result: the base column is
     * that result, not a second engine run.
     */
    static ScenarioComparison comparison(Plan base, SimulationResult shown) {
        List<String> ids = new ArrayList<>();
        ids.add(ScenarioComparison.BASE);
        base.scenarios().stream().map(Scenario::id).forEach(ids::add);
        return ScenarioComparison.of(base, ids, shown.scenarioId() == null ? shown : null);
    }

    /** A figure's value under each column, the scenarios' with their change against the base: "−$50.9B (−$23.1B)". */
    private static List<String> cells(String label, ScenarioComparison.Row r, Kpi k, String currency) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (int i = 0; i < r.values().length; i++) {
            String value = k.format(r.values()[i], currency);
            cells.add(i == 0 ? value : value + " (" + k.formatChange(r.deltas()[i], currency) + ")");
        }
        return cells;
    }
}

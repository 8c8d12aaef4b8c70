package com.tokenfactory.app.gui.present.pptx;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The base plan and each of its scenarios side by side: the engine run once per scenario, the horizon's key figures
 * of each. The deck's scenario-comparison slide shows it as a table and a native bar chart of NPV.
 */
record ScenarioComparison(List<Row> rows) {
    ScenarioComparison {
        rows = List.copyOf(rows);
    }

    /** One run: "Base plan" or a scenario's name, and its result's figures. */
    record Row(String name, double npv, double capex, double revenue, double margin, double unservedShare,
               double usdPerMillionTokens) {
        static Row of(String name, SimulationResult r) {
            Kpis k = r.kpis();
            PeriodSummary h = k.horizon();
            return new Row(name, k.npv(), h.capex(), h.revenue(), h.margin(), h.unservedShare(),
                    h.usdPerMillionTokens());
        }
    }

    /** The base plan (its result given, already run) and every scenario of the plan, in the plan's order. */
    static ScenarioComparison of(Plan plan, SimulationResult base) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Base plan", base));
        for (Scenario s : plan.scenarios()) {
            rows.add(Row.of(s.name(), Engine.simulate(plan, s)));
        }
        return new ScenarioComparison(rows);
    }
}

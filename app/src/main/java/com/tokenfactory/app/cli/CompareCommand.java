package com.tokenfactory.app.cli;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.ScenarioComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Scenarios side by side, with each one's change against the first. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run PLAN under two or more scenarios ('base' is the plan itself) and print their KPIs and "
                + "yearly revenue, CapEx, margin and cash flow as columns, each with its change (Δ) against the first.",
                "Exit code 2 for an unreadable plan or an unknown scenario."})
final class CompareCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--scenarios", required = true, split = ",", paramLabel = "IDS",
            description = "scenario ids separated by commas, e.g. base,slow-demand,bubble")
    List<String> scenarios;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Plan p = planFile.read();
        ScenarioComparison c;
        try {
            c = ScenarioComparison.of(p, scenarios.stream().map(String::strip).toList());
        } catch (IllegalArgumentException e) {
            throw new CliException("--scenarios: " + e.getMessage(), 2);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(render(c, p));
        w.printf("%d scenarios in %s%n", c.columns().size(), UncertaintyArguments.seconds(System.nanoTime() - t0));
        w.flush();
        return 0;
    }

    static String render(ScenarioComparison c, Plan p) {
        StringBuilder b = new StringBuilder();
        String first = c.columns().get(0).id();
        b.append(p.name()).append(" — scenarios side by side, Δ against ").append(first).append(", money in ")
                .append(p.currency()).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(header("KPI", c));
        List<ScenarioComparison.Row> kpis = c.kpis();
        for (int i = 0; i < kpis.size(); i++) {
            Kpi k = i < ScenarioComparison.KPIS.size() ? ScenarioComparison.KPIS.get(i) : Kpi.REVENUE;
            rows.add(cells(kpis.get(i), v -> k.format(v, p.currency()), d -> k.formatChange(d, p.currency())));
        }
        b.append(TextTable.render(rows, 0));
        for (ScenarioComparison.YearlyFigure f : c.yearly()) {
            List<String[]> y = new ArrayList<>();
            y.add(header(f.label(), c));
            for (ScenarioComparison.Row r : f.rows()) {
                y.add(cells(r, v -> Numbers.money(v, p.currency()), d -> Kpi.REVENUE.formatChange(d, p.currency())));
            }
            b.append('\n').append(TextTable.render(y, 0));
        }
        b.append('\n');
        return b.toString();
    }

    private static String[] header(String first, ScenarioComparison c) {
        List<String> h = new ArrayList<>();
        h.add(first);
        for (int i = 0; i < c.columns().size(); i++) {
            h.add(c.columns().get(i).id());
            if (i > 0) {
                h.add("Δ");
            }
        }
        return h.toArray(String[]::new);
    }

    private static String[] cells(ScenarioComparison.Row r, java.util.function.DoubleFunction<String> value,
                                  java.util.function.DoubleFunction<String> delta) {
        List<String> cells = new ArrayList<>();
        cells.add(r.label());
        for (int i = 0; i < r.values().length; i++) {
            cells.add(value.apply(r.values()[i]));
            if (i > 0) {
                cells.add(delta.apply(r.deltas()[i]));
            }
        }
        return cells.toArray(String[]::new);
    }
}

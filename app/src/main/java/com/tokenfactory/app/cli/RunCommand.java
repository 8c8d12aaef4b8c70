package com.tokenfactory.app.cli;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.charts.Period;
import com.tokenfactory.charts.export.ResultExports;
import com.tokenfactory.io.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Simulates a plan and prints its yearly table. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate PLAN over its horizon and print the yearly table (CapEx, electricity, revenue, margin, "
                + "utilization, $/Mtok, unserved demand) and the headline KPIs.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PLAN", description = "a .tokenplan file")
    Path plan;

    @Option(names = "--scenario", paramLabel = "ID", description = "apply the plan's scenario with this id")
    String scenario;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the monthly table as CSV (units in the headers)")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "also write the monthly and yearly tables as an Excel workbook")
    Path xlsx;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the yearly summaries and KPIs as JSON")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ChartCommand.Simulated simulated = ChartCommand.Simulated.of(PlanArgument.read(plan), scenario);
        Plan p = simulated.plan();
        SimulationResult r = simulated.result();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s%s — %d months from %s, money in %s%n%n", r.planName(),
                r.scenarioName() == null ? "" : " [scenario: " + r.scenarioName() + "]", r.months(), r.start(), r.currency());
        out.print(YearlyTable.render(r));
        out.println();
        out.print(YearlyTable.kpiLines(r, p.assumptions().discountRate()));
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        if (errors + warnings > 0) {
            out.printf("%nPlan problems: %d errors, %d warnings (see 'tokenfactory validate %s')%n", errors, warnings, plan);
        }
        if (csv != null) {
            ResultExports.table(r, Period.MONTHLY, csv);
            out.println("Wrote " + csv);
        }
        if (xlsx != null) {
            ResultExports.workbook(r, xlsx);
            out.println("Wrote " + xlsx);
        }
        if (json != null) {
            ResultJson.write(r, json);
            out.println("Wrote " + json);
        }
        out.flush();
        return 0;
    }
}

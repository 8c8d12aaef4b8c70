package com.tokenfactory.app.cli;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.output.ResultExports;
import com.tokenfactory.io.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.tokenfactory.io.AtomicFile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Simulates a plan and prints its yearly table; exits {@value #PLAN_HAS_ERRORS} when the plan has errors. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate PLAN over its horizon and print the yearly table (CapEx, electricity, revenue, margin, "
                + "utilization, $/Mtok, unserved demand), the headline KPIs and, per service, input and output tokens "
                + "served, their prices and costs per million, and the capacity held for the daily peak. Exit code 0; "
                + RunCommand.PLAN_HAS_ERRORS + " when the plan has errors (the table and outputs are still written); "
                + "2 when the plan cannot be read or an option is wrong; 1 when an output cannot be written.")
final class RunCommand implements Callable<Integer> {
    /**
     * Exit code of a run whose plan has errors (an over-powered hall, a grid too small, a SKU used before it exists…).
     * Not 1, which {@code run} already gives an output that cannot be written: a script can tell "the answer is
     * written but rests on a plan with errors" from "nothing was written".
     */
    static final int PLAN_HAS_ERRORS = 3;

    @Mixin
    PlanArgument planFile;

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--terminal-value", paramLabel = "METHOD", description = "value the plan at the horizon's end by "
            + "NONE, BOOK_VALUE, ECONOMIC_VALUE or PERPETUITY instead of the plan's own choice")
    Assumptions.TerminalValue terminalValue;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the monthly table as CSV (units in the headers)")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "also write an auditable Excel workbook: monthly table, yearly and horizon roll-ups and KPIs as live formulas, assumptions, catalog and the plan's elements with their sources")
    Path xlsx;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the yearly summaries, KPIs, per-service "
            + "totals and per service × SKU throughput as JSON")
    Path json;

    @Option(names = "--throughput", description = "also print, per service × SKU, how the engine serves it: "
            + "TP×PP (EP), math precision, decode batch, what bound the batch, step time, time per output token, "
            + "time to first token, prefill GPU share when disaggregated, input and output tokens/s per GPU")
    boolean throughput;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // every output is checked before the simulation, so a misnamed one writes nothing and cannot hit the plan
        requireName("--csv", csv, ".csv", ".xlsx");
        requireName("--xlsx", xlsx, ".xlsx");
        requireName("--json", json, ".json");
        if (json != null && (json.equals(csv) || json.equals(xlsx))) {
            throw new ParameterException(spec.commandLine(), "--json names the same file as another output (" + json
                    + ")");
        }
        if (csv != null && xlsx != null && csv.toAbsolutePath().normalize().equals(xlsx.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), "--csv and --xlsx name the same file (" + csv
                    + "): the second would overwrite the first");
        }
        Plan read = planFile.read();
        if (terminalValue != null) {
            read = read.withAssumptions(read.assumptions().withTerminalValue(terminalValue));
        }
        ChartCommand.Simulated simulated = ChartCommand.Simulated.of(read, scenario.id(), planFile.path());
        Plan p = simulated.plan();
        SimulationResult r = simulated.result();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s%s — %d months from %s, money in %s%n%n", r.planName(),
                r.scenarioName() == null ? "" : " [scenario: " + r.scenarioName() + "]", r.months(), r.start(), r.currency());
        out.print(YearlyTable.render(r));
        out.println();
        out.print(YearlyTable.kpiLines(r, p.assumptions().discountRate()));
        if (!r.services().isEmpty()) {
            out.println();
            out.print(ServiceTable.render(p, r));
        }
        if (throughput) {
            out.printf("%nServing throughput at %s (before software gains; docs/engine.md, Throughput)%n", r.start());
            out.print(ThroughputTable.render(r));
        }
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        if (errors + warnings > 0) {
            out.printf("%nPlan problems: %d errors, %d warnings (see 'tokenfactory validate %s')%n", errors, warnings,
                    planFile.path());
        }
        // all or nothing: a failure (or a kill while writing) leaves every output as it was
        Map<Path, AtomicFile.FileWriter> outputs = new LinkedHashMap<>();
        if (csv != null) {
            outputs.put(csv, f -> ResultExports.table(r, Period.MONTHLY, f));
        }
        if (xlsx != null) {
            outputs.put(xlsx, f -> ResultExports.workbook(p, r, f));
        }
        if (json != null) {
            outputs.put(json, f -> ResultJson.write(p, r, f));
        }
        if (!outputs.isEmpty()) {
            ChartCommand.Output.replaceAll(outputs);
            outputs.keySet().forEach(f -> out.println("Wrote " + f));
        }
        out.flush();
        if (errors > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("tokenfactory: %s has %d errors (see 'tokenfactory validate %s'); the results above rest on "
                    + "them%n", planFile.path(), errors, planFile.path());
            err.flush();
            return PLAN_HAS_ERRORS;
        }
        return 0;
    }

    /** Exit code 2 for an output whose name has none of {@code extensions}, or that is the plan itself. */
    private void requireName(String option, Path file, String... extensions) {
        if (file == null) {
            return;
        }
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (Arrays.stream(extensions).noneMatch(lower::endsWith)) {
            throw new ParameterException(spec.commandLine(), option + " must name a " + String.join(" or ", extensions)
                    + " file (was " + file + ")");
        }
        if (ChartCommand.Output.sameExistingFile(file, planFile.path())) {
            throw new ParameterException(spec.commandLine(), option + " names the plan itself (" + file
                    + "): it would be overwritten");
        }
    }
}

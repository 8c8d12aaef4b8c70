package com.tokenfactory.app.cli;

import com.tokenfactory.charts.Ranges;
import com.tokenfactory.charts.report.PlanReport;
import com.tokenfactory.charts.report.ReportOptions;
import com.tokenfactory.core.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Writes the one-click PDF report of a plan. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write PLAN's PDF report: title and key assumptions, key figures, the six charts, the ranges "
                + "over its uncertain inputs when it has some (P10/P50/P90 of the KPIs over 2,000 Monte Carlo trials, "
                + "seed 1, the NPV histogram and probability of loss, fans of the key series, the NPV tornado), its "
                + "scenarios side by side when it has some, the results by plan year, the services, the plan's "
                + "problems and the serving throughput. Needs no display.",
                "Exit code 2 for an unreadable plan or a bad option, 1 when FILE cannot be written."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the report to write")
    Path out;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    ChartLookOptions look;

    @Mixin
    PrintDateOption date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path name = out.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new ParameterException(spec.commandLine(), "the report is a PDF: --out must name a .pdf file (was "
                    + out + ")");
        }
        if (ChartCommand.Output.sameExistingFile(out, planFile.path())) {
            throw new ParameterException(spec.commandLine(), "--out names the plan itself (" + out
                    + "): it would be overwritten by the report");
        }
        Plan base = planFile.read();
        ChartCommand.Simulated s = ChartCommand.Simulated.of(base, scenario.id(), planFile.path());
        Ranges ranges = Ranges.of(base, UncertaintyArguments.scenario(base, scenario.id())).orElse(null);
        // whole or not at all: a failure half-way keeps the previous report and leaves no partial PDF
        List<List<String>> pages = new ArrayList<>();
        ChartCommand.Output.replace(out, f -> {
            try (OutputStream o = Files.newOutputStream(f)) {
                pages.add(PlanReport.write(base, s.plan(), s.result(),
                        new ReportOptions(date.orToday(), look.period, look.style), ranges, o));
            }
        });
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote " + out + " (" + pages.get(0).size() + " pages)");
        w.flush();
        return 0;
    }
}

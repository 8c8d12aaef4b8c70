package com.tokenfactory.app.cli;

import com.tokenfactory.app.template.TemplateFiles;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.io.PlanTemplate;
import com.tokenfactory.io.TemplateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Makes a plan file from a filled-in spreadsheet template. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a spreadsheet template (an .xlsx workbook or a folder of CSV files, as 'tokenfactory template' "
                + "writes them: sheets Plan, Sites, Halls, GPU pods, Partner clouds, Inference services, Training runs) "
                + "and write it as a plan file. The plan is checked as a plan file is; nothing is written when a row is bad.",
                "Exit code 2 for a template with problems (one line per problem: sheet, row, column, what is wrong) "
                        + "or a bad option, 1 when FILE cannot be written."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEMPLATE", description = "an .xlsx workbook, or a folder of CSV files (or one of them)")
    Path template;

    @Option(names = "--out", required = true, paramLabel = "PLAN.tokenplan", description = "the plan file to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path name = out.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(PlanFile.EXTENSION)) {
            throw new ParameterException(spec.commandLine(), "--out must name a " + PlanFile.EXTENSION
                    + " file (was " + out + ")");
        }
        ChartCommand.Output.notOnto(out, template, "--out", "template");
        if (!Files.exists(template)) {
            throw new CliException("no such file: " + template, 2);
        }
        Plan plan;
        try {
            plan = PlanTemplate.plan(TemplateFiles.read(template), String.valueOf(template.getFileName()));
        } catch (TemplateException e) {
            throw new CliException(String.join("\ntokenfactory: ", e.problems()), 2);
        }
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            new PlanFile().write(plan, out);
        } catch (IOException e) {
            throw new CliException("cannot write " + out + ": " + com.tokenfactory.app.format.Reasons.of(e), 1);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote " + out + " (" + plan.sites().size() + " sites, " + plan.partners().size()
                + " partner clouds, " + plan.services().size() + " services, " + plan.trainingRuns().size()
                + " training runs)");
        w.flush();
        return 0;
    }
}

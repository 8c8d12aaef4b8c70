package com.tokenfactory.app.cli;

import com.tokenfactory.app.template.TemplateFiles;
import com.tokenfactory.io.PlanTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes a plan as the spreadsheet template, to edit in Excel and read back with 'tokenfactory import'. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write PLAN as the spreadsheet template: an .xlsx workbook when FILE ends in .xlsx, otherwise a "
                + "folder of CSV files. 'tokenfactory import' reads it back to the same plan.",
                "Exit code 2 for an unreadable plan or a bad option, 1 when FILE cannot be written."})
final class TemplateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PLAN", description = "a .tokenplan file")
    Path plan;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|DIR", description = "the workbook or folder to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var sheets = PlanTemplate.sheets(PlanArgument.read(plan));
        if (TemplateFiles.isWorkbook(out)) {
            ChartCommand.Output.replace(out, f -> TemplateFiles.write(sheets, f));
        } else {
            ChartCommand.Output.createDirectories(out);
            try {
                TemplateFiles.write(sheets, out);
            } catch (java.io.IOException e) {
                throw new CliException("cannot write " + out + ": " + com.tokenfactory.app.format.Reasons.of(e), 1);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote " + out + (Files.isDirectory(out) ? " (" + sheets.size() + " CSV files)" : " ("
                + sheets.size() + " sheets)"));
        w.flush();
        return 0;
    }
}

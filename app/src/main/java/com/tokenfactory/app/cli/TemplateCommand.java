package com.tokenfactory.app.cli;

import com.tokenfactory.app.template.TemplateFiles;
import com.tokenfactory.io.PlanTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.tokenfactory.io.AtomicFile;
import com.tokenfactory.io.TemplateSheet;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes a plan as the spreadsheet template, to edit in Excel and read back with 'tokenfactory import'. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write PLAN as the spreadsheet template: an .xlsx workbook when FILE ends in .xlsx, otherwise a "
                + "folder of CSV files. 'tokenfactory import' reads it back to the same plan.",
                "Exit code 2 for an unreadable plan or a bad option, 1 when FILE cannot be written."})
final class TemplateCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|DIR", description = "the workbook or folder to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ChartCommand.Output.notOnto(out, planFile.path(), "--out", "plan");
        var sheets = PlanTemplate.sheets(planFile.read());
        if (TemplateFiles.isWorkbook(out)) {
            ChartCommand.Output.replace(out, f -> TemplateFiles.write(sheets, f));
        } else {
            // every CSV file or none, so a failure half-way never leaves a folder that imports as a mix of two plans
            Map<Path, AtomicFile.FileWriter> files = new LinkedHashMap<>();
            for (TemplateSheet s : sheets) {
                Path csv = out.resolve(s.name() + ".csv");
                ChartCommand.Output.notOnto(csv, planFile.path(), "--out", "plan");
                files.put(csv, f -> Files.writeString(f, TemplateFiles.csv(s), StandardCharsets.UTF_8));
            }
            ChartCommand.Output.createDirectories(out);
            ChartCommand.Output.replaceAll(files);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote " + out + (Files.isDirectory(out) ? " (" + sheets.size() + " CSV files)" : " ("
                + sheets.size() + " sheets)"));
        w.flush();
        return 0;
    }
}

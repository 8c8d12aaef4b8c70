package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.io.AtomicFile;
import com.tokenfactory.app.gui.present.Deck;
import com.tokenfactory.app.gui.present.DeckBuilder;
import com.tokenfactory.app.gui.present.pptx.PptxDeck;
import com.tokenfactory.app.template.TemplateFiles;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.io.PlanTemplate;
import com.tokenfactory.io.TemplateException;
import com.tokenfactory.charts.Ranges;
import com.tokenfactory.charts.output.ResultExports;
import com.tokenfactory.charts.report.ReportOptions;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * File → Export: the result as an Excel workbook (monthly and yearly tables, units in the headers), the plan's PDF
 * report (both made by the charts module) and the PowerPoint presentation, written on the background thread.
 */
public final class ExportActions {
    /** Problems of a bad template listed in the message bar; the command line lists them all. */
    static final int MAX_PROBLEMS_SHOWN = 8;
    private static final System.Logger LOG = System.getLogger(ExportActions.class.getName());

    /** Something to export from: the plan and the result on screen. */
    private interface Writer {
        void write(Plan plan, SimulationResult result, Path file) throws IOException;
    }

    private final MainViewModel vm;
    private final Prompts prompts;
    private final Executor background;
    private final Executor fxThread;
    private final MessageBar messages;

    public ExportActions(MainViewModel vm, Prompts prompts, Executor background, Executor fxThread, MessageBar messages) {
        this.vm = vm;
        this.prompts = prompts;
        this.background = background;
        this.fxThread = fxThread;
        this.messages = messages;
    }

    public CompletableFuture<Boolean> exportWorkbook() {
        return export("Excel workbook", ".xlsx", (plan, result, file) -> ResultExports.workbook(plan, result, file));
    }

    /** The PDF report of the plan on screen, with its ranges pages when the plan has uncertain inputs. */
    public CompletableFuture<Boolean> exportReport(boolean dark) {
        Plan base = vm.document().getPlan();
        Scenario scenario = vm.activeScenario().orElse(null);
        return export("PDF report", ".pdf", (plan, result, file) -> ResultExports.report(base, plan, result,
                new ReportOptions(LocalDate.now(), ReportOptions.defaults().chartPeriod(),
                        dark ? ChartStyle.DARK : ChartStyle.LIGHT), Ranges.of(base, scenario).orElse(null), file));
    }

    /**
     * The presentation as a PowerPoint file: the slides of presentation mode under the scenario on screen, native
     * charts, and the scenario comparison when the plan has scenarios ({@link PptxDeck}).
     */
    public CompletableFuture<Boolean> exportPresentation() {
        Plan base = vm.document().getPlan();
        String scenarioId = vm.activeScenario().map(Scenario::id).orElse(null);
        return export("PowerPoint presentation", ".pptx", (plan, result, file) -> {
            Deck deck = DeckBuilder.build(base, scenarioId, LocalDate.now(), ChartStyle.LIGHT);
            try (OutputStream out = Files.newOutputStream(file)) {
                PptxDeck.write(base, deck, out);
            }
        });
    }

    /**
     * File → Export Template: the open plan (the base plan, scenarios included) as the spreadsheet template, an Excel
     * workbook that File → Import from Spreadsheet and {@code tokenfactory import} read back to the same plan.
     */
    public CompletableFuture<Boolean> exportTemplate() {
        Plan base = vm.document().getPlan();
        return export("spreadsheet template", ".xlsx",
                (plan, result, file) -> TemplateFiles.write(PlanTemplate.sheets(base), file));
    }

    /**
     * File → Import from Spreadsheet…: a filled-in template (workbook or CSV folder) becomes the open plan, as one
     * edit that Undo takes back. A template with problems changes nothing; its problems are listed, each with its
     * sheet, row and column.
     */
    public CompletableFuture<Boolean> importFromSpreadsheet() {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Path folder = vm.document().getFile() != null && vm.document().getFile().toAbsolutePath().getParent() != null
                ? vm.document().getFile().toAbsolutePath().getParent() : Path.of(System.getProperty("user.home"));
        prompts.chooseTemplateToImport(folder).ifPresentOrElse(file -> {
            messages.notice("Reading " + file.getFileName() + "…");
            background.execute(() -> {
                try {
                    Plan imported = PlanTemplate.plan(TemplateFiles.read(file), String.valueOf(file.getFileName()));
                    fxThread.execute(() -> {
                        vm.document().apply(PlanEdit.of("Import from " + file.getFileName(), p -> imported));
                        messages.notice("Imported " + file.getFileName() + ": " + imported.sites().size() + " sites, "
                                + imported.partners().size() + " partner clouds, " + imported.services().size()
                                + " services, " + imported.trainingRuns().size() + " training runs (Undo takes it back).");
                        done.complete(true);
                    });
                } catch (TemplateException e) {
                    List<String> shown = e.problems().size() > MAX_PROBLEMS_SHOWN
                            ? e.problems().subList(0, MAX_PROBLEMS_SHOWN) : e.problems();
                    String more = e.problems().size() > shown.size()
                            ? "\n… and " + (e.problems().size() - shown.size()) + " more ('tokenfactory import' lists them all)" : "";
                    fxThread.execute(() -> {
                        messages.error("Nothing was imported from " + file.getFileName() + ":\n"
                                + String.join("\n", shown) + more);
                        done.complete(false);
                    });
                }
            });
        }, () -> done.complete(false));
        return done;
    }

    private CompletableFuture<Boolean> export(String kind, String extension, Writer writer) {
        SimulationResult result = vm.getResult();
        if (result == null) {
            messages.notice("The plan is still being computed; export again in a moment.");
            return CompletableFuture.completedFuture(false);
        }
        Plan plan = vm.activeScenario().map(s -> s.applyTo(vm.document().getPlan())).orElse(vm.document().getPlan());
        String name = FileActions.fileName(plan.name())
                + vm.activeScenario().map(s -> " - " + FileActions.fileName(s.name())).orElse("");
        Path folder = vm.document().getFile() != null && vm.document().getFile().toAbsolutePath().getParent() != null
                ? vm.document().getFile().toAbsolutePath().getParent() : Path.of(System.getProperty("user.home"));
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        prompts.chooseExportFile(folder, name + extension, kind, extension).ifPresentOrElse(
                file -> write(kind, writer, plan, result, file, done), () -> done.complete(false));
        return done;
    }

    private void write(String kind, Writer writer, Plan plan, SimulationResult result, Path file,
                       CompletableFuture<Boolean> done) {
        messages.notice("Writing the " + kind + " to " + file.getFileName() + "…");
        background.execute(() -> {
            try {
                AtomicFile.replace(file, f -> writer.write(plan, result, f));
                long kb = Math.max(1, Files.size(file) / 1024);
                fxThread.execute(() -> {
                    messages.notice("Exported the " + kind + " to " + file + " (" + kb + " KB).");
                    done.complete(true);
                });
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "exporting " + file + " failed", e);
                String why = Reasons.of(e);
                fxThread.execute(() -> {
                    messages.error("Could not export " + file.getFileName() + ": " + why);
                    done.complete(false);
                });
            }
        });
    }
}

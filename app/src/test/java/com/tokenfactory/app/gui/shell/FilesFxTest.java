package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.ExpectedLog;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening, the unsaved-changes question, samples and recent files, through the window. */
@ExtendWith(ApplicationExtension.class)
class FilesFxTest extends AppWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage, Samples.open(Samples.FUNGIBLE_FLEET), null);
    }

    @Test
    void aMalformedFileShowsItsMessageAndKeepsTheOpenPlan(FxRobot robot) throws Exception {
        Path bad = temp.resolve("broken.tokenplan");
        Files.writeString(bad, Samples.json(Samples.CAPACITY_CRUNCH).replace("\"gpus\": 25000", "\"gpus\": -25"));
        Plan before = plan();
        CompletableFuture<Boolean> opened = onFx(() -> window.fileActions().open(bad));
        assertFalse(opened.get(10, TimeUnit.SECONDS));
        await(() -> window.messages().message() != null);
        String message = robot.lookup("#message-text").queryAs(atlantafx.base.controls.Message.class).getDescription();
        assertTrue(message.startsWith("Could not open broken.tokenplan: $.sites[0].phases[0].deployments[0].gpus (line "),
                message);
        assertTrue(message.endsWith("must be between 1 and 10000000 (was -25)"), message);
        assertSame(before, plan(), "the open plan is untouched");
        assertTrue(robot.lookup("#message-bar").query().isVisible());
        assertTrue(window.messages().isError(), "an error, drawn in the theme's danger colours");

        robot.clickOn(robot.lookup("#message-bar .close-button").queryAs(javafx.scene.Node.class));
        await(() -> window.messages().message() == null);
        assertFalse(robot.lookup("#message-bar").query().isVisible(), "closed by its own close button");
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeTheyAreLost(FxRobot robot) {
        fx(() -> window.viewModel().document().apply(com.tokenfactory.app.gui.document.PlanEdit.of("Rename",
                p -> p.withName("Edited fleet"))));
        prompts.unsavedAnswer = Prompts.Choice.CANCEL;
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        assertEquals(java.util.List.of("unsaved:Edited fleet"), prompts.asked);
        assertEquals("Edited fleet", plan().name(), "cancel keeps the plan");

        onFx(() -> {
            window.requestClose();
            return null;
        });
        assertTrue(stage.isShowing(), "cancel keeps the window open");

        prompts.unsavedAnswer = Prompts.Choice.DISCARD;
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        await(() -> plan().name().equals("Untitled plan"));
        assertTrue(plan().sites().isEmpty());
    }

    @Test
    void samplesOpenFromTheFileMenuAndSavedFilesBecomeRecent(FxRobot robot) throws Exception {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu samples = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "Open Sample".equals(i.getText())).findFirst().orElseThrow();
        assertEquals(Samples.all().stream().map(Samples.Sample::title).toList(),
                samples.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList());
        fx(() -> samples.getItems().get(1).fire());
        await(() -> plan().name().equals(Samples.open(Samples.CAPACITY_CRUNCH).name()));

        Path file = temp.resolve("crunch copy.tokenplan");
        prompts.fileToSave = file;
        assertTrue(onFx(() -> window.fileActions().save()).get(10, TimeUnit.SECONDS), "save of a sample is save as");
        assertTrue(prompts.asked.contains("save:" + plan().name() + ".tokenplan"), prompts.asked.toString());
        assertEquals(java.util.List.of(file.toAbsolutePath().normalize()), preferences.recentFiles());
        assertTrue(window.scene().getWindow() instanceof Stage s && s.getTitle().contains("crunch copy.tokenplan"));
    }

    @Test
    void theResultExportsToExcelAndToAPdfReport() throws Exception {
        awaitResult();
        Path xlsx = temp.resolve("fleet.xlsx");
        prompts.fileToExport = xlsx;
        ExportActions exports = new ExportActions(window.viewModel(), prompts, Runnable::run, Runnable::run,
                window.messages());
        assertTrue(onFx(exports::exportWorkbook).get(30, TimeUnit.SECONDS));
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertTrue(zip.getEntry("xl/workbook.xml") != null, "an Excel workbook");
        }
        assertTrue(prompts.asked.contains("export:Fungible fleet.xlsx"), prompts.asked.toString());

        Path pdf = temp.resolve("fleet.pdf");
        prompts.fileToExport = pdf;
        assertTrue(onFx(() -> exports.exportReport(false)).get(60, TimeUnit.SECONDS));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(window.messages().message().startsWith("Exported the PDF report to "));

        Path pptx = temp.resolve("fleet.pptx");
        prompts.fileToExport = pptx;
        assertTrue(onFx(exports::exportPresentation).get(60, TimeUnit.SECONDS));
        try (var zip = new java.util.zip.ZipFile(pptx.toFile())) {
            assertTrue(zip.getEntry("ppt/presentation.xml") != null, "a PowerPoint file");
            assertTrue(zip.getEntry("ppt/charts/chart1.xml") != null, "with native charts");
        }
        assertTrue(window.messages().message().startsWith("Exported the PowerPoint presentation to "));

        // the template round trip: export, change the plan, import it back as one edit that Undo takes back
        Path template = temp.resolve("fleet template.xlsx");
        prompts.fileToExport = template;
        com.tokenfactory.core.plan.Plan original = window.viewModel().document().getPlan();
        assertTrue(onFx(exports::exportTemplate).get(60, TimeUnit.SECONDS));
        onFx(() -> {
            window.viewModel().document().open(com.tokenfactory.samples.Samples.open(
                    com.tokenfactory.samples.Samples.CAPACITY_CRUNCH), null);
            return null;
        });
        prompts.templateToImport = template;
        assertTrue(onFx(exports::importFromSpreadsheet).get(60, TimeUnit.SECONDS));
        assertEquals(original, window.viewModel().document().getPlan(), "the template imports to the same plan");
        assertTrue(window.messages().message().startsWith("Imported fleet template.xlsx: "), window.messages().message());
        onFx(() -> window.viewModel().document().undo());
        assertEquals(com.tokenfactory.samples.Samples.open(com.tokenfactory.samples.Samples.CAPACITY_CRUNCH).name(),
                window.viewModel().document().getPlan().name(), "one edit: Undo restores the plan before");
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("Plan.csv"), "field,value\r\nname,Broken\r\nhorizonMonths,lots\r\n");
        prompts.templateToImport = broken.resolve("Plan.csv");
        assertFalse(onFx(exports::importFromSpreadsheet).get(60, TimeUnit.SECONDS));
        assertTrue(window.messages().message().startsWith("Nothing was imported from Plan.csv:"),
                window.messages().message());

        Path taken = Files.createDirectory(temp.resolve("taken.pdf"));
        prompts.fileToExport = taken;
        try (ExpectedLog log = ExpectedLog.capture()) {
            assertFalse(onFx(() -> exports.exportReport(false)).get(60, TimeUnit.SECONDS));
            assertEquals(1, log.warnings(java.io.IOException.class), "logged with its cause, for a bug report");
        }
        assertEquals("Could not export taken.pdf: a folder of that name is in the way", window.messages().message());
        try (var left = Files.list(temp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".tmp")),
                    "no temporary file is left");
        }
    }
}

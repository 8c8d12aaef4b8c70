package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.benchmark.ProviderChoice;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.BenchmarkRunFile;
import javafx.application.Platform;
import com.tokenfactory.app.gui.common.Theme;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calibration screen as a user drives it, headless (Monocle): run, results, chart, save, load, apply. */
@ExtendWith(ApplicationExtension.class)
class CalibrationViewTest {
    private final AtomicReference<Plan> plan = new AtomicReference<>(Fixtures.fungibleFleet());
    private final List<Plan> applied = new CopyOnWriteArrayList<>();
    private final AtomicReference<Path> chosenFile = new AtomicReference<>();
    private final ExecutorService worker = Executors.newCachedThreadPool();
    private CalibrationViewModel model;
    private Stage stage;

    @TempDir
    Path dir;

    /**
     * Within Monocle's headless screen (1280 × 800): a larger stage overflows its frame buffer.
     */
    @Start
    void start(Stage stage) {
        model = new CalibrationViewModel(plan::get, p -> {
            applied.add(p);
            plan.set(p);
        }, (options, progress, cancel) -> Fixtures.cpuRun(), () -> Fixtures.LAPTOP, worker, Platform::runLater);
        MeasurementFileChooser chooser = new MeasurementFileChooser() {
            @Override
            public Optional<Path> chooseToOpen(Window owner) {
                return Optional.ofNullable(chosenFile.get());
            }

            @Override
            public Optional<Path> chooseToSave(Window owner, String suggestedName) {
                return Optional.ofNullable(chosenFile.get()).map(d -> d.resolve(suggestedName));
            }
        };
        Scene scene = new Scene(new CalibrationView(model, chooser), 1200, 760);
        Theme.LIGHT.apply(scene); // as the main window sets it for every window of the app
        stage.setScene(scene);
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void stop() throws InterruptedException {
        Fx.run(() -> {
            stage.close();
            Application.setUserAgentStylesheet(null);
        });
        Fx.run(model::close);
        worker.shutdown();
        assertTrue(worker.awaitTermination(30, TimeUnit.SECONDS));
    }

    @Test
    void runShowsTheResultsTheRooflineAndAppliesToThePlan(FxRobot robot) {
        Fx.waitUntil("the machine is shown", () -> label(robot, "#machine").equals(Fixtures.LAPTOP.summary()));
        assertTrue(robot.lookup("#cancel").queryButton().isDisabled(), "nothing to cancel yet");
        assertTrue(button(robot, "#apply").isDisabled());
        assertEquals(0, chartSeries(robot), "an empty chart before any measurement");

        robot.clickOn("#run");
        Fx.waitUntil("the costs are worked out", () -> !button(robot, "#apply").isDisabled());
        assertEquals(8, robot.lookup("#measurements").queryAs(TableView.class).getItems().size());
        assertEquals(3, robot.lookup("#serviceCosts").queryAs(TableView.class).getItems().size());
        assertTrue(label(robot, "#status").startsWith("Measured 8 tests on the CPU (AMD EPYC)."));
        // bandwidth and compute ceilings, fitted memory- and compute-bound tests, held-out tests
        assertEquals(5, chartSeries(robot));
        assertFalse(button(robot, "#run").isDisabled(), "the screen can run again");

        // as a user on a short screen would: drag the divider up until the plan's part shows its Apply button
        Fx.run(() -> {
            robot.lookup(".split-pane").queryAs(javafx.scene.control.SplitPane.class).setDividerPositions(0.4);
            stage.getScene().getRoot().layout(); // as the next pulse would, before the robot looks for the button
        });
        robot.clickOn("#apply");
        assertEquals(1, applied.size());
        assertNotNull(applied.get(0).calibration());
        Fx.waitUntil("Apply is done", () -> button(robot, "#apply").isDisabled());
        assertTrue(label(robot, "#planCalibration").startsWith("Calibrated with a measurement of AMD EPYC"));
    }

    @Test
    void savesAndLoadsThroughTheFileChooser(FxRobot robot) throws Exception {
        assertTrue(button(robot, "#save").isDisabled(), "nothing to save yet");
        robot.clickOn("#run");
        Fx.waitUntil("the run is shown", () -> !button(robot, "#save").isDisabled());
        chosenFile.set(dir);
        robot.clickOn("#save");
        Fx.waitUntil("saved", () -> label(robot, "#status").startsWith("Saved the measurement to "));
        try (var files = Files.list(dir)) {
            Path saved = files.findFirst().orElseThrow();
            assertEquals(Fixtures.cpuRun(), BenchmarkRunFile.read(saved));
        }

        Path broken = Files.writeString(dir.resolve("broken.json"), "[]");
        chosenFile.set(broken);
        robot.clickOn("#load");
        Fx.waitUntil("the problem is shown", () -> label(robot, "#status").startsWith("Could not load the measurement: "));
        assertEquals(CalibrationView.statusStyle(StatusMessage.error("")), robot.lookup("#status").queryAs(Label.class)
                .getStyle());
    }

    @Test
    void theProviderChoiceIsTheViewModels(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<ProviderChoice> provider = robot.lookup("#provider").queryAs(ChoiceBox.class);
        Fx.run(() -> provider.setValue(ProviderChoice.CPU));
        assertEquals(ProviderChoice.CPU, Fx.call(() -> model.providerProperty().get()));
        Fx.waitUntil("the expected provider follows", () -> label(robot, "#expectedProvider")
                .equals("Will run on the CPU, as chosen."));
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    private static String label(FxRobot robot, String id) {
        return Fx.call(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static int chartSeries(FxRobot robot) {
        return Fx.call(() -> ((XYPlot) robot.lookup("#roofline").queryAs(ChartViewer.class).getChart().getPlot())
                .getDataset().getSeriesCount());
    }
}

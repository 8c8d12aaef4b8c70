package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.workloads.WorkloadRow;
import com.tokenfactory.charts.table.ThroughputColumns;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.result.ThroughputEstimate;
import com.tokenfactory.samples.Samples;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workloads table and its editors, the throughput the engine chose, and the timeline. */
@ExtendWith(ApplicationExtension.class)
class WorkloadsFxTest extends AppWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage, Samples.open(Samples.CAPACITY_CRUNCH), null);
    }

    @SuppressWarnings("unchecked")
    private TableView<WorkloadRow> table(FxRobot robot) {
        return robot.lookup("#workloads-table").queryAs(TableView.class);
    }

    @Test
    void addEditAndDeleteAServiceAndSeeItsThroughput(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        int before = table(robot).getItems().size();
        robot.clickOn("#add-service");
        await(() -> table(robot).getItems().size() == before + 1);
        assertEquals("service-1", window.viewModel().selection().getPrimary());

        typeInto(robot, robot.lookup("#field-inputPriceUsdPerMillionTokens").queryAs(TextField.class), "1.25");
        await(() -> PlanElements.service(plan(), "service-1").orElseThrow().inputPriceUsdPerMillionTokens() == 1.25);
        assertTrue(table(robot).getItems().get(before).price().startsWith("$1.25 in, "));

        typeInto(robot, robot.lookup("#demand-level").queryAs(TextField.class), "3T");
        await(() -> ((DemandCurve.Growth) PlanElements.service(plan(), "service-1").orElseThrow().demand())
                .tokensPerDay() == 3e12);
        robot.clickOn("#demand-switch");
        await(() -> PlanElements.service(plan(), "service-1").orElseThrow().demand() instanceof DemandCurve.Points);

        awaitResult();
        @SuppressWarnings("unchecked")
        TableView<ThroughputEstimate> throughput = robot.lookup("#throughput-table").queryAs(TableView.class);
        await(() -> throughput.getItems().size() == plan().services().size() * plan().catalog().size());
        await(() -> throughput.getSelectionModel().getSelectedItems().size() == plan().catalog().size());
        assertTrue(throughput.getSelectionModel().getSelectedItems().stream()
                .allMatch(t -> t.serviceId().equals("service-1")));
        assertTrue(throughput.getItems().stream().anyMatch(t -> t.fits() && t.tokensPerSecondPerGpu() > 0));

        robot.clickOn("#delete-workload");
        await(() -> PlanElements.service(plan(), "service-1").isEmpty());
        assertEquals(before, table(robot).getItems().size());
    }

    @Test
    void everyThroughputHeaderIsReadableWholeInTheDefaultWindow(FxRobot robot) {
        assertEquals(List.of(1280.0, 800.0), onFx(() -> List.of(stage.getWidth(), stage.getHeight())),
                "the window the test opens: the screen Monocle gives, the size the headers must fit");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        awaitResult();
        TableView<?> throughput = robot.lookup("#throughput-table").queryAs(TableView.class);
        await(() -> !throughput.getItems().isEmpty());
        List<String> shown = onFx(() -> throughput.lookupAll(".column-header .label").stream()
                .map(l -> l.lookup(".text") instanceof Text text ? text.getText() : "").toList());
        assertEquals(ThroughputColumns.COLUMNS.size() + 2, shown.size(), shown.toString());
        for (String header : shown) {
            assertFalse(header.contains("…") || header.contains("..."), "cut off: " + header.replace('\n', ' '));
        }
    }

    @Test
    void theTimelineShowsWhatExistsInTheChosenMonth(FxRobot robot) {
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        fx(() -> slider.setValue(0));
        await(() -> window.canvasViewModel().monthIndexProperty().get() == 0);
        // capacity-crunch starts 2027-01: hall 2 is under construction from then, its B200 pod installs 2028-08
        assertTrue(node("ny-hall-2").getStyleClass().contains("presence-building"));
        assertTrue(node("ny-2-b200").getStyleClass().contains("presence-planned"));
        fx(() -> slider.setValue(40));
        await(() -> node("ny-2-b200").getStyleClass().contains("presence-active"));
        assertInstanceOf(javafx.scene.control.Label.class, robot.lookup("#timeline-month").query());
        assertEquals("2030-05  (month 41 of 60)",
                robot.lookup("#timeline-month").queryAs(javafx.scene.control.Label.class).getText());
    }
}

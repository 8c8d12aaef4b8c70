package com.tokenfactory.app.gui.shell;

import com.tokenfactory.samples.Samples;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user saw cut off or out of step: KPI figures and the timeline in a small window, the yearly table, undo in a
 * field.
 */
@ExtendWith(ApplicationExtension.class)
class CutOffFxTest extends AppWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage, Samples.open(Samples.FIVE_YEAR_COMMITMENT), null);
    }

    @Test
    void kpiFiguresAreWholeInTheNarrowestWindow(FxRobot robot) {
        awaitResult();
        fx(() -> stage.setWidth(800));
        await(() -> window.scene().getWidth() < 1000);
        assertEquals(900, window.scene().getWidth(), 1, "the window's minimum width");
        fx(() -> window.scene().getRoot().layout());
        for (Label value : robot.lookup(".kpi-strip .kpi-value").queryAllAs(Label.class)) {
            if (value.getScene() == null || !value.isVisible()) {
                continue;
            }
            double needed = onFx(() -> value.prefWidth(-1));
            assertTrue(value.getWidth() >= needed - 0.5,
                    value.getId() + " \"" + value.getText() + "\" is cut: " + value.getWidth() + " < " + needed);
        }
    }

    @Test
    void theTimelineStaysInViewInAShortWindow(FxRobot robot) {
        awaitResult();
        fx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        await(() -> window.scene().getHeight() <= 700);
        fx(() -> window.scene().getRoot().layout());
        javafx.scene.Node slider = robot.lookup("#timeline-slider").query();
        javafx.geometry.Bounds timeline = onFx(() -> slider.localToScene(slider.getBoundsInLocal()));
        javafx.geometry.Bounds tabs = onFx(() -> window.tabs().localToScene(window.tabs().getBoundsInLocal()));
        assertTrue(timeline.getMaxY() <= tabs.getMaxY() + 0.5,
                "the timeline ends at " + timeline.getMaxY() + ", below the tab's bottom at " + tabs.getMaxY());
    }

    @Test
    void theYearlyTableShowsEveryYearAndTheHorizonWithoutScrolling(FxRobot robot) {
        awaitResult();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        await(() -> window.tabs().getSelectionModel().getSelectedIndex() == MainWindow.RESULTS_TAB);
        javafx.scene.control.TableView<?> table = robot.lookup("#yearly-table").queryAs(javafx.scene.control.TableView.class);
        await(() -> table.getItems().size() == 6);
        fx(() -> window.scene().getRoot().layout());
        boolean scrolls = table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL)
                .anyMatch(javafx.scene.Node::isVisible);
        assertFalse(scrolls, "the yearly table scrolls inside the dashboard");
    }

    @Test
    void ctrlZInAFieldJustCommittedUndoesThePlanAndTheFieldFollows(FxRobot robot) {
        awaitResult();
        robot.clickOn(on("tx-h1", 0.5, 0.08));
        await(() -> "tx-h1".equals(window.viewModel().selection().getPrimary()));
        TextField power = robot.lookup("#field-criticalItMw").queryAs(TextField.class);
        String before = power.getText();
        typeInto(robot, power, "310");
        await(() -> window.viewModel().document().undoNameProperty().get() != null);
        assertTrue(power.isFocused());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        await(() -> window.viewModel().document().undoNameProperty().get() == null);
        assertEquals(before, power.getText(), "the field shows the plan's value again");
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        await(() -> window.viewModel().document().undoNameProperty().get() != null);
        assertEquals("310", power.getText());
    }
}

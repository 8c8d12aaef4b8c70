package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.uncertainty.UncertaintyViewModel;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.samples.Samples;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Uncertainty tab in the real window: the sample's inputs listed, a run off the FX thread fills the fan. */
@ExtendWith(ApplicationExtension.class)
class UncertaintyFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FIVE_YEAR_COMMITMENT), null);
    }

    @Test
    void runsTheSamplesTrialsAndDrawsTheFan(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        await(() -> window.tabs().getSelectionModel().getSelectedIndex() == MainWindow.UNCERTAINTY_TAB);
        TableView<?> inputs = robot.lookup("#uncertainty-inputs").queryAs(TableView.class);
        assertEquals(plan().uncertainty().inputs().size(), inputs.getItems().size());
        TextField trials = robot.lookup("#uncertainty-trials").queryAs(TextField.class);
        robot.interact(() -> trials.setText("30"));
        robot.clickOn("#uncertainty-run");
        await(() -> !window.uncertainty().viewModel().runningProperty().get()
                && window.uncertainty().fan().getChart() != null);
        String status = robot.lookup("#uncertainty-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Ran 30 trials in "), status);
        assertTrue(window.uncertainty().fan().getChart().getTitle().getText().contains("30 trials"));
    }

    @Test
    void theFormEditsTheSelectedInputsDistributionAsAnUndoableEdit(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        await(() -> window.tabs().getSelectionModel().getSelectedIndex() == MainWindow.UNCERTAINTY_TAB);
        @SuppressWarnings("unchecked")
        TableView<UncertaintyViewModel.InputRow> inputs = robot.lookup("#uncertainty-inputs").queryAs(TableView.class);
        int gpu = inputs.getItems().stream().map(UncertaintyViewModel.InputRow::id).toList().indexOf("gpu-price");
        robot.interact(() -> inputs.getSelectionModel().select(gpu));
        TabPane tabs = robot.lookup("#uncertainty-charts").queryAs(TabPane.class);
        Tab edit = tabs.getTabs().stream().filter(t -> "uncertainty-edit-tab".equals(t.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(edit));
        // the form may sit below the test window's fold, in its scroll pane: press the button itself
        Button apply = robot.lookup("#uncertainty-input-apply").queryAs(Button.class);
        TextField max = robot.lookup("#uncertainty-input-p3").queryAs(TextField.class);
        assertEquals("1.25", max.getText(), "the form shows the selected input");
        robot.interact(() -> max.setText("1.1"));
        robot.interact(() -> robot.lookup("#uncertainty-input-p2").queryAs(TextField.class).setText("1.2"));
        robot.interact(apply::fire);
        Label message = robot.lookup("#uncertainty-input-message").queryAs(Label.class);
        assertEquals("Max: must be at least mode (1.2), was 1.1", message.getText());
        robot.interact(() -> robot.lookup("#uncertainty-input-p2").queryAs(TextField.class).setText("1"));
        robot.interact(apply::fire);
        await(() -> plan().uncertainty().inputs().stream().anyMatch(i -> i.id().equals("gpu-price")
                && i.distribution().equals(new Distribution.Triangular(0.85, 1, 1.1))));
        assertTrue(message.getText().startsWith("Changed GPU price"), message.getText());
        assertTrue(inputs.getItems().stream().anyMatch(r -> r.distribution().equals("triangular 0.85 / 1 / 1.1")),
                "the table shows the edit");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        await(() -> plan().uncertainty().inputs().stream().anyMatch(i -> i.id().equals("gpu-price")
                && i.distribution().equals(new Distribution.Triangular(0.85, 1, 1.25))));
    }
}

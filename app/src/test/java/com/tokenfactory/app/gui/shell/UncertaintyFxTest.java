package com.tokenfactory.app.gui.shell;

import com.tokenfactory.samples.Samples;
import javafx.scene.control.Label;
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
}

package com.tokenfactory.app.gui.shell;

import com.tokenfactory.samples.Samples;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Assumptions tab through the real window: every field's unit reads whole, none cut to "…". */
@ExtendWith(ApplicationExtension.class)
class AssumptionsFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FIVE_YEAR_COMMITMENT), null);
    }

    @Test
    void everyUnitReadsWhole(FxRobot robot) {
        awaitResult();
        fx(() -> {
            Tab assumptions = window.tabs().getTabs().stream()
                    .filter(t -> "tab-assumptions-catalog".equals(t.getId())).findFirst().orElseThrow();
            window.tabs().getSelectionModel().select(assumptions);
        });
        await(() -> robot.lookup(".unit").queryAll().size() > 30);
        Set<Node> units = robot.lookup(".unit").queryAll();
        assertTrue(units.stream().anyMatch(n -> ((Label) n).getText().equals("µs a step")),
                "the host time per sequence is on the tab");
        for (Node node : units) {
            Label l = (Label) node;
            String shown = onFx(() -> l.lookup(".text") instanceof Text text ? text.getText() : "");
            assertFalse(shown.endsWith("…") || shown.endsWith("..."), "cut off: " + l.getText() + " shown as " + shown);
        }
    }
}

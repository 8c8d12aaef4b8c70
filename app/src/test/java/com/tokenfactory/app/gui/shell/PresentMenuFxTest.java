package com.tokenfactory.app.gui.shell;

import com.tokenfactory.samples.Samples;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View → Present opens the presentation of the open plan, read-only; Esc leaves it and the plan's window stays. */
@ExtendWith(ApplicationExtension.class)
class PresentMenuFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FIVE_YEAR_COMMITMENT), null);
    }

    private static Optional<Stage> presentation() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Presentation")).map(w -> (Stage) w).findFirst();
    }

    @Test
    void theViewMenuPresentsThePlanAndEscLeaves(FxRobot robot) {
        var before = plan();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
        MenuItem present = view.getItems().stream().filter(i -> "menu-present".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("F5", present.getAccelerator().getName());
        fx(present::fire);
        await(() -> presentation().isPresent());
        Stage stage = presentation().orElseThrow();
        assertEquals("Presentation — Five-year commitment", stage.getTitle());
        assertEquals(3, stage.getIcons().size(), "the app's icon on the presentation window");
        assertEquals(3, ((Stage) window.scene().getWindow()).getIcons().size(), "and on the main window");
        await(() -> robot.lookup("#slide-counter").tryQueryAs(Label.class)
                .map(l -> l.getText().startsWith("1 /")).orElse(false));
        robot.targetWindow(stage).type(KeyCode.RIGHT);
        await(() -> robot.lookup("#slide-counter").queryAs(Label.class).getText().startsWith("2 /"));
        robot.type(KeyCode.ESCAPE);
        await(() -> presentation().isEmpty());
        assertTrue(window.scene().getWindow().isShowing());
        assertEquals(before, plan(), "presenting never changes the plan");
    }
}

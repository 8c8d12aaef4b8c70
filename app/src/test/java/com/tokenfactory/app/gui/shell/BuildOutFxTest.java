package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.io.PlanFile;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Draws a build-out by hand, edits it, undoes and redoes, saves and reopens it — through the real window. */
@ExtendWith(ApplicationExtension.class)
class BuildOutFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Plan.empty("Hand-drawn plan", YearMonth.of(2027, 1), BuiltInCatalog.skus()), null);
    }

    @Test
    void drawEditUndoRedoSaveAndReopen(FxRobot robot) throws Exception {
        robot.drag("#palette-site").dropTo(canvasPoint(0.3, 0.3));
        await(() -> plan().sites().size() == 1);
        Site site = plan().sites().get(0);

        robot.drag("#palette-hall").dropTo(on(site.id(), 0.5, 0.8));
        await(() -> plan().sites().get(0).halls().size() == 1);
        Hall hall = plan().sites().get(0).halls().get(0);

        robot.drag("#palette-pod").dropTo(on(hall.id(), 0.5, 0.7));
        await(() -> plan().sites().get(0).halls().get(0).gpuPods().size() == 1);
        assertEquals(hall.id(), PlanElements.parentId(plan(), plan().sites().get(0).halls().get(0).gpuPods()
                .get(0).id()).orElseThrow(), "the pod went into the hall it was dropped on");

        robot.clickOn(on(hall.id(), 0.5, 0.15));
        await(() -> hall.id().equals(window.viewModel().selection().getPrimary()));
        TextField power = robot.lookup("#field-criticalItMw").queryAs(TextField.class);
        robot.doubleClickOn(power).eraseText(8).write("30").type(KeyCode.ENTER);
        await(() -> hallMw() == 30.0);
        assertEquals("Undo Change critical IT power of Hall 1",
                robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(1)
                        .getItems().get(0).getText());

        robot.clickOn(canvasPoint(0.95, 0.95));
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        await(() -> hallMw() == 20.0);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        await(() -> hallMw() == 30.0);

        Path file = temp.resolve("drawn.tokenplan");
        prompts.fileToSave = file;
        Plan drawn = plan();
        assertTrue(window.fileActions().saveAs().get());
        await(() -> !window.viewModel().document().isDirty());
        assertEquals(drawn, new PlanFile().read(file), "the file holds the plan as drawn");

        fx(() -> window.fileActions().newPlan());
        assertTrue(plan().sites().isEmpty());
        assertTrue(window.fileActions().open(file).get());
        await(() -> file.equals(window.viewModel().document().getFile()));
        assertEquals(drawn, plan(), "reopening gives the same plan, layout included");
        assertFalse(window.viewModel().document().isDirty());
    }

    private double hallMw() {
        return plan().sites().get(0).halls().get(0).criticalItMw();
    }
}

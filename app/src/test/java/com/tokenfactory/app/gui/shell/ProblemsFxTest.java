package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.canvas.HallNode;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.ValidationIssue;
import com.tokenfactory.samples.Samples;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plan problems reach the problems panel and the canvas; a refused value is shown where it was typed. */
@ExtendWith(ApplicationExtension.class)
class ProblemsFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FUNGIBLE_FLEET), null);
    }

    @Test
    void anOverPowerPodIsListedAndMarkedAndAClickOnTheProblemSelectsIt(FxRobot robot) {
        awaitResult();
        String pod = PlanElements.childIds(plan(), "pa-hall-a").get(0);
        robot.clickOn(on(pod, 0.5, 0.5));
        await(() -> pod.equals(window.viewModel().selection().getPrimary()));
        typeInto(robot, robot.lookup("#field-gpus").queryAs(TextField.class), "50000");
        await(() -> PlanElements.pod(plan(), pod).orElseThrow().pod().gpus() == 50_000);
        awaitResult();
        await(() -> window.viewModel().getResult().issues().stream()
                .anyMatch(i -> i.kind() == IssueKind.DEPLOYMENT_OVER_POWER && i.elementId().equals(pod)));

        ListCell<?> problem = robot.lookup("#problems-list .list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof ValidationIssue i && i.elementId().equals(pod)
                        && i.kind() == IssueKind.DEPLOYMENT_OVER_POWER)
                .findFirst().orElseThrow(() -> new AssertionError("the problem is not in the panel"));
        assertTrue(problem.getText().contains("draws 63.8 MW of IT power"), problem.getText());
        assertTrue(node(pod).markedAsError(), "the pod is marked on the canvas");
        assertTrue(((HallNode) node("pa-hall-a")).overPower(), "the hall's power bar shows it over");

        robot.clickOn(canvasPoint(0.98, 0.98));
        await(() -> window.viewModel().selection().isEmpty());
        robot.clickOn(problem);
        robot.type(KeyCode.ESCAPE);
        await(() -> pod.equals(window.viewModel().selection().getPrimary()));
        assertTrue(node(pod).getStyleClass().contains("selected"));
    }

    @Test
    void aBadValueIsRefusedInPlaceWithTheReason(FxRobot robot) {
        robot.clickOn(on("pa-campus", 0.5, 0.05));
        await(() -> "pa-campus".equals(window.viewModel().selection().getPrimary()));
        var before = plan();
        TextField pue = robot.lookup("#field-pue").queryAs(TextField.class);
        typeInto(robot, pue, "5");
        Label reason = robot.lookup(".field-error").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .findFirst().orElseThrow(() -> new AssertionError("no reason shown"));
        assertEquals("must be between 1 and 3 (was 5.0)", reason.getText());
        assertTrue(pue.getPseudoClassStates().contains(PseudoClass.getPseudoClass("danger")));
        assertEquals("5", pue.getText(), "the refused value stays for the user to correct");
        assertSame(before, plan());

        typeInto(robot, pue, "1.3");
        await(() -> plan().site("pa-campus").orElseThrow().pue() == 1.3);
        assertTrue(!reason.isVisible());
    }
}

package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.SyntheticPlans;
import com.tokenfactory.samples.Samples;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The presentation in a (headless, Monocle) window: keys and clicks move through the slides, Esc leaves. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PresentationModeTest {
    private static final PresentationOptions WINDOWED = new PresentationOptions(PresentationTheme.DARK, false,
            LocalDate.of(2026, 3, 12));
    private Stage owner;
    private Stage presentation;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (presentation != null) {
            robot.interact(presentation::close);
        }
    }

    private void open(FxRobot robot, Plan plan, String scenario, PresentationOptions options) throws TimeoutException {
        robot.interact(() -> presentation = PresentationMode.show(owner, plan, scenario, options));
        // the engine runs on a worker: wait for the first slide
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !counter(robot).isEmpty());
    }

    private String counter(FxRobot robot) {
        return robot.from(presentation.getScene().getRoot()).lookup("#slide-counter").queryAs(Label.class).getText();
    }

    private String text(FxRobot robot, String id) {
        return robot.from(presentation.getScene().getRoot()).lookup(id).queryAs(Label.class).getText();
    }

    private Slide current() {
        Node view = presentation.getScene().getRoot().lookup("#presentation").lookupAll("*").stream()
                .filter(n -> n.getProperties().containsKey(Slide.class)).findFirst().orElseThrow();
        return (Slide) view.getProperties().get(Slide.class);
    }

    private void press(FxRobot robot, KeyCode key, String expectedCounter) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expectedCounter, counter(robot), "after " + key);
    }

    @Test
    void keysAndClicksMoveThroughTheSlidesAndEscLeaves(FxRobot robot) throws TimeoutException {
        Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        open(robot, plan, null, WINDOWED);
        assertSame(owner, presentation.getOwner());
        assertEquals("1 / 11", counter(robot));
        assertEquals("Five-year commitment", text(robot, "#slide-title"));
        assertInstanceOf(TitleSlide.class, current());

        press(robot, KeyCode.RIGHT, "2 / 11");
        assertEquals("The build-out at a glance", text(robot, "#slide-title"));
        assertTrue(robot.from(presentation.getScene().getRoot()).lookup("#gpu-timeline").tryQuery().isPresent());
        press(robot, KeyCode.DOWN, "3 / 11");
        assertEquals("CapEx $127B, 50% in 2029", text(robot, "#slide-headline"));
        press(robot, KeyCode.SPACE, "4 / 11");
        press(robot, KeyCode.PAGE_DOWN, "5 / 11");
        press(robot, KeyCode.LEFT, "4 / 11");
        press(robot, KeyCode.UP, "3 / 11");
        press(robot, KeyCode.PAGE_UP, "2 / 11");
        press(robot, KeyCode.BACK_SPACE, "1 / 11");
        press(robot, KeyCode.LEFT, "1 / 11");

        robot.clickOn(presentation.getScene().getRoot(), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 / 11", counter(robot), "a click moves on");
        robot.clickOn(presentation.getScene().getRoot(), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 / 11", counter(robot), "a right click moves back");

        press(robot, KeyCode.END, "11 / 11");
        assertEquals("Plan problems", text(robot, "#slide-title"));
        press(robot, KeyCode.RIGHT, "11 / 11");
        press(robot, KeyCode.HOME, "1 / 11");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(presentation.isShowing(), "Esc leaves the presentation");
        assertTrue(owner.isShowing(), "the main window stays");
    }

    @Test
    void thePaybackSlideShowsTheEnginesPaybackUnderTheScenario(FxRobot robot) throws TimeoutException {
        Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        open(robot, plan, "grid-late", WINDOWED.withTheme(PresentationTheme.LIGHT));
        assertTrue(text(robot, "#slide-caption").endsWith("scenario: Grid a year late"));
        press(robot, KeyCode.END, "11 / 11");
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.LEFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Payback", text(robot, "#slide-title"));
        SimulationResult r = Engine.simulate(plan, "grid-late");
        assertEquals(ChartHeadlines.payback(r, plan.assumptions().discountRate()), text(robot, "#slide-headline"));
        ChartCanvas chart = robot.from(presentation.getScene().getRoot()).lookup("#slide-chart").queryAs(ChartCanvas.class);
        assertTrue(chart.getWidth() > 600 && chart.getHeight() > 300, "the chart fills the slide");
        double font = SlideShow.fontSizeFor(presentation.getScene().getWidth(), presentation.getScene().getHeight());
        assertEquals(font / SlideShow.DASHBOARD_FONT_PX, chart.scaleProperty().get(), 1e-9, "charts in large type");
        assertTrue(chart.scaleProperty().get() > 1);

        press(robot, KeyCode.RIGHT, "8 / 11");
        assertEquals("Ranges: cash flow and NPV", text(robot, "#slide-title"));
        assertTrue(text(robot, "#slide-headline").contains("chance of a loss"), text(robot, "#slide-headline"));
        var ranges = robot.from(presentation.getScene().getRoot()).lookup("#slide-charts")
                .queryAs(javafx.scene.layout.HBox.class);
        assertEquals(2, ranges.getChildren().size(), "the cash flow's fan beside the NPV histogram");
        for (var node : ranges.getChildren()) {
            ChartCanvas c = (ChartCanvas) node;
            assertTrue(c.getWidth() > 300 && c.getHeight() > 300, "each chart gets half the slide");
        }
    }

    @Test
    void fullScreenByDefaultWithEscToLeave(FxRobot robot) throws TimeoutException {
        open(robot, Samples.open(Samples.CAPACITY_CRUNCH), null, WINDOWED.withDate(LocalDate.of(2026, 1, 5)).withFullScreen(true));
        assertTrue(presentation.isFullScreen());
        assertEquals("Esc to leave", presentation.getFullScreenExitHint());
        assertEquals(KeyCombination.NO_MATCH, presentation.getFullScreenExitKeyCombination());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(presentation.isShowing());
    }

    @Test
    void crowdedSlidesShrinkToFitInsteadOfBeingCutOff(FxRobot robot) throws TimeoutException {
        open(robot, SyntheticPlans.large(1), null, WINDOWED);
        robot.interact(() -> {
            presentation.setWidth(1024);
            presentation.setHeight(640);
        });
        int slides = Integer.parseInt(counter(robot).split(" / ")[1]);
        for (int i = 1; i <= slides; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (i > 1) {
                // long headlines shrink a little to stay on one line
                Label headline = robot.from(presentation.getScene().getRoot()).lookup("#slide-headline").queryAs(Label.class);
                assertTrue(headline.getHeight() < 1.8 * headline.getFont().getSize(), "slide " + i + ": '"
                        + headline.getText() + "' takes " + headline.getHeight() + " px at "
                        + headline.getFont().getSize() + " px");
            }
            Set<Node> fits = presentation.getScene().getRoot().lookupAll(".shrink-to-fit");
            for (Node n : fits) {
                ShrinkToFit box = (ShrinkToFit) n;
                Node content = box.getChildrenUnmodifiable().get(0);
                double bottom = content.getBoundsInParent().getMaxY();
                assertTrue(bottom <= box.getHeight() + 1, "slide " + i + ": content ends at " + bottom
                        + " in a box of " + box.getHeight());
            }
            robot.type(KeyCode.RIGHT);
        }
    }

    @Test
    void anUnknownScenarioIsRefusedBeforeAWindowOpens(FxRobot robot) {
        Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PresentationMode.show(null, plan, "nope"));
        assertTrue(e.getMessage().contains("no scenario 'nope'"));
    }
}

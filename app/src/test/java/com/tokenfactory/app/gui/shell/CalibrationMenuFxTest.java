package com.tokenfactory.app.gui.shell;

import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.samples.Samples;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Plan → Calibrate with a Benchmark… opens the Calibration screen beside the plan's window, once, and its roofline
 * follows the app's theme.
 */
@ExtendWith(ApplicationExtension.class)
class CalibrationMenuFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FUNGIBLE_FLEET), null);
    }

    private static Optional<Stage> calibrationWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Calibration")).map(w -> (Stage) w).findFirst();
    }

    private static MenuItem calibrateItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu plan = bar.getMenus().stream().filter(m -> m.getText().equals("Plan")).findFirst().orElseThrow();
        return plan.getItems().stream().filter(i -> "Calibrate with a Benchmark…".equals(i.getText()))
                .findFirst().orElseThrow();
    }

    @Test
    void thePlanMenuOpensTheCalibrationScreenOnce(FxRobot robot) {
        MenuItem calibrate = calibrateItem(robot);
        fx(calibrate::fire);
        await(() -> calibrationWindow().isPresent());
        fx(calibrate::fire);
        assertEquals(1, Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Calibration")).count());
        assertEquals(window.scene().getWindow(), calibrationWindow().orElseThrow().getOwner());
        fx(() -> calibrationWindow().orElseThrow().close());
    }

    @Test
    void theRooflineFollowsTheAppsTheme(FxRobot robot) {
        fx(calibrateItem(robot)::fire);
        await(() -> calibrationWindow().isPresent());
        ChartViewer roofline = (ChartViewer) calibrationWindow().orElseThrow().getScene().lookup("#roofline");
        assertEquals(ChartStyle.LIGHT.background(), roofline.getChart().getBackgroundPaint());
        fx(() -> robot.lookup("#toggle-theme").queryAs(atlantafx.base.controls.ToggleSwitch.class).fire());
        assertEquals(ChartStyle.DARK.background(), roofline.getChart().getBackgroundPaint());
        fx(() -> calibrationWindow().orElseThrow().close());
    }
}

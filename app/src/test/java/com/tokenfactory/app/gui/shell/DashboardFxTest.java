package com.tokenfactory.app.gui.shell;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.SeriesKeys;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.fx.ResultChartViewer;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.samples.Samples;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.entity.ChartEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.geom.Rectangle2D;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The results dashboard after opening a sample: every chart, clicks that select, period and theme. */
@ExtendWith(ApplicationExtension.class)
class DashboardFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FUNGIBLE_FLEET), null);
    }

    private ResultChartViewer viewer(ChartKind kind) {
        return window.dashboard().viewer(kind).orElseThrow();
    }

    private void showDashboard(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        await(() -> window.tabs().getSelectionModel().getSelectedIndex() == MainWindow.RESULTS_TAB);
        await(() -> java.util.Arrays.stream(ChartKind.values()).allMatch(k -> window.dashboard().viewer(k).isPresent()));
    }

    @Test
    void showsEveryChartOfTheOpenedSample(FxRobot robot) {
        showDashboard(robot);
        for (ChartKind kind : ChartKind.values()) {
            ResultChartViewer v = viewer(kind);
            assertEquals(kind.title(), v.getChart().getTitle().getText());
            assertTrue(v.isVisible() && v.getWidth() > 200 && v.getHeight() > 200, kind + " is shown");
        }
        // and drew its data, not only axes: the viewer's last drawing holds an entity per data item it drew
        WaitForFx.settle();
        for (ChartKind kind : ChartKind.values()) {
            var entities = onFx(() -> viewer(kind).getCanvas().getRenderingInfo().getEntityCollection().getEntities());
            long items = entities.stream().filter(e -> e instanceof org.jfree.chart.entity.XYItemEntity).count();
            assertTrue(items > 0, kind + " drew " + items + " data items");
        }
        assertTrue(viewer(ChartKind.CASH_FLOW).getChart().getSubtitle(0).toString() != null);
    }

    /** Charts are drawn on the FX thread: out of sight they wait, and only the latest is drawn when the tab shows. */
    @Test
    void chartsMadeWhileTheTabIsHiddenAreDrawnWhenItShows(FxRobot robot) {
        showDashboard(robot);
        var shownBefore = onFx(() -> viewer(ChartKind.CAPEX).getChart());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        await(() -> window.tabs().getSelectionModel().getSelectedIndex() == 0);
        for (int i = 1; i <= 3; i++) {
            String name = "Renamed " + i;
            fx(() -> window.viewModel().document().apply(com.tokenfactory.app.gui.document.PlanEdit.of("Rename",
                    p -> p.withName(name))));
        }
        // the charts of the last edit are made (the view-model holds them) but not drawn
        await(() -> onFx(() -> window.dashboard().viewModel().chartsProperty().get().result().planName())
                .equals("Renamed 3"));
        assertTrue(shownBefore == onFx(() -> viewer(ChartKind.CAPEX).getChart()), "nothing drawn out of sight");
        showDashboard(robot);
        await(() -> onFx(() -> viewer(ChartKind.CAPEX).getChart()) != shownBefore);
        for (ChartKind kind : ChartKind.values()) {
            String subtitle = onFx(() -> ((java.util.List<?>) viewer(kind).getChart().getSubtitles()).stream()
                    .filter(t -> t instanceof org.jfree.chart.title.TextTitle)
                    .map(t -> ((org.jfree.chart.title.TextTitle) t).getText()).findFirst().orElse(""));
            assertTrue(subtitle.contains("Renamed 3"), kind + ": " + subtitle);
        }
    }

    @Test
    void clickingASitesBarSelectsTheSite(FxRobot robot) {
        showDashboard(robot);
        ResultChartViewer electricity = viewer(ChartKind.ELECTRICITY);
        scrollIntoView(electricity);
        WaitForFx.settle();
        var entities = electricity.getCanvas().getRenderingInfo().getEntityCollection();
        ChartEntity bar = null;
        for (int i = 0; i < entities.getEntityCount(); i++) {
            ChartEntity e = entities.getEntity(i);
            Optional<SeriesKey> key = SeriesKeys.of(e);
            Rectangle2D b = e.getArea().getBounds2D();
            if (key.isPresent() && key.get().kind() == SeriesKey.Kind.SITE
                    && !(e instanceof org.jfree.chart.entity.LegendItemEntity)
                    && (bar == null || b.getHeight() > bar.getArea().getBounds2D().getHeight())) {
                bar = e;
            }
        }
        assertTrue(bar != null, "the electricity chart draws bars per site");
        String site = SeriesKeys.of(bar).orElseThrow().id();
        Rectangle2D area = bar.getArea().getBounds2D();
        Point2D screen = electricity.getCanvas().localToScreen(area.getCenterX(), area.getCenterY());
        robot.clickOn(screen);
        await(() -> site.equals(window.viewModel().selection().getPrimary()));
        assertEquals("Selected site " + plan().site(site).orElseThrow().name(),
                robot.lookup("#dashboard-highlight").queryAs(Label.class).getText());
    }

    @Test
    void periodAndThemeRebuildTheCharts(FxRobot robot) {
        showDashboard(robot);
        robot.clickOn("#period-yearly");
        await(() -> window.dashboard() != null && viewer(ChartKind.CAPEX).getChart().getXYPlot() != null
                && viewer(ChartKind.CAPEX).getChart().getXYPlot().getDomainAxis().getLabel()
                .equals(Period.YEARLY.axisLabel()));
        robot.clickOn("#toggle-theme .thumb"); // the knob itself, as a user aims
        await(() -> ChartStyle.DARK.background().equals(viewer(ChartKind.CAPEX).getChart().getBackgroundPaint()));
        assertTrue(preferences.darkTheme(), "the theme is remembered");
        assertTrue(window.scene().getRoot().getStyleClass().contains("theme-dark"));

        robot.clickOn("#toggle-theme .thumb-area");
        await(() -> !preferences.darkTheme());
        assertTrue(window.scene().getRoot().getStyleClass().contains("theme-light"), "the track toggles it back");
    }

    /** Lets the FX thread paint after a scroll. */
    private static final class WaitForFx {
        static void settle() {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(3);
        }
    }
}

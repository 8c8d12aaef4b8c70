package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.results.TracePanel;
import com.tokenfactory.core.trace.Explanation;
import com.tokenfactory.samples.Samples;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 through the real window: a KPI tile opens the trace of its figure by mouse and by keyboard. */
@ExtendWith(ApplicationExtension.class)
class TraceFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FIVE_YEAR_COMMITMENT), null);
    }

    private Explanation shownRoot() {
        TracePanel panel = window.tracer().panel();
        return onFx(() -> panel.tree().getRoot().getValue());
    }

    @Test
    void clickingTheNpvTileShowsHowItWasMade(FxRobot robot) {
        awaitResult();
        robot.clickOn("#kpi-tile-npv");
        await(() -> window.tracer().panel() != null && window.tracer().panel().getScene().getWindow().isShowing());
        Explanation root = shownRoot();
        assertTrue(root.label().startsWith("NPV after tax, with terminal value"), root.label());
        assertEquals(window.viewModel().getResult().kpis().npv(), root.value());
        assertEquals(2, root.children().size(), "the horizon's flows and the discounted terminal value");
    }

    @Test
    void enterOnAFocusedTileTracesItAndALeafSelectsItsSite(FxRobot robot) {
        awaitResult();
        Node tile = robot.lookup("#kpi-tile-electricity").query();
        fx(tile::requestFocus);
        await(tile::isFocused);
        robot.push(KeyCode.ENTER);
        await(() -> window.tracer().panel() != null && shownRoot().label().startsWith("Electricity"));
        assertEquals(window.viewModel().getResult().kpis().horizon().electricityCost(), shownRoot().value());
        // month → site → price → the site's own price field, selected by keyboard in the tree
        TracePanel panel = window.tracer().panel();
        fx(() -> {
            TreeItem<Explanation> month = panel.tree().getRoot().getChildren().get(30);
            TreeItem<Explanation> site = month.getChildren().get(0);
            TreeItem<Explanation> price = site.getChildren().get(1);
            month.setExpanded(true);
            site.setExpanded(true);
            price.setExpanded(true);
            panel.tree().getSelectionModel().select(price.getChildren().get(0));
        });
        Explanation leaf = onFx(() -> panel.tree().getSelectionModel().getSelectedItem().getValue());
        assertEquals("sites[0].electricityUsdPerMwh", leaf.origin().where());
        Button select = robot.lookup("#trace-select").queryButton();
        await(() -> !select.isDisabled());
        robot.clickOn(select);
        String siteId = plan().sites().get(0).id();
        await(() -> siteId.equals(window.viewModel().selection().getPrimary()));
    }

    @Test
    void enterOnAYearlyCellTracesThatYear(FxRobot robot) {
        awaitResult();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        await(() -> window.tabs().getSelectionModel().getSelectedIndex() == MainWindow.RESULTS_TAB);
        javafx.scene.control.TableView<?> table = robot.lookup("#yearly-table").queryAs(javafx.scene.control.TableView.class);
        scrollIntoView(table);
        fx(() -> {
            var revenue = table.getColumns().stream().filter(c -> c.getText().equals("Revenue")).findFirst().orElseThrow();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(1, (javafx.scene.control.TableColumn) revenue);
        });
        robot.push(KeyCode.ENTER);
        await(() -> window.tracer().panel() != null && shownRoot().label().startsWith("Revenue, Y2"));
        assertEquals(window.viewModel().getResult().years().get(1).revenue(), shownRoot().value());
    }

    @Test
    void shiftClickOnAChartPointTracesThatPeriod(FxRobot robot) {
        awaitResult();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        await(() -> window.dashboard().viewer(com.tokenfactory.charts.ChartKind.CASH_FLOW).isPresent());
        var viewer = window.dashboard().viewer(com.tokenfactory.charts.ChartKind.CASH_FLOW).orElseThrow();
        scrollIntoView(viewer);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(3);
        var area = onFx(() -> viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea());
        javafx.geometry.Point2D screen = onFx(() -> viewer.getCanvas().localToScreen(area.getCenterX(), area.getCenterY()));
        robot.press(KeyCode.SHIFT).clickOn(screen).release(KeyCode.SHIFT);
        await(() -> window.tracer().panel() != null && shownRoot().label().startsWith("Pre-tax cash flow"));
    }

    @Test
    void shiftClickOnASkusBarTracesThatSkusCapexInThatMonth(FxRobot robot) {
        awaitResult();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        await(() -> window.dashboard().viewer(com.tokenfactory.charts.ChartKind.CAPEX).isPresent());
        var viewer = window.dashboard().viewer(com.tokenfactory.charts.ChartKind.CAPEX).orElseThrow();
        scrollIntoView(viewer);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(3);
        // the tallest bar of a SKU's series: what a user would click
        java.awt.geom.Rectangle2D bar = onFx(() -> {
            java.awt.geom.Rectangle2D best = null;
            for (Object o : viewer.getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
                var entity = (org.jfree.chart.entity.ChartEntity) o;
                var key = com.tokenfactory.charts.SeriesKeys.of(entity);
                if (entity instanceof org.jfree.chart.entity.XYItemEntity && key.isPresent()
                        && key.get().kind() == com.tokenfactory.charts.data.SeriesKey.Kind.SKU) {
                    java.awt.geom.Rectangle2D b = entity.getArea().getBounds2D();
                    if (best == null || b.getHeight() > best.getHeight()) {
                        best = b;
                    }
                }
            }
            return best;
        });
        assertTrue(bar != null && bar.getHeight() > 2, "no SKU bar drawn on the capex chart");
        javafx.geometry.Point2D screen = onFx(() -> viewer.getCanvas().localToScreen(bar.getCenterX(),
                bar.getCenterY()));
        robot.press(KeyCode.SHIFT).clickOn(screen).release(KeyCode.SHIFT);
        await(() -> window.tracer().panel() != null && shownRoot().label().startsWith("IT capex for "));
        Explanation root = shownRoot();
        var result = window.viewModel().getResult();
        var sku = result.skus().stream().filter(s -> root.label().startsWith("IT capex for " + s.name())).findFirst()
                .orElseThrow();
        java.time.YearMonth month = java.time.YearMonth.parse(root.label().substring(root.label().length() - 7));
        assertEquals(sku.capexIt().get((int) result.start().until(month, java.time.temporal.ChronoUnit.MONTHS)),
                root.value(), "the bar's own figure: that SKU's IT capex in that month");
    }

    @Test
    void tilesRestingOnAssumptionsCarryABadge(FxRobot robot) {
        awaitResult();
        await(() -> robot.lookup("#badge-revenue").tryQuery().isPresent());
        javafx.scene.layout.FlowPane revenue = robot.lookup("#badge-revenue").queryAs(javafx.scene.layout.FlowPane.class);
        List<javafx.scene.control.Label> chips = revenue.getChildren().stream()
                .map(javafx.scene.control.Label.class::cast).toList();
        boolean calibrated = window.viewModel().getResult().efficiencySource().startsWith("calibration");
        assertEquals(calibrated ? List.of("assumed") : List.of("assumed", "uncalibrated"),
                chips.stream().map(javafx.scene.control.Label::getText).toList(),
                "revenue rests on the planner's prices and, without a calibration, on default efficiencies");
        assertTrue(chips.get(0).getTooltip().getText().contains("services[0].inputPriceUsdPerMillionTokens"),
                chips.get(0).getTooltip().getText());
        // readable whole in the window the test opens: no chip, detail line or tile label ends in "…"
        for (javafx.scene.Node node : robot.lookup(".kpi-tile .label").queryAll()) {
            javafx.scene.control.Label l = (javafx.scene.control.Label) node;
            String shown = onFx(() -> l.lookup(".text") instanceof javafx.scene.text.Text text ? text.getText() : "");
            assertFalse(shown.endsWith("…") || shown.endsWith("..."), "cut off: " + l.getText() + " shown as " + shown);
        }
    }
}

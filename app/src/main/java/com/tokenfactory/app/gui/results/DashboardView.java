package com.tokenfactory.app.gui.results;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.SeriesQuestions;
import com.tokenfactory.charts.fx.ResultChartViewer;
import com.tokenfactory.core.result.SimulationResult;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The results dashboard: more headline figures, the six result charts (monthly or by plan year, in the app's
 * theme) and the year-by-year table. A click on a series selects the site, SKU or workload it belongs to; "Show"
 * goes to it. Whatever is selected, here or elsewhere, has its series put forward and the rest faded.
 */
public final class DashboardView extends ScrollPane {
    public static final double CHART_HEIGHT = 360;
    /** The unit economics chart stacks three panels, each with its own axis and unit; its row is taller. */
    public static final double STACKED_CHART_HEIGHT = 500;

    private final Map<ChartKind, ResultChartViewer> viewers = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, StackPane> slots = new EnumMap<>(ChartKind.class);

    /** Whether the dashboard is on screen (its tab selected); charts that come while it is not wait in {@link #held}. */
    private final javafx.beans.property.BooleanProperty shown =
            new javafx.beans.property.SimpleBooleanProperty(this, "shown", true);
    private DashboardViewModel.Charts held;

    private final YearlyTableView years;
    private final DashboardViewModel dashboardVm;
    private Consumer<String> trace;
    private final KpiStrip more;

    public DashboardView(DashboardViewModel vm, ObservableValue<Boolean> running, Consumer<String> reveal) {
        setId("dashboard");
        this.dashboardVm = vm;
        setFitToWidth(true);
        getStyleClass().add("dashboard");

        ToggleGroup periods = new ToggleGroup();
        ToggleButton monthly = toggle("Monthly", Period.MONTHLY, periods, vm);
        ToggleButton yearly = toggle("By plan year", Period.YEARLY, periods, vm);
        monthly.getStyleClass().add("left-pill");
        yearly.getStyleClass().add("right-pill");
        (vm.periodProperty().get() == Period.MONTHLY ? monthly : yearly).setSelected(true);
        Label highlight = new Label();
        highlight.setId("dashboard-highlight");
        highlight.getStyleClass().add("muted");
        highlight.textProperty().bind(vm.highlightedProperty().map(t -> "Selected " + t));
        Hyperlink show = new Hyperlink("Show");
        show.setId("dashboard-show");
        show.visibleProperty().bind(vm.highlightedProperty().isNotNull());
        show.setOnAction(e -> vm.firstSelected().ifPresent(reveal));
        Hyperlink clear = new Hyperlink("Show all series");
        clear.setId("dashboard-clear");
        clear.visibleProperty().bind(vm.emphasizedProperty().map(keys -> !keys.isEmpty()));
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> vm.clearSelection());
        Label hint = new Label("Click a series to select its site, SKU or workload; what is selected stands out.");
        hint.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, new HBox(monthly, yearly), compareMenu(vm), hint, spacer, highlight, show, clear);
        controls.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        int i = 0;
        for (ChartKind kind : ChartKind.values()) {
            StackPane slot = new StackPane(new Label("Drawing " + kind.title().toLowerCase(java.util.Locale.ROOT) + "…"));
            slot.getStyleClass().add("chart-tile");
            slot.setMinHeight(280);
            slot.setPrefHeight(kind == ChartKind.UNIT_ECONOMICS ? STACKED_CHART_HEIGHT : CHART_HEIGHT);
            slots.put(kind, slot);
            grid.add(slot, i % 2, i / 2);
            i++;
        }
        // a chart is drawn on the FX thread when set: charts for a dashboard out of sight wait until it shows, and only
        // the latest of them is drawn then
        vm.chartsProperty().addListener((o, was, now) -> {
            if (shown.get()) {
                show(now, vm);
            } else {
                held = now;
            }
        });
        shown.addListener((o, was, now) -> {
            if (now && held != null) {
                DashboardViewModel.Charts latest = held;
                held = null;
                show(latest, vm);
            }
        });
        vm.emphasizedProperty().addListener((o, was, now) -> viewers.values().forEach(v -> v.emphasize(now)));
        show(vm.chartsProperty().get(), vm);

        Label table = new Label("Year by year");
        table.getStyleClass().add("section-title");
        years = new YearlyTableView(vm.result());
        more = new KpiStrip(vm.result(), running, MoreKpis::of);
        VBox content = new VBox(10, controls, more, grid, table, years);
        content.setPadding(new Insets(10));
        setContent(content);
    }

    /**
     * "Compare with ▾": the base plan and each scenario as a tick; a ticked one's key figure is overlaid as a dashed
     * line on every chart. Rebuilt from the plan each time it opens, so added or renamed scenarios show.
     */
    private static MenuButton compareMenu(DashboardViewModel vm) {
        MenuButton menu = new MenuButton("Compare with");
        menu.setId("dashboard-compare");
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            vm.comparable().forEach((id, name) -> {
                CheckMenuItem item = new CheckMenuItem(name);
                item.setId("dashboard-compare-" + id);
                item.setSelected(vm.compared().contains(id));
                item.selectedProperty().addListener((o, was, now) -> {
                    if (now) {
                        vm.compared().add(id);
                    } else {
                        vm.compared().remove(id);
                    }
                });
                menu.getItems().add(item);
            });
        });
        // a menu with no items does not open: give it its items once before the first click
        menu.getItems().add(new CheckMenuItem("Base plan"));
        return menu;
    }

    /** Makes the dashboard's tiles and yearly cells open the trace of their figure (issue 13). */
    public void traceWith(Consumer<String> trace) {
        more.onTrace(trace);
        years.onTrace(trace);
        this.trace = trace;
        viewers.forEach((kind, viewer) -> {
            viewer.setOnPointTraced(point -> tracePoint(kind, point));
            viewer.setOnSeriesPointTraced((key, point) -> traceSeries(kind, key, point));
        });
    }

    private void traceSeries(ChartKind kind, SeriesKey key, int point) {
        SimulationResult r = dashboardVm.result().getValue();
        ResultChartViewer viewer = viewers.get(kind);
        if (trace != null && r != null && viewer != null && viewer.getChart() != null) {
            trace.accept(SeriesQuestions.question(kind, key, SeriesQuestions.keys(viewer.getChart()),
                    dashboardVm.periodProperty().get(), point, r));
        }
    }

    private void tracePoint(ChartKind kind, int point) {
        SimulationResult r = dashboardVm.result().getValue();
        if (trace != null && r != null) {
            trace.accept(SeriesQuestions.question(kind, dashboardVm.periodProperty().get(), point, r));
        }
    }

    /** Puts the charts in their slots; a viewer is made with its first chart (an empty viewer cannot paint). */
    private void show(DashboardViewModel.Charts charts, DashboardViewModel vm) {
        if (charts == null) {
            return;
        }
        charts.byKind().forEach((kind, chart) -> {
            ResultChartViewer viewer = viewers.get(kind);
            if (viewer == null) {
                viewer = new ResultChartViewer(chart, charts.style());
                viewer.setId("chart-" + kind.fileStem());
                viewer.setOnSeriesClicked(vm::highlight);
                viewer.setOnPointTraced(point -> tracePoint(kind, point));
                viewer.setOnSeriesPointTraced((key, point) -> traceSeries(kind, key, point));
                viewer.emphasize(vm.emphasizedProperty().get());
                viewers.put(kind, viewer);
                slots.get(kind).getChildren().setAll(viewer);
            } else {
                viewer.setChart(chart, charts.style());
            }
        });
    }

    private static ToggleButton toggle(String text, Period period, ToggleGroup group, DashboardViewModel vm) {
        ToggleButton b = new ToggleButton(text);
        b.setId("period-" + period.name().toLowerCase(java.util.Locale.ROOT));
        b.setToggleGroup(group);
        b.setOnAction(e -> {
            if (b.isSelected()) {
                vm.periodProperty().set(period);
            } else {
                b.setSelected(true);
            }
        });
        return b;
    }

    /**
     * Whether the dashboard is on screen; true unless told otherwise (the main window binds it to its tab being
     * selected). While false, new charts are held, not drawn.
     */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    public DashboardViewModel viewModel() {
        return dashboardVm;
    }

    /** The viewer of a chart, once its first chart is drawn. */
    public java.util.Optional<ResultChartViewer> viewer(ChartKind kind) {
        return java.util.Optional.ofNullable(viewers.get(kind));
    }
}

package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.common.Theme;
import com.tokenfactory.app.gui.common.Icons;
import com.tokenfactory.app.gui.common.AppIcons;
import com.tokenfactory.app.gui.assumptions.AssumptionsView;
import com.tokenfactory.app.gui.assumptions.AssumptionsViewModel;
import com.tokenfactory.app.gui.assumptions.CatalogView;
import com.tokenfactory.app.gui.canvas.BuildOutCanvas;
import com.tokenfactory.app.gui.canvas.CanvasViewModel;
import com.tokenfactory.app.gui.canvas.Palette;
import com.tokenfactory.app.gui.canvas.TimelineBar;
import com.tokenfactory.app.gui.files.AppPreferences;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.properties.PropertiesView;
import com.tokenfactory.app.gui.properties.PropertiesViewModel;
import com.tokenfactory.app.gui.results.KpiStrip;
import com.tokenfactory.app.gui.results.ProblemsView;
import com.tokenfactory.app.gui.results.Recompute;
import com.tokenfactory.app.gui.results.DashboardView;
import com.tokenfactory.app.gui.results.Tracer;
import com.tokenfactory.app.gui.results.DashboardViewModel;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.app.gui.scenarios.ScenariosView;
import com.tokenfactory.app.gui.scenarios.ScenariosViewModel;
import com.tokenfactory.app.gui.uncertainty.UncertaintyView;
import com.tokenfactory.app.gui.uncertainty.UncertaintyViewModel;
import com.tokenfactory.app.gui.workloads.WorkloadsView;
import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.app.gui.workloads.WorkloadsViewModel;
import com.tokenfactory.core.plan.Plan;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;

/**
 * The main window: menus and toolbar, the KPI strip, the tabs (build-out canvas, workloads, results, scenarios,
 * assumptions and catalog), the problems panel and the status bar. Builds the view-models, wires views to them, and
 * owns the window's life: its workers ({@link Workers}), theme, and asking before unsaved work is lost. The parts:
 * {@link DocumentServices} (files, autosave, recovery), {@link MainToolbar} with its {@link ScenarioPicker} over
 * {@link ScenarioChoices}, {@link WindowPlacement}, {@link SideWindows} (calibration, presentation, About).
 */
public final class MainWindow {
    public static final int BUILD_OUT_TAB = 0;
    public static final int WORKLOADS_TAB = 1;
    public static final int RESULTS_TAB = 2;
    public static final int UNCERTAINTY_TAB = 5;

    private final Stage stage;
    private final AppContext context;
    private final MainViewModel vm;
    private final CanvasViewModel canvasVm;
    private Tracer tracer;
    private final BuildOutCanvas canvas;
    private final WorkloadsViewModel workloadsVm;
    private final MessageBar messages = new MessageBar();
    private final TabPane tabs = new TabPane();
    private final ProblemsView problems;
    private final DocumentServices services;
    private final FileActions fileActions;
    private final SideWindows sideWindows;
    /** The window's background threads, by purpose (docs/architecture.md, "Background work"). */
    private final Workers workers = new Workers();
    private final UncertaintyView uncertainty;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    /** The charts' look of the theme: the dashboard's and the calibration window's charts follow it. */
    private final ObservableValue<ChartStyle> chartStyle = dark.map(d -> d ? ChartStyle.DARK : ChartStyle.LIGHT);
    private final Scene scene;
    private final SplitPane body;
    private SplitPane buildOutSplit;
    private DashboardView dashboard;
    private boolean closed;

    public MainWindow(Stage stage, AppContext context, Plan initial, Path initialFile) {
        this.stage = stage;
        this.context = context;
        AppPreferences prefs = context.preferences();
        Recompute recompute = new Recompute(workers, Platform::runLater, context.recomputeDebounce());
        vm = new MainViewModel(initial, initialFile, recompute);
        Prompts prompts = context.prompts().apply(stage);
        services = new DocumentServices(vm, context, prompts, messages, workers, Platform::runLater);
        fileActions = services.fileActions();
        sideWindows = new SideWindows(stage, vm, chartStyle);

        canvasVm = new CanvasViewModel(vm.document(), vm.selection(), messages::notice);
        canvasVm.resultProperty().bind(vm.resultProperty());
        canvas = new BuildOutCanvas(canvasVm);
        workloadsVm = new WorkloadsViewModel(vm.document(), vm.selection());
        workloadsVm.resultProperty().bind(vm.resultProperty());
        problems = new ProblemsView(vm.resultProperty(), vm::elementName, this::reveal);

        Pane overlay = new Pane();
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);

        uncertainty = new UncertaintyView(new UncertaintyViewModel(vm.document(), vm.scenarioIdProperty(),
                workers.pool(Workers.Purpose.MONTE_CARLO),
                Platform::runLater));
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Build-out", Material2AL.DOMAIN, buildOut(overlay)),
                tab("Workloads", Material2MZ.VIEW_LIST, new WorkloadsView(workloadsVm, properties(ElementKind::workload))),
                tab("Results", Material2MZ.SHOW_CHART, results()),
                tab("Scenarios", Material2MZ.TUNE, new ScenariosView(new ScenariosViewModel(vm.document(),
                        vm.scenarioIdProperty()))),
                tab("Assumptions & Catalog", Material2MZ.SETTINGS, assumptions()),
                tab("Uncertainty", Material2AL.INSIGHTS, uncertainty));
        dashboard.shownProperty().bind(tabs.getSelectionModel().selectedIndexProperty().isEqualTo(RESULTS_TAB));
        canvas.shownProperty().bind(tabs.getSelectionModel().selectedIndexProperty().isEqualTo(BUILD_OUT_TAB));

        SplitPane body = new SplitPane(tabs, problems);
        body.setOrientation(Orientation.VERTICAL);
        problems.setMinHeight(80);
        problems.setPrefHeight(170);
        SplitPane.setResizableWithParent(problems, false);
        this.body = body;

        BorderPane main = new BorderPane();
        KpiStrip kpis = new KpiStrip(vm.resultProperty(), vm.recompute().runningProperty());
        tracer = new Tracer(() -> vm.activeScenario().map(s -> s.applyTo(vm.document().getPlan()))
                .orElse(vm.document().getPlan()), vm::getResult, this::reveal, () -> stage);
        kpis.onTrace(tracer::trace, tracer::badges, workers.pool(Workers.Purpose.CHARTS), Platform::runLater);
        dashboard.traceWith(tracer::trace);
        StackPane root = new StackPane(main, overlay);
        scene = new Scene(root);
        EditActions edit = new EditActions(vm, canvasVm, scene);
        ExportActions exports = new ExportActions(vm, prompts, workers.pool(Workers.Purpose.EXPORTS),
                Platform::runLater, messages);
        MainMenus.Parts parts = new MainMenus.Parts(vm, fileActions, exports, edit, canvasVm, canvas, workloadsVm,
                services.recent(), dark, tabs.getSelectionModel()::select, this::requestClose, sideWindows::about,
                sideWindows::calibrate, () -> sideWindows.present(dark.get()));
        ToolBar toolbar = MainToolbar.create(vm.document(), fileActions, edit, canvasVm, canvas,
                new ScenarioChoices(vm.document(), vm.scenarioIdProperty()), dark);
        VBox top = new VBox(MainMenus.create(parts), toolbar, messages, kpis);
        main.setTop(top);
        main.setCenter(body);
        main.setBottom(new StatusBar(vm, this::showProblems));

        dark.set(prefs.darkTheme());
        (dark.get() ? Theme.DARK : Theme.LIGHT).apply(scene);
        dark.addListener((o, was, now) -> {
            (now ? Theme.DARK : Theme.LIGHT).apply(scene);
            prefs.setDarkTheme(now);
        });

        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        AppIcons.applyTo(stage);
        WindowPlacement.restore(stage, prefs);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
    }

    private Tab tab(String title, org.kordamp.ikonli.Ikon icon, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setGraphic(Icons.of(icon));
        t.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return t;
    }

    private PropertiesViewModel properties(java.util.function.Predicate<ElementKind> shown) {
        PropertiesViewModel p = new PropertiesViewModel(vm.document(), vm.selection(), shown);
        p.resultProperty().bind(vm.resultProperty());
        return p;
    }

    private SplitPane buildOut(Pane overlay) {
        Palette palette = new Palette(canvasVm, canvas, overlay);
        palette.setPadding(new Insets(12));
        // in a short window the palette scrolls; were it to keep its full height, the row would be taller than the
        // tab and the timeline under the canvas would be cut off
        ScrollPane paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        paletteScroll.getStyleClass().addAll("edge-to-edge", "palette-scroll");
        paletteScroll.setMinWidth(170);
        paletteScroll.setPrefWidth(210);
        paletteScroll.setMaxWidth(280);
        VBox center = new VBox(canvas, new TimelineBar(canvasVm));
        VBox.setVgrow(canvas, Priority.ALWAYS);
        PropertiesView editor = new PropertiesView(properties(ElementKind::onCanvas));
        editor.setId("canvas-properties");
        ScrollPane side = new ScrollPane(editor);
        side.setFitToWidth(true);
        side.setMinWidth(300);
        side.setPrefWidth(370);
        side.setMaxWidth(560);
        SplitPane split = new SplitPane(paletteScroll, center, side);
        buildOutSplit = split;
        SplitPane.setResizableWithParent(paletteScroll, false);
        SplitPane.setResizableWithParent(side, false);
        return split;
    }

    private DashboardView results() {
        DashboardViewModel dashboardVm = new DashboardViewModel(vm.document(), vm.selection(), vm.resultProperty(),
                workers.pool(Workers.Purpose.CHARTS), Platform::runLater);
        dashboardVm.styleProperty().bind(chartStyle);
        dashboardVm.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                messages.error(now);
            }
        });
        dashboard = new DashboardView(dashboardVm, vm.recompute().runningProperty(), this::reveal);
        return dashboard;
    }

    private ScrollPane assumptions() {
        VBox box = new VBox(new AssumptionsView(new AssumptionsViewModel(vm.document())),
                new CatalogView(vm.document().planProperty()));
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        return scroller;
    }

    /** Selects the element a problem concerns and shows it: on the canvas, or in the workloads table. */
    private void reveal(String id) {
        PlanElements.kind(vm.document().getPlan(), id).ifPresent(kind -> {
            vm.selection().select(id);
            if (kind.onCanvas()) {
                tabs.getSelectionModel().select(BUILD_OUT_TAB);
                canvas.reveal(id);
            } else {
                tabs.getSelectionModel().select(WORKLOADS_TAB);
            }
        });
    }

    private void showProblems() {
        problems.list().requestFocus();
    }

    public void show() {
        // the problems panel opens at 190 px, or a fifth of a short window (about three rows in a 760 px window) so the
        // tabs keep room for their tables; the stage's height, set before it shows, not the body's first layout height
        double problemsHeight = Math.min(190, stage.getHeight() / 5);
        WindowPlacement.whenSized(body.heightProperty(),
                h -> body.setDividerPositions(Math.max(0.55, (h - problemsHeight) / h)));
        WindowPlacement.whenSized(buildOutSplit.widthProperty(),
                w -> buildOutSplit.setDividerPositions(210 / w, Math.max(0.5, (w - 380) / w)));
        stage.show();
        services.offerRecovery();
    }

    /** Closes the window after the unsaved-changes question (the window's close button and File → Quit). */
    public void requestClose() {
        fileActions.whenSafeToReplace(this::close);
    }

    /** Closes the window at once, without the unsaved-changes question (tests and the screenshot script). */
    public void dispose() {
        close();
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        WindowPlacement.remember(stage, context.preferences());
        sideWindows.close();
        services.close();
        vm.close();
        workers.close();
        stage.close();
    }

    /** Shows a message as the app shows errors (used for a file given on the command line that did not open). */
    public void showError(String message) {
        messages.error(message);
    }

    // ---- for tests and the screenshot script ----

    public UncertaintyView uncertainty() {
        return uncertainty;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public CanvasViewModel canvasViewModel() {
        return canvasVm;
    }

    public BuildOutCanvas canvas() {
        return canvas;
    }

    public FileActions fileActions() {
        return fileActions;
    }

    public MessageBar messages() {
        return messages;
    }

    public TabPane tabs() {
        return tabs;
    }

    public Scene scene() {
        return scene;
    }

    /** The trace window's opener (issue 13), for tests. */
    public Tracer tracer() {
        return tracer;
    }

    public DashboardView dashboard() {
        return dashboard;
    }
}

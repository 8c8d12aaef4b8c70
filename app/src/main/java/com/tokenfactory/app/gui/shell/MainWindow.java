package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.AppIcons;
import com.tokenfactory.app.gui.assumptions.AssumptionsView;
import com.tokenfactory.app.gui.assumptions.AssumptionsViewModel;
import com.tokenfactory.app.gui.assumptions.CatalogView;
import com.tokenfactory.app.gui.canvas.BuildOutCanvas;
import com.tokenfactory.app.gui.canvas.CanvasViewModel;
import com.tokenfactory.app.gui.canvas.Palette;
import com.tokenfactory.app.gui.canvas.TimelineBar;
import com.tokenfactory.app.gui.files.AppPreferences;
import com.tokenfactory.app.gui.files.Autosaver;
import com.tokenfactory.app.gui.files.DocumentFiles;
import com.tokenfactory.app.gui.files.RecentFiles;
import com.tokenfactory.app.gui.files.Recovery;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.properties.PropertiesView;
import com.tokenfactory.app.gui.properties.PropertiesViewModel;
import com.tokenfactory.app.gui.results.KpiStrip;
import com.tokenfactory.app.gui.results.ProblemsView;
import com.tokenfactory.app.gui.results.Recompute;
import com.tokenfactory.app.gui.results.DashboardView;
import com.tokenfactory.app.gui.results.DashboardViewModel;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.app.gui.scenarios.ScenariosView;
import com.tokenfactory.app.gui.scenarios.ScenariosViewModel;
import com.tokenfactory.app.gui.workloads.WorkloadsView;
import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.app.gui.workloads.WorkloadsViewModel;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.io.AutosaveStore;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.app.present.PresentationMode;
import com.tokenfactory.app.present.PresentationOptions;
import com.tokenfactory.app.present.PresentationTheme;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;

/**
 * The main window: menus and toolbar, the KPI strip, the tabs (build-out canvas, workloads, results, scenarios,
 * assumptions and catalog), the problems panel and the status bar. Builds the view-models, wires views to them, and
 * owns the window's life: theme, remembered size, recovery offer, and asking before unsaved work is lost.
 */
public final class MainWindow {
    public static final int BUILD_OUT_TAB = 0;
    public static final int WORKLOADS_TAB = 1;
    public static final int RESULTS_TAB = 2;

    private final Stage stage;
    private final AppContext context;
    private final MainViewModel vm;
    private final CanvasViewModel canvasVm;
    private final BuildOutCanvas canvas;
    private final WorkloadsViewModel workloadsVm;
    private final MessageBar messages = new MessageBar();
    private final TabPane tabs = new TabPane();
    private final ProblemsView problems;
    private final RecentFiles recent;
    private final DocumentFiles documentFiles;
    private final FileActions fileActions;
    private final Autosaver autosaver;
    private final RecoveryOffer recoveryOffer;
    private final Prompts prompts;
    /** The window's background threads, by purpose (docs/architecture.md, "Background work"). */
    private final Workers workers = new Workers();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    /** The charts' look of the theme: the dashboard's and the calibration window's charts follow it. */
    private final ObservableValue<ChartStyle> chartStyle = dark.map(d -> d ? ChartStyle.DARK : ChartStyle.LIGHT);
    private final Scene scene;
    private final SplitPane body;
    private SplitPane buildOutSplit;
    private DashboardView dashboard;
    private Stage calibration;
    private boolean closed;

    public MainWindow(Stage stage, AppContext context, Plan initial, Path initialFile) {
        this.stage = stage;
        this.context = context;
        AppPreferences prefs = context.preferences();
        Recompute recompute = new Recompute(workers, Platform::runLater, context.recomputeDebounce());
        vm = new MainViewModel(initial, initialFile, recompute);
        prompts = context.prompts().apply(stage);
        recent = new RecentFiles(prefs);
        documentFiles = new DocumentFiles(vm.document(), new PlanFile(), recent,
                workers.pool(Workers.Purpose.FILES), Platform::runLater,
                messages::error);
        fileActions = new FileActions(vm, documentFiles, prompts);
        AutosaveStore store = new AutosaveStore(context.recoveryFolder());
        autosaver = new Autosaver(vm.document(), store, prefs, context.autosaveDelay());
        recoveryOffer = new RecoveryOffer(new Recovery(store, prefs), vm.document(), prompts, messages,
                workers.pool(Workers.Purpose.FILES), Platform::runLater);

        canvasVm = new CanvasViewModel(vm.document(), vm.selection(), messages::notice);
        canvasVm.resultProperty().bind(vm.resultProperty());
        canvas = new BuildOutCanvas(canvasVm);
        workloadsVm = new WorkloadsViewModel(vm.document(), vm.selection());
        workloadsVm.resultProperty().bind(vm.resultProperty());
        problems = new ProblemsView(vm.resultProperty(), vm::elementName, this::reveal);

        Pane overlay = new Pane();
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);

        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Build-out", Material2AL.DOMAIN, buildOut(overlay)),
                tab("Workloads", Material2MZ.VIEW_LIST, new WorkloadsView(workloadsVm, properties(ElementKind::workload))),
                tab("Results", Material2MZ.SHOW_CHART, results()),
                tab("Scenarios", Material2MZ.TUNE, new ScenariosView(new ScenariosViewModel(vm.document(),
                        vm.scenarioIdProperty()))),
                tab("Assumptions & Catalog", Material2MZ.SETTINGS, assumptions()));

        SplitPane body = new SplitPane(tabs, problems);
        body.setOrientation(Orientation.VERTICAL);
        problems.setMinHeight(80);
        problems.setPrefHeight(170);
        SplitPane.setResizableWithParent(problems, false);
        this.body = body;

        BorderPane main = new BorderPane();
        KpiStrip kpis = new KpiStrip(vm.resultProperty(), vm.recompute().runningProperty());
        StackPane root = new StackPane(main, overlay);
        scene = new Scene(root);
        EditActions edit = new EditActions(vm, canvasVm, scene);
        ExportActions exports = new ExportActions(vm, prompts, workers.pool(Workers.Purpose.EXPORTS),
                Platform::runLater, messages);
        MainMenus.Parts parts = new MainMenus.Parts(vm, fileActions, exports, edit, canvasVm, canvas, workloadsVm, recent, dark,
                tabs.getSelectionModel()::select, this::requestClose, this::about, this::calibrate, this::present);
        VBox top = new VBox(MainMenus.create(parts), toolbar(edit), messages, kpis);
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
        placeWindow(prefs);
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

    private ToolBar toolbar(EditActions edit) {
        Button undo = iconButton(Material2MZ.UNDO, "Undo", edit::undo);
        undo.disableProperty().bind(vm.document().undoNameProperty().isNull());
        Button redo = iconButton(Material2MZ.REDO, "Redo", edit::redo);
        redo.disableProperty().bind(vm.document().redoNameProperty().isNull());
        ToggleButton snap = new ToggleButton(null, Icons.of(Material2AL.GRID_ON));
        snap.setTooltip(new Tooltip("Snap to grid"));
        snap.selectedProperty().bindBidirectional(canvasVm.snappingProperty());
        ComboBox<String> scenario = scenarioPicker();
        ToggleButton theme = new ToggleButton(null, Icons.of(Material2AL.BRIGHTNESS_4));
        theme.setId("toggle-theme");
        theme.setTooltip(new Tooltip("Dark theme"));
        theme.selectedProperty().bindBidirectional(dark);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label scenarioLabel = new Label("Results under");
        scenarioLabel.getStyleClass().add("muted");
        ToolBar bar = new ToolBar(
                iconButton(Material2MZ.NOTE_ADD, "New plan", fileActions::newPlan),
                iconButton(Material2AL.FOLDER_OPEN, "Open…", fileActions::open),
                iconButton(Material2MZ.SAVE, "Save", fileActions::save),
                vertical(), undo, redo, vertical(),
                iconButton(Material2MZ.ZOOM_OUT, "Zoom out", () -> canvas.zoomBy(0.8)),
                iconButton(Material2MZ.ZOOM_IN, "Zoom in", () -> canvas.zoomBy(1.25)),
                iconButton(Material2MZ.ZOOM_OUT_MAP, "Fit the build-out in view", canvas::fit), snap,
                vertical(), scenarioLabel, scenario, spacer, theme);
        bar.setId("main-toolbar");
        return bar;
    }

    private ComboBox<String> scenarioPicker() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("scenario-picker");
        box.setPrefWidth(220);
        ListCell<String> button = scenarioCell();
        box.setButtonCell(button);
        box.setCellFactory(l -> scenarioCell());
        Runnable fill = () -> {
            java.util.List<String> ids = new java.util.ArrayList<>();
            ids.add("");
            vm.document().getPlan().scenarios().forEach(s -> ids.add(s.id()));
            if (!ids.equals(box.getItems())) {
                box.getItems().setAll(ids);
            }
            String active = vm.scenarioIdProperty().get();
            box.setValue(active == null ? "" : active);
        };
        fill.run();
        vm.document().planProperty().addListener(o -> fill.run());
        vm.scenarioIdProperty().addListener(o -> fill.run());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.scenarioIdProperty().set(now.isEmpty() ? null : now);
            }
        });
        return box;
    }

    private ListCell<String> scenarioCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                if (empty || id == null) {
                    setText(null);
                } else if (id.isEmpty()) {
                    setText("Base plan");
                } else {
                    setText(vm.document().getPlan().scenarios().stream().filter(s -> s.id().equals(id))
                            .map(Scenario::name).findFirst().orElse(id));
                }
            }
        };
    }

    private static Separator vertical() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
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

    /**
     * Opens the Calibration window (com.tokenfactory.app.calibration) beside this one; Apply there is one undoable
     * edit here. A second request brings the open window to the front.
     */
    private void calibrate() {
        if (calibration != null && calibration.isShowing()) {
            calibration.toFront();
            return;
        }
        calibration = com.tokenfactory.app.calibration.CalibrationWindow.show(stage, vm.document()::getPlan,
                calibrated -> vm.document().apply(com.tokenfactory.app.gui.document.PlanEdit.of(
                        "Apply calibration from " + calibrated.calibration().device(), p -> calibrated)), chartStyle);
    }

    /** Presents the open plan under the scenario the results are shown under, in the app's theme (read-only). */
    private void present() {
        PresentationOptions options = PresentationOptions.defaults()
                .withTheme(dark.get() ? PresentationTheme.DARK : PresentationTheme.LIGHT);
        PresentationMode.show(stage, vm.document().getPlan(), vm.scenarioIdProperty().get(), options);
    }

    private void showProblems() {
        problems.list().requestFocus();
    }

    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION,
                "Plan AI datacenter build-outs: sites, halls, GPU pods and partner clouds; workloads on one fleet; "
                        + "CapEx, electricity and yield over five years.\n\nVersion "
                        + java.util.Objects.requireNonNullElse(MainWindow.class.getPackage().getImplementationVersion(),
                        "(development build)"));
        about.initOwner(stage);
        about.setTitle("About Token Factory Planner");
        about.setHeaderText("Token Factory Planner");
        about.showAndWait();
    }

    // ---- window life ----

    private void placeWindow(AppPreferences prefs) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1500, screen.getWidth() * 0.95);
        double h = Math.min(950, screen.getHeight() * 0.95);
        stage.setWidth(w);
        stage.setHeight(h);
        prefs.window().ifPresent(b -> {
            boolean visible = Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).size() > 0;
            if (visible) {
                stage.setX(b.x());
                stage.setY(b.y());
                stage.setWidth(b.width());
                stage.setHeight(b.height());
            }
            stage.setMaximized(b.maximized());
        });
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    public void show() {
        whenSized(body.heightProperty(), h -> body.setDividerPositions(Math.max(0.55, (h - 190) / h)));
        whenSized(buildOutSplit.widthProperty(),
                w -> buildOutSplit.setDividerPositions(210 / w, Math.max(0.5, (w - 380) / w)));
        stage.show();
        recoveryOffer.offer();
    }

    /** Divider positions are fractions, so they are set once the pane first has its size. */
    private static void whenSized(javafx.beans.value.ObservableValue<Number> size, java.util.function.DoubleConsumer then) {
        if (size.getValue().doubleValue() > 0) {
            then.accept(size.getValue().doubleValue());
            return;
        }
        size.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    size.removeListener(this);
                    then.accept(now.doubleValue());
                }
            }
        });
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
        context.preferences().setWindow(new AppPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        if (calibration != null) {
            calibration.close();
        }
        autosaver.close();
        vm.close();
        workers.close();
        stage.close();
    }

    /** Shows a message as the app shows errors (used for a file given on the command line that did not open). */
    public void showError(String message) {
        messages.error(message);
    }

    // ---- for tests and the screenshot script ----

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

    public DashboardView dashboard() {
        return dashboard;
    }
}

package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.benchmark.ProviderChoice;
import com.tokenfactory.charts.style.ChartStyle;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;

import java.util.Objects;

/**
 * The calibration screen: this computer and the provider, Run / Cancel with progress, Load and Save a measurement,
 * the results table, the roofline chart, the fit, and the plan's calibration with each service's $/Mtok before and
 * after, and Apply. It only binds to a {@link CalibrationViewModel}; the two live and go together.
 */
public final class CalibrationView extends BorderPane {
    private static final String HEADING = "-fx-font-weight: bold; -fx-font-size: 13px;";
    /** Secondary text in the theme's muted colour (AtlantaFX's looked-up colours follow light and dark). */
    static final String MUTED = "-fx-text-fill: -color-fg-muted;";

    private final CalibrationViewModel model;
    private final MeasurementFileChooser files;
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.LIGHT);

    public CalibrationView(CalibrationViewModel model) {
        this(model, MeasurementFileChooser.dialogs());
    }

    CalibrationView(CalibrationViewModel model, MeasurementFileChooser files) {
        this.model = Objects.requireNonNull(model, "model");
        this.files = Objects.requireNonNull(files, "files");
        setId("calibration");
        setPadding(new Insets(12));
        setTop(controls());
        // the user decides how much room the measurement and the plan's costs get (a laptop screen has little)
        SplitPane body = new SplitPane(results(), plan());
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.7);
        setCenter(body);
    }

    private Node controls() {
        Label title = new Label("Calibration: measure a device, then plan with its efficiencies");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 16px;");

        Label machine = wrapping();
        machine.setId("machine");
        machine.textProperty().bind(model.machineProperty());
        ChoiceBox<ProviderChoice> provider = new ChoiceBox<>();
        provider.setId("provider");
        provider.getItems().setAll(ProviderChoice.values());
        provider.setConverter(new ProviderNames());
        provider.valueProperty().bindBidirectional(model.providerProperty());
        CheckBox quick = new CheckBox("Quick check (a second or two; the figures only show that the benchmark works)");
        quick.setId("quick");
        quick.selectedProperty().bindBidirectional(model.quickProperty());
        HBox providerRow = new HBox(16, provider, quick);
        providerRow.setAlignment(Pos.CENTER_LEFT);
        Label expected = wrapping();
        expected.setId("expectedProvider");
        expected.setStyle(MUTED);
        expected.textProperty().bind(model.expectedProviderProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, values);
        form.addRow(0, new Label("This computer"), machine);
        form.addRow(1, new Label("Provider"), providerRow);
        form.add(expected, 1, 2);

        Button run = new Button("Run benchmark");
        run.setId("run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.runBenchmark());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button load = new Button("Load a saved measurement…");
        load.setId("load");
        load.disableProperty().bind(model.runningProperty());
        load.setOnAction(e -> files.chooseToOpen(window()).ifPresent(model::load));
        Button save = new Button("Save measurement…");
        save.setId("save");
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> files.chooseToSave(window(), "benchmark-" + java.time.LocalDate.now() + ".json")
                .ifPresent(model::save));
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("progressMessage");
        progressText.textProperty().bind(model.progressMessageProperty());
        progressText.setMinWidth(0);
        for (Button b : new Button[] {run, cancel, load, save}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, run, cancel, bar, progressText, new Separator(Orientation.VERTICAL), load, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progressText, Priority.ALWAYS);
        progressText.setMaxWidth(Double.MAX_VALUE);

        Label status = wrapping();
        status.setId("status");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.statusProperty().get().text(),
                model.statusProperty()));
        status.styleProperty().bind(Bindings.createStringBinding(() -> statusStyle(model.statusProperty().get()),
                model.statusProperty()));
        status.setMaxWidth(Double.MAX_VALUE);

        VBox top = new VBox(8, title, form, actions, status);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private Node results() {
        Label measuredOn = wrapping();
        measuredOn.setId("measuredOn");
        measuredOn.textProperty().bind(Bindings.createStringBinding(() -> model.measuredOnProperty().get().isEmpty()
                ? "" : "Measured on " + model.measuredOnProperty().get(), model.measuredOnProperty()));
        TableView<MeasurementRow> table = MeasurementTable.create(model.rows());
        table.setFixedCellSize(24);
        table.setPrefHeight(26 + 8 * 24 + 4); // the header and the eight tests of a run
        table.setMinHeight(140);
        FitPane fit = new FitPane();
        fit.show(model.fitSummaryProperty().get());
        model.fitSummaryProperty().addListener((o, was, now) -> fit.show(now));
        ScrollPane fitScroll = new ScrollPane(fit);
        fitScroll.setFitToWidth(true);
        fitScroll.setPrefHeight(120); // the table keeps its rows; the fit takes the height left and scrolls
        fitScroll.setStyle("-fx-background-color: transparent; -fx-background: -color-bg-default;");
        VBox.setVgrow(fitScroll, Priority.ALWAYS);
        VBox left = new VBox(6, heading("Measurement"), measuredOn, table, heading("Fit"), fitScroll);
        left.setPadding(new Insets(0, 10, 0, 0));

        ChartViewer chart = new ChartViewer(RooflineChart.create(model.rooflineProperty().get(), chartStyle.get()));
        chart.setId("roofline");
        InvalidationListener redraw = o -> chart.setChart(RooflineChart.create(model.rooflineProperty().get(),
                chartStyle.get()));
        model.rooflineProperty().addListener(redraw);
        chartStyle.addListener(redraw);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label explain = wrapping();
        explain.setText("Each test at the FLOPs it does per byte it moves. Below the bandwidth ceiling's slope a test "
                + "is memory-bound (decode), under the flat compute ceiling compute-bound (prefill).");
        explain.setStyle(MUTED);
        VBox right = new VBox(6, heading("Roofline"), explain, chart);
        right.setPadding(new Insets(0, 0, 0, 10));

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.58);
        split.setMinHeight(0);
        return split;
    }

    private Node plan() {
        Label current = wrapping();
        current.setId("planCalibration");
        current.textProperty().bind(model.planCalibrationProperty());
        TableView<ServiceCostChange> costs = ServiceCostTable.create(model.impactRows());
        costs.setPrefHeight(130);
        // on a short screen the table gives up rows before the Apply button leaves the pane
        costs.setMinHeight(56);
        Label impactMessage = wrapping();
        impactMessage.setId("impactMessage");
        impactMessage.setStyle(MUTED);
        impactMessage.textProperty().bind(model.impactMessageProperty());
        impactMessage.managedProperty().bind(impactMessage.textProperty().isNotEmpty());
        impactMessage.visibleProperty().bind(impactMessage.managedProperty());
        Button apply = new Button("Apply to plan");
        apply.setId("apply");
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(e -> model.apply());
        apply.setMinWidth(Region.USE_PREF_SIZE);
        Label applyNote = wrapping();
        applyNote.setText("Stores the calibration in the plan as one edit that undo takes back. Every GPU type then "
                + "uses the measured efficiencies with its own datasheet peaks, and the measured overhead per step.");
        applyNote.setStyle(MUTED);
        HBox applyRow = new HBox(12, apply, applyNote);
        applyRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(applyNote, Priority.ALWAYS);
        VBox.setVgrow(costs, Priority.ALWAYS);
        VBox box = new VBox(6, heading("The plan"), current, costs, impactMessage, applyRow);
        box.setPadding(new Insets(8, 0, 0, 0));
        box.setMinHeight(0);
        return box;
    }

    /** The roofline chart's look: the window binds it to the app's light or dark theme. */
    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle(HEADING);
        return l;
    }

    private static Label wrapping() {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static String statusStyle(StatusMessage m) {
        return switch (m.kind()) {
            case INFO -> "-fx-text-fill: -color-fg-default; -fx-padding: 4 6 4 6;";
            case WARNING -> "-fx-text-fill: -color-warning-fg; -fx-background-color: -color-warning-subtle; "
                    + "-fx-padding: 4 6 4 6;";
            case ERROR -> "-fx-text-fill: -color-danger-fg; -fx-background-color: -color-danger-subtle; "
                    + "-fx-padding: 4 6 4 6;";
        };
    }

    /** The provider choices as the screen names them. */
    private static final class ProviderNames extends StringConverter<ProviderChoice> {
        @Override
        public String toString(ProviderChoice c) {
            if (c == null) {
                return "";
            }
            return switch (c) {
                case AUTO -> "Best available";
                case CUDA -> "CUDA (NVIDIA GPU)";
                case COREML -> "CoreML (Mac)";
                case CPU -> "CPU";
            };
        }

        @Override
        public ProviderChoice fromString(String s) {
            throw new UnsupportedOperationException("the provider is chosen from a list, never typed");
        }
    }
}

package com.tokenfactory.app.gui.uncertainty;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.charts.UncertaintyCharts;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.core.uncertainty.ScenarioComparison;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Uncertainty tab: the inputs table, Run/Cancel with progress, the fan of a chosen metric (filling in while the
 * trials run), the NPV histogram, the tornado, scenarios side by side and goal seek. Everything it shows comes from
 * {@link UncertaintyViewModel}.
 */
public final class UncertaintyView extends BorderPane {
    private final UncertaintyViewModel vm;
    private final TableView<UncertaintyViewModel.InputRow> inputs = new TableView<>();
    private final ComboBox<Metric> metric = new ComboBox<>(FXCollections.observableArrayList(Metric.values()));
    private final ChartViewer fan = new ChartViewer(null);
    private final ChartViewer histogram = new ChartViewer(null);
    private final ChartViewer tornado = new ChartViewer(null);
    private final TextArea comparison = new TextArea();
    private final Label drivers = new Label();

    public UncertaintyView(UncertaintyViewModel vm) {
        this.vm = vm;
        setId("uncertainty-view");
        setPadding(new Insets(8));
        setTop(runBar());
        SplitPane body = new SplitPane(inputsTable(), charts());
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.3);
        setCenter(body);
        vm.document().planProperty().addListener((o, was, now) -> inputs.getItems().setAll(vm.inputs()));
        inputs.getItems().setAll(vm.inputs());
        vm.resultProperty().addListener((o, was, now) -> showResult(now));
        vm.tornadoProperty().addListener((o, was, now) -> tornado.setChart(now == null ? null
                : UncertaintyCharts.tornado(now, vm.document().getPlan().name(), vm.document().getPlan().currency(),
                ChartStyle.LIGHT)));
        metric.getSelectionModel().select(Metric.CASH);
        metric.valueProperty().addListener((o, was, now) -> showResult(vm.resultProperty().get()));
    }

    private HBox runBar() {
        TextField trials = new TextField(Integer.toString(vm.trialsProperty().get()));
        trials.setId("uncertainty-trials");
        trials.setPrefColumnCount(6);
        trials.textProperty().addListener((o, was, now) -> {
            try {
                vm.trialsProperty().set(Integer.parseInt(now.strip().replace(",", "")));
            } catch (NumberFormatException e) {
                vm.trialsProperty().set(0);
            }
        });
        TextField seed = new TextField(Long.toString(vm.seedProperty().get()));
        seed.setPrefColumnCount(6);
        seed.textProperty().addListener((o, was, now) -> {
            try {
                vm.seedProperty().set(Long.parseLong(now.strip()));
            } catch (NumberFormatException e) {
                vm.seedProperty().set(1);
            }
        });
        Button run = new Button("Run");
        run.setId("uncertainty-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> {
            vm.run();
            vm.runTornado(Kpi.NPV);
        });
        Button cancel = new Button("Cancel");
        cancel.setId("uncertainty-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("uncertainty-status");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, new Label("Trials"), trials, new Label("Seed"), seed, run, cancel, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private TableView<UncertaintyViewModel.InputRow> inputsTable() {
        inputs.setId("uncertainty-inputs");
        inputs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        inputs.getColumns().add(column("Input", UncertaintyViewModel.InputRow::name, 170));
        inputs.getColumns().add(column("Moves", UncertaintyViewModel.InputRow::lever, 190));
        inputs.getColumns().add(column("Distribution", UncertaintyViewModel.InputRow::distribution, 230));
        inputs.getColumns().add(column("P10", UncertaintyViewModel.InputRow::p10, 70));
        inputs.getColumns().add(column("P90", UncertaintyViewModel.InputRow::p90, 70));
        inputs.getColumns().add(column("Source", UncertaintyViewModel.InputRow::source, 400));
        inputs.setPlaceholder(new Label("No uncertain inputs yet: add one in the Edit inputs tab below."));
        return inputs;
    }

    private static TableColumn<UncertaintyViewModel.InputRow, String> column(
            String title, Function<UncertaintyViewModel.InputRow, String> value, double width) {
        TableColumn<UncertaintyViewModel.InputRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private TabPane charts() {
        VBox fanBox = new VBox(6, new HBox(8, new Label("Metric"), metric), fan);
        VBox.setVgrow(fan, Priority.ALWAYS);
        ScrollPane form = new ScrollPane(new InputForm(vm.editor(), inputs));
        form.setFitToWidth(true);
        Tab edit = new Tab("Edit inputs", form);
        edit.setId("uncertainty-edit-tab");
        TabPane tabs = new TabPane(new Tab("Fan", fanBox), edit, new Tab("NPV histogram", histogramBox()),
                new Tab("Tornado", tornado), new Tab("Compare scenarios", compareBox()),
                new Tab("Goal seek", goalSeekBox()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("uncertainty-charts");
        return tabs;
    }

    private VBox histogramBox() {
        drivers.setId("uncertainty-drivers");
        drivers.setWrapText(true);
        VBox box = new VBox(6, histogram, drivers);
        VBox.setVgrow(histogram, Priority.ALWAYS);
        return box;
    }

    private VBox compareBox() {
        FlowPane choices = new FlowPane(8, 4);
        List<CheckBox> boxes = new ArrayList<>();
        Runnable refresh = () -> {
            boxes.clear();
            choices.getChildren().clear();
            for (String id : vm.comparableIds()) {
                CheckBox box = new CheckBox(id);
                box.setSelected(boxes.size() < 3);
                boxes.add(box);
                choices.getChildren().add(box);
            }
        };
        refresh.run();
        vm.document().planProperty().addListener((o, was, now) -> refresh.run());
        comparison.setEditable(false);
        comparison.setStyle("-fx-font-family: monospace;");
        Button compare = new Button("Compare");
        compare.setOnAction(e -> {
            List<String> ids = boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
            try {
                comparison.setText(render(vm.compare(ids)));
            } catch (IllegalArgumentException ex) {
                comparison.setText(ex.getMessage());
            }
        });
        VBox box = new VBox(8, choices, compare, comparison);
        VBox.setVgrow(comparison, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** The comparison as a table of text: a column per scenario, a Δ against the first beside each other. */
    static String render(ScenarioComparison c) {
        String currency = c.columns().get(0).result().currency();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("KPI"));
        for (int i = 0; i < c.columns().size(); i++) {
            header.add(c.columns().get(i).id());
            if (i > 0) {
                header.add("Δ");
            }
        }
        rows.add(header.toArray(String[]::new));
        List<ScenarioComparison.Row> kpis = c.kpis();
        for (int k = 0; k < kpis.size(); k++) {
            Kpi kpi = k < ScenarioComparison.KPIS.size() ? ScenarioComparison.KPIS.get(k) : Kpi.REVENUE;
            rows.add(cells(kpis.get(k), kpi, currency));
        }
        StringBuilder b = new StringBuilder(TextTable.render(rows, 0));
        for (ScenarioComparison.YearlyFigure f : c.yearly()) {
            List<String[]> y = new ArrayList<>();
            header.set(0, f.label());
            y.add(header.toArray(String[]::new));
            f.rows().forEach(r -> y.add(cells(r, Kpi.REVENUE, currency)));
            b.append('\n').append(TextTable.render(y, 0));
        }
        return b.toString();
    }

    private static String[] cells(ScenarioComparison.Row r, Kpi kpi, String currency) {
        List<String> cells = new ArrayList<>(List.of(r.label()));
        for (int i = 0; i < r.values().length; i++) {
            cells.add(format(kpi, r.values()[i], currency, false));
            if (i > 0) {
                cells.add(format(kpi, r.deltas()[i], currency, true));
            }
        }
        return cells.toArray(String[]::new);
    }

    private static String format(Kpi kpi, double v, String currency, boolean delta) {
        return delta ? kpi.formatChange(v, currency) : kpi.format(v, currency);
    }

    private VBox goalSeekBox() {
        ComboBox<String> input = new ComboBox<>(FXCollections.observableArrayList(vm.goalSeekInputs()));
        input.getSelectionModel().select("tokenPrice");
        vm.document().planProperty().addListener((o, was, now) -> {
            String chosen = input.getValue();
            input.getItems().setAll(vm.goalSeekInputs());
            input.setValue(chosen);
        });
        ComboBox<Kpi> kpi = new ComboBox<>(FXCollections.observableArrayList(Kpi.values()));
        kpi.getSelectionModel().select(Kpi.NPV);
        TextField target = new TextField("0");
        target.setPrefColumnCount(10);
        Label answer = new Label();
        answer.setWrapText(true);
        Button seek = new Button("Seek and apply");
        seek.setId("uncertainty-goal-seek");
        seek.setOnAction(e -> {
            try {
                answer.setText(vm.goalSeek(input.getValue(), kpi.getValue(),
                        Double.parseDouble(target.getText().strip())));
            } catch (NumberFormatException ex) {
                answer.setText("The target must be a number (money in the plan's currency, IRR as a fraction).");
            }
        });
        HBox form = new HBox(8, new Label("Find"), input, new Label("so that"), kpi, new Label("="), target, seek);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, form, answer);
        box.setPadding(new Insets(8));
        return box;
    }

    public UncertaintyViewModel viewModel() {
        return vm;
    }

    /** The fan chart's viewer (its chart is null before the first run). */
    public ChartViewer fan() {
        return fan;
    }

    private void showResult(MonteCarloResult r) {
        if (r == null || r.trialsRun() == 0) {
            return;
        }
        fan.setChart(UncertaintyCharts.fan(r, metric.getValue(), ChartStyle.LIGHT));
        histogram.setChart(UncertaintyCharts.histogram(r, Kpi.NPV, ChartStyle.LIGHT));
        drivers.setText(UncertaintyViewModel.drivers(r));
    }
}

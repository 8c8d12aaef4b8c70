package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.properties.PropertiesView;
import com.tokenfactory.app.gui.properties.PropertiesViewModel;
import com.tokenfactory.app.gui.common.Icons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.function.Function;

/**
 * Inference services and training runs in one table (add, duplicate, delete), the engine's throughput choice for
 * every service × SKU under it (the selected service's rows selected), and the property editor with the demand curve
 * of the selected workload beside them.
 */
public final class WorkloadsView extends SplitPane {
    private final WorkloadsViewModel vm;
    private final TableView<WorkloadRow> table = new TableView<>();
    private boolean syncing;

    public WorkloadsView(WorkloadsViewModel vm, PropertiesViewModel properties) {
        this.vm = vm;
        getStyleClass().add("workloads");
        table.setId("workloads-table");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No workloads yet: add an inference service or a training run."));
        TableColumn<WorkloadRow, String> name = column("Name", WorkloadRow::name, 245);
        name.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                WorkloadRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                getStyleClass().removeAll("has-error", "has-warning");
                setTooltip(null);
                if (row == null) {
                    setGraphic(null);
                    return;
                }
                javafx.scene.Node kindIcon = Icons.of(row.kind() == ElementKind.SERVICE
                        ? Material2MZ.SPEED : Material2MZ.SCIENCE);
                if (row.worst() == null) {
                    setGraphic(kindIcon);
                } else {
                    boolean error = row.worst() == com.tokenfactory.core.result.Severity.ERROR;
                    javafx.scene.Node mark = Icons.of(error ? Material2AL.ERROR : Material2MZ.WARNING);
                    mark.getStyleClass().add(error ? "mark-error" : "mark-warning");
                    setGraphic(new javafx.scene.layout.HBox(4, kindIcon, mark));
                    getStyleClass().add(error ? "has-error" : "has-warning");
                    setTooltip(new javafx.scene.control.Tooltip(row.problems()));
                }
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(column("Demand / compute", WorkloadRow::demand, 255));
        table.getColumns().add(column("Price / value", WorkloadRow::price, 170));
        table.getColumns().add(column("Priority / window", WorkloadRow::priority, 155));
        table.getColumns().add(column("Needs", WorkloadRow::certifications, 100));
        table.getColumns().add(column("Result", WorkloadRow::outcome, 220));

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                vm.selection().selectAll(table.getSelectionModel().getSelectedItems().stream()
                        .map(WorkloadRow::id).toList());
                syncing = false;
            }
        });
        vm.selection().primaryProperty().addListener(o -> selectFromModel());
        vm.rows().addListener((javafx.collections.ListChangeListener<WorkloadRow>) c -> selectFromModel());

        Button addService = button("Add service", Material2AL.ADD, "add-service");
        addService.setOnAction(e -> vm.addService());
        Button addTraining = button("Add training run", Material2MZ.SCIENCE, "add-training");
        addTraining.setOnAction(e -> vm.addTraining());
        Button duplicate = button("Duplicate", Material2AL.CONTENT_COPY, "duplicate-workload");
        duplicate.setOnAction(e -> selectedIds().stream().findFirst().ifPresent(vm::duplicate));
        Button delete = button("Delete", Material2AL.DELETE, "delete-workload");
        delete.setOnAction(e -> vm.delete(selectedIds()));
        duplicate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        ToolBar bar = new ToolBar(addService, addTraining, duplicate, delete);

        PropertiesView editor = new PropertiesView(properties);
        DemandCurveEditor demand = new DemandCurveEditor(new DemandCurveModel(vm.document()));
        ThroughputView throughput = new ThroughputView(vm);
        editor.extras().getChildren().add(demand);
        Runnable showExtras = () -> {
            boolean service = properties.kindProperty().get() == ElementKind.SERVICE;
            demand.edit(service ? properties.elementIdProperty().get() : null);
        };
        properties.elementIdProperty().addListener(o -> showExtras.run());
        vm.document().planProperty().addListener(o -> {
            if (properties.kindProperty().get() == ElementKind.SERVICE) {
                demand.edit(properties.elementIdProperty().get());
            }
        });
        showExtras.run();
        VBox right = new VBox(editor);
        throughput.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane scroller = new ScrollPane(right);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("edge-to-edge");

        // the throughput table is as wide as the workloads table: its fourteen columns do not fit beside the editor
        SplitPane left = new SplitPane(new BorderPane(table, bar, null, null, null), throughput);
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setMinHeight(120);
        throughput.setMinHeight(180);
        getItems().addAll(left, scroller);
        right.setMinWidth(380);
        scroller.setMinWidth(380);
        scroller.setMaxWidth(560);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    widthProperty().removeListener(this);
                    setDividerPositions(Math.max(0.5, (now.doubleValue() - 400) / now.doubleValue()));
                    left.setDividerPositions(0.3);
                }
            }
        });
    }

    private List<String> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(WorkloadRow::id).toList();
    }

    private void selectFromModel() {
        if (syncing) {
            return;
        }
        syncing = true;
        String primary = vm.selection().getPrimary();
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.selection().contains(vm.rows().get(i).id())) {
                table.getSelectionModel().select(i);
            }
        }
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).id().equals(primary)) {
                table.scrollTo(i);
            }
        }
        syncing = false;
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String id) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        return b;
    }

    private static TableColumn<WorkloadRow, String> column(String title, Function<WorkloadRow, String> value,
                                                           double width) {
        TableColumn<WorkloadRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}

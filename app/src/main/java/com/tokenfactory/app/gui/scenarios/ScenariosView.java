package com.tokenfactory.app.gui.scenarios;

import com.tokenfactory.app.gui.properties.EditedField;
import com.tokenfactory.app.gui.properties.FieldSpec;
import com.tokenfactory.app.gui.common.Icons;
import com.tokenfactory.core.plan.Scenario;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plan's scenarios: a list, the selected one's levers, and a button to show the results under it. */
public final class ScenariosView extends BorderPane {
    private final ScenariosViewModel vm;
    private final ListView<Scenario> list = new ListView<>();
    private final VBox editor = new VBox(8);
    private final List<Runnable> refreshers = new ArrayList<>();
    private String shown;

    public ScenariosView(ScenariosViewModel vm) {
        this.vm = vm;
        getStyleClass().add("scenarios");
        list.setId("scenario-list");
        list.setPrefWidth(280);
        Label none = new Label("No scenarios: add one to test demand, prices or grid dates.");
        none.setWrapText(true);
        none.setPadding(new javafx.geometry.Insets(12));
        list.setPlaceholder(none);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Scenario s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + (s.id().equals(vm.activeProperty().get()) ? " (shown)" : ""));
            }
        });
        Button add = new Button("Add", Icons.of(Material2AL.ADD));
        add.setOnAction(e -> select(vm.add()));
        Button duplicate = new Button("Duplicate", Icons.of(Material2AL.CONTENT_COPY));
        duplicate.setOnAction(e -> selected().ifPresent(s -> select(vm.duplicate(s.id()))));
        Button delete = new Button("Delete", Icons.of(Material2AL.DELETE));
        delete.setOnAction(e -> selected().ifPresent(s -> vm.delete(s.id())));
        duplicate.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        setTop(new ToolBar(add, duplicate, delete));
        setLeft(list);
        editor.setPadding(new Insets(16));
        setCenter(editor);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        vm.document().planProperty().addListener(o -> reload());
        vm.activeProperty().addListener(o -> list.refresh());
        reload();
    }

    private Optional<Scenario> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void select(String id) {
        reload();
        vm.scenario(id).ifPresent(s -> list.getSelectionModel().select(s));
    }

    private void reload() {
        String keep = shown;
        list.getItems().setAll(vm.scenarios());
        Optional<Scenario> again = keep == null ? Optional.empty() : vm.scenario(keep);
        if (again.isPresent()) {
            list.getSelectionModel().select(again.get());
            refreshers.forEach(Runnable::run);
        } else {
            show(null);
        }
    }

    private void show(Scenario s) {
        if (s != null && s.id().equals(shown) && !editor.getChildren().isEmpty()) {
            refreshers.forEach(Runnable::run);
            return;
        }
        shown = s == null ? null : s.id();
        editor.getChildren().clear();
        refreshers.clear();
        if (s == null) {
            Label hint = new Label("Select a scenario to edit its levers. A scenario changes the plan only while "
                    + "results are shown under it.");
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            editor.getChildren().add(hint);
            return;
        }
        String id = s.id();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(160), grow(), new ColumnConstraints(90));
        int row = 0;
        for (FieldSpec f : ScenariosViewModel.FIELDS) {
            TextField field = new TextField();
            field.setId("scenario-" + f.path());
            if (f.type().optional()) {
                field.setPromptText("blank: keep the plan's");
            }
            Label error = EditedField.refusalLine();
            EditedField.commitOnEnterOrLeave(field, error,
                    text -> vm.scenario(id).isPresent() ? vm.commit(id, f, text) : Optional.empty());
            Label label = new Label(f.label());
            if (!f.help().isEmpty()) {
                label.setTooltip(new Tooltip(f.help()));
            }
            Label unit = new Label(f.unit());
            unit.getStyleClass().add("unit");
            grid.addRow(row, label, field, unit);
            grid.add(error, 1, row + 1, 2, 1);
            row += 2;
            refreshers.add(() -> {
                if (vm.scenario(id).isPresent()) {
                    EditedField.showIfIdle(field, vm.text(id, f));
                }
            });
        }
        Button showResults = new Button("Show results under this scenario", Icons.of(Material2MZ.SHOW_CHART));
        showResults.setId("show-scenario");
        showResults.getStyleClass().add("accent");
        showResults.setOnAction(e -> vm.activeProperty().set(id));
        Label title = new Label(s.name());
        title.getStyleClass().add("properties-title");
        editor.getChildren().addAll(title, grid, showResults);
        refreshers.forEach(Runnable::run);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints(120, 220, 400);
        c.setHgrow(Priority.SOMETIMES);
        return c;
    }
}

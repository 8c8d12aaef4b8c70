package com.tokenfactory.app.gui.uncertainty;

import com.tokenfactory.app.gui.uncertainty.UncertainInputEditor.Kind;
import com.tokenfactory.core.plan.Lever;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * The Uncertainty tab's "Edit inputs" form under the inputs table: the selected input's lever, target, distribution and source
 * (New clears it, Apply adds or changes the input, Remove takes the selected one out), and the correlations between
 * inputs. Everything goes through {@link UncertainInputEditor}; its message line says what changed or what is wrong.
 */
final class InputForm extends VBox {
    private final UncertainInputEditor editor;
    private final List<Label> parameterLabels = new ArrayList<>();
    private final List<TextField> parameterFields = new ArrayList<>();

    InputForm(UncertainInputEditor editor, TableView<UncertaintyViewModel.InputRow> inputs) {
        super(6);
        this.editor = editor;
        setId("uncertainty-input-form");
        setPadding(new Insets(8));
        setMaxWidth(760);

        TextField id = field("uncertainty-input-id", 10);
        id.textProperty().bindBidirectional(editor.idProperty());
        TextField name = field("uncertainty-input-name", 16);
        name.setPromptText("lever and target");
        name.textProperty().bindBidirectional(editor.nameProperty());
        ComboBox<Lever> lever = new ComboBox<>(FXCollections.observableArrayList(Lever.values()));
        lever.setId("uncertainty-input-lever");
        lever.setConverter(new StringConverter<>() {
            @Override
            public String toString(Lever l) {
                return l == null ? "" : l.describe();
            }

            @Override
            public Lever fromString(String s) {
                return null;
            }
        });
        lever.valueProperty().bindBidirectional(editor.leverProperty());
        ComboBox<String> target = new ComboBox<>();
        target.setId("uncertainty-input-target");
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null || t.isEmpty() ? "every one" : t;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Runnable targets = () -> {
            String chosen = editor.targetProperty().get();
            target.getItems().setAll(editor.targets());
            target.setDisable(editor.leverProperty().get().target() == Lever.Target.NONE);
            target.setValue(target.getItems().contains(chosen) ? chosen : "");
        };
        targets.run();
        editor.leverProperty().addListener((o, was, now) -> targets.run());
        editor.targetProperty().addListener((o, was, now) -> {
            if (!target.getItems().contains(now)) {
                targets.run();
            } else if (!now.equals(target.getValue())) {
                target.setValue(now);
            }
        });
        target.valueProperty().addListener((o, was, now) -> editor.targetProperty().set(now == null ? "" : now));
        ComboBox<Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Kind.values()));
        kind.setId("uncertainty-input-kind");
        kind.valueProperty().bindBidirectional(editor.kindProperty());
        editor.kindProperty().addListener((o, was, now) -> showParameters(now));

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, label("Id"), id, label("Name"), name);
        grid.addRow(1, label("Moves"), lever, label("Applies to"), target);
        grid.addRow(2, label("Distribution"), kind);
        for (int i = 0; i < 4; i++) {
            Label label = label("");
            TextField f = field("uncertainty-input-p" + (i + 1), 8);
            f.textProperty().bindBidirectional(editor.parameter(i));
            parameterLabels.add(label);
            parameterFields.add(f);
            grid.add(label, (i % 2) * 2, 3 + i / 2);
            grid.add(f, (i % 2) * 2 + 1, 3 + i / 2);
        }
        TextField source = field("uncertainty-input-source", 30);
        source.setPromptText("where the range comes from, or \"assumption: …\"");
        source.textProperty().bindBidirectional(editor.sourceProperty());
        grid.add(label("Source"), 0, 5);
        grid.add(source, 1, 5, 3, 1);
        showParameters(editor.kindProperty().get());

        Button add = new Button("New");
        add.setId("uncertainty-input-new");
        add.setOnAction(e -> {
            inputs.getSelectionModel().clearSelection();
            editor.startNew();
        });
        Button apply = new Button("Apply");
        apply.setId("uncertainty-input-apply");
        apply.setOnAction(e -> {
            if (editor.apply()) {
                select(inputs, editor.editing());
            }
        });
        Button remove = new Button("Remove");
        remove.setId("uncertainty-input-remove");
        remove.disableProperty().bind(inputs.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            var row = inputs.getSelectionModel().getSelectedItem();
            if (row != null && editor.remove(row.id())) {
                editor.startNew();
            }
        });
        Label message = new Label();
        message.setMaxWidth(640);
        message.setId("uncertainty-input-message");
        message.setWrapText(true);
        message.textProperty().bind(editor.messageProperty());
        HBox buttons = new HBox(8, add, apply, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);

        inputs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            // after an Apply the table is rebuilt and the row selected again: keep the form and its message
            if (now != null && !now.id().equals(editor.editing())) {
                editor.edit(now.id());
            }
        });

        getChildren().addAll(grid, buttons, message, correlations());
    }

    private TitledPane correlations() {
        ListView<String> list = new ListView<>();
        list.setId("uncertainty-correlations");
        list.setPrefHeight(80);
        ComboBox<String> first = new ComboBox<>();
        ComboBox<String> second = new ComboBox<>();
        Runnable refresh = () -> {
            list.getItems().setAll(editor.correlations());
            List<String> ids = editor.inputIds();
            first.getItems().setAll(ids);
            second.getItems().setAll(ids);
        };
        refresh.run();
        editor.planProperty().addListener((o, was, now) -> refresh.run());
        TextField rho = field("uncertainty-correlation-value", 5);
        rho.setPromptText("−1 to 1");
        Button set = new Button("Set");
        set.setId("uncertainty-correlation-set");
        set.setOnAction(e -> editor.correlate(first.getValue(), second.getValue(), rho.getText()));
        HBox form = new HBox(6, first, label("with"), second, label("rank correlation"), rho, set);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, list, form, label("Empty or 0 removes a pair's correlation."));
        TitledPane pane = new TitledPane("Correlations", box);
        pane.setExpanded(true);
        VBox.setVgrow(pane, Priority.SOMETIMES);
        return pane;
    }

    private void showParameters(Kind kind) {
        for (int i = 0; i < parameterFields.size(); i++) {
            boolean used = i < kind.parameters().size();
            String label = used ? kind.parameters().get(i) : "";
            parameterLabels.get(i).setText(label);
            parameterFields.get(i).setVisible(used);
            parameterFields.get(i).setPromptText(label.endsWith("bound") ? "none"
                    : kind == Kind.DISCRETE ? (i == 0 ? "0, 6, 12" : "0.6, 0.3, 0.1") : "");
            parameterFields.get(i).setPrefColumnCount(kind == Kind.DISCRETE ? 14 : 8);
        }
    }

    private static void select(TableView<UncertaintyViewModel.InputRow> inputs, String id) {
        for (var row : inputs.getItems()) {
            if (row.id().equals(id)) {
                inputs.getSelectionModel().select(row);
                return;
            }
        }
    }

    /** A label that keeps its whole text however narrow the form gets. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }
}

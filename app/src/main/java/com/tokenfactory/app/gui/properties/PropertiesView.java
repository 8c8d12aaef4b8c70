package com.tokenfactory.app.gui.properties;

import com.tokenfactory.core.catalog.KnownModels;
import com.tokenfactory.core.catalog.KnownModels.KnownModel;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelShape;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * The property editor: the selected element's figures, each with its unit. A value is taken when the user presses
 * Enter or leaves the field; a refused value stays in the field, marked, with the model's reason under it, and the
 * plan keeps its old value. Escape puts the plan's value back.
 */
public final class PropertiesView extends VBox {
    private static final double LABEL_WIDTH = 128;

    private final PropertiesViewModel vm;
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label empty = new Label();
    private final VBox facts = new VBox(2);
    private final VBox extras = new VBox(8);
    private final VBox form = new VBox(10);
    private final List<FieldEditor> editors = new ArrayList<>();

    public PropertiesView(PropertiesViewModel vm) {
        super(8);
        this.vm = vm;
        getStyleClass().add("properties");
        setPadding(new Insets(12));
        title.getStyleClass().add("properties-title");
        title.setWrapText(true);
        kind.getStyleClass().add("muted");
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        facts.getStyleClass().add("facts");
        title.textProperty().bind(vm.titleProperty());
        empty.textProperty().bind(vm.emptyTextProperty());
        vm.elementIdProperty().addListener(o -> rebuild());
        vm.document().planProperty().addListener(o -> refreshValues());
        vm.facts().addListener((javafx.collections.ListChangeListener<String>) c -> showFacts());
        rebuild();
    }

    /** A place under the facts for editors the generic form lacks (e.g. the demand curve). */
    public VBox extras() {
        return extras;
    }

    private void rebuild() {
        editors.clear();
        form.getChildren().clear();
        getChildren().clear();
        if (vm.elementIdProperty().get() == null) {
            getChildren().add(empty);
            return;
        }
        kind.setText(vm.kindProperty().get().label());
        for (FormSection section : vm.sections()) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add("section-title");
            GridPane grid = new GridPane();
            grid.getStyleClass().add("form-grid");
            grid.setHgap(8);
            grid.setVgap(2);
            ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH, LABEL_WIDTH, LABEL_WIDTH);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setFillWidth(true);
            values.setMinWidth(120);
            values.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().addAll(labels, values);
            int row = 0;
            for (FieldSpec field : section.fields()) {
                FieldEditor editor = new FieldEditor(field);
                editors.add(editor);
                editor.addTo(grid, row);
                row += 2;
            }
            form.getChildren().addAll(heading, grid);
        }
        showFacts();
        getChildren().addAll(kind, title, facts, extras, form);
        refreshValues();
    }

    private void showFacts() {
        facts.getChildren().clear();
        for (String fact : vm.facts()) {
            Label l = new Label(fact);
            l.setWrapText(true);
            l.getStyleClass().add("fact");
            facts.getChildren().add(l);
        }
    }

    private void refreshValues() {
        if (vm.elementIdProperty().get() == null) {
            return;
        }
        editors.forEach(FieldEditor::refresh);
    }

    /** The editor of one field: its control, its unit and the line for a refusal. */
    private final class FieldEditor {
        private final FieldSpec field;
        private final Label label;
        private final Node control;
        private final Label unit;
        private final Label error = EditedField.refusalLine();
        /** True while the editor shows the plan's value: the controls' own change events are not edits then. */
        private boolean refreshing;

        FieldEditor(FieldSpec field) {
            this.field = field;
            this.label = new Label(field.label());
            label.getStyleClass().add("field-label");
            label.setWrapText(true);
            if (!field.help().isEmpty()) {
                label.setTooltip(new Tooltip(field.help()));
            }
            this.unit = new Label(field.unit());
            unit.getStyleClass().add("unit");
            this.control = createControl();
            control.setId("field-" + field.path());
        }

        void addTo(GridPane grid, int row) {
            grid.add(label, 0, row);
            if (field.unit().isEmpty()) {
                grid.add(control, 1, row);
            } else {
                javafx.scene.layout.HBox withUnit = new javafx.scene.layout.HBox(6, control, unit);
                withUnit.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                javafx.scene.layout.HBox.setHgrow(control, Priority.ALWAYS);
                unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(withUnit, 1, row);
            }
            grid.add(error, 1, row + 1);
            GridPane.setHgrow(control, Priority.ALWAYS);
        }

        private Node createControl() {
            switch (field.type()) {
                case READ_ONLY -> {
                    Label l = new Label();
                    l.getStyleClass().add("read-only");
                    return l;
                }
                case LONG_TEXT -> {
                    TextArea area = new TextArea();
                    area.setWrapText(true);
                    area.setPrefRowCount(4);
                    area.focusedProperty().addListener((o, was, now) -> {
                        if (!now) {
                            commit(area.getText());
                        }
                    });
                    escapeReverts(area);
                    return area;
                }
                case SKU -> {
                    ComboBox<String> box = new ComboBox<>();
                    box.setMaxWidth(Double.MAX_VALUE);
                    Function<String, String> name = id -> vm.skus().stream().filter(s -> s.id().equals(id))
                            .findFirst().map(HardwareSku::name).orElse(id);
                    box.setCellFactory(l -> cell(name));
                    box.setButtonCell(cell(name));
                    box.setOnAction(e -> {
                        if (box.getValue() != null) {
                            commit(box.getValue());
                        }
                    });
                    return box;
                }
                case CONTRACT_KIND -> {
                    ComboBox<ContractKind> box = new ComboBox<>();
                    box.getItems().setAll(ContractKind.values());
                    box.setMaxWidth(Double.MAX_VALUE);
                    box.setCellFactory(l -> cell(k -> FieldType.CONTRACT_KIND.format(k)));
                    box.setButtonCell(cell(k -> FieldType.CONTRACT_KIND.format(k)));
                    box.setOnAction(e -> commit(box.getValue()));
                    return box;
                }
                case LATENCY -> {
                    ComboBox<LatencyClass> box = new ComboBox<>();
                    box.getItems().setAll(LatencyClass.values());
                    box.setMaxWidth(Double.MAX_VALUE);
                    box.setCellFactory(l -> cell(FieldType::latencyLabel));
                    box.setButtonCell(cell(FieldType::latencyLabel));
                    box.setOnAction(e -> commit(box.getValue()));
                    return box;
                }
                case KNOWN_MODEL -> {
                    ComboBox<KnownModel> box = new ComboBox<>();
                    box.getItems().setAll(KnownModels.ALL);
                    box.setMaxWidth(Double.MAX_VALUE);
                    box.setCellFactory(l -> knownModelCell());
                    box.setButtonCell(knownModelCell());
                    box.setOnAction(e -> {
                        if (box.getValue() != null) {
                            commit(box.getValue());
                        }
                    });
                    return box;
                }
                case LABELS -> {
                    return new CertificationPicker(this::commit);
                }
                case FLAG -> {
                    CheckBox box = new CheckBox();
                    box.setOnAction(e -> commit(box.isSelected()));
                    return box;
                }
                default -> {
                    TextField text = new TextField();
                    text.setPromptText(field.type() == FieldType.MONTH ? "YYYY-MM" : "");
                    text.setOnAction(e -> commit(text.getText()));
                    text.focusedProperty().addListener((o, was, now) -> {
                        if (!now) {
                            commit(text.getText());
                        }
                    });
                    escapeReverts(text);
                    return text;
                }
            }
        }

        private void escapeReverts(TextInputControl input) {
            input.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    showError(null);
                    refresh();
                    e.consume();
                }
            });
        }

        /** A known model by name, its source as the tooltip; no model (the button's) reads "Custom". */
        private ListCell<KnownModel> knownModelCell() {
            return new ListCell<>() {
                @Override
                protected void updateItem(KnownModel item, boolean emptyCell) {
                    super.updateItem(item, emptyCell);
                    setText(FieldType.knownModelLabel(emptyCell ? null : item));
                    setTooltip(emptyCell || item == null ? null : new Tooltip(item.source()));
                }
            };
        }

        private <T> ListCell<T> cell(Function<T, String> text) {
            return new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean emptyCell) {
                    super.updateItem(item, emptyCell);
                    setText(emptyCell || item == null ? null : text.apply(item));
                }
            };
        }

        private void commit(Object input) {
            if (refreshing || vm.elementIdProperty().get() == null) {
                return;
            }
            Optional<String> refusal = vm.commit(field, input);
            showError(refusal.orElse(null));
            if (refusal.isEmpty()) {
                if (control instanceof TextInputControl t) {
                    EditedField.markCommitted(t);
                }
                refresh();
            }
        }

        private void showError(String message) {
            EditedField.showRefusal(control, error, message);
        }

        /** Shows the plan's value, unless the user is typing in this field or it shows a refused value. */
        void refresh() {
            Object value = vm.value(field);
            refreshing = true;
            try {
                if (control instanceof Label l) {
                    l.setText(field.type().format(value));
                } else {
                    refreshControl(value);
                }
            } finally {
                refreshing = false;
            }
        }

        @SuppressWarnings("unchecked")
        private void refreshControl(Object value) {
            if (control instanceof TextInputControl input) {
                EditedField.showIfIdle(input, field.type().format(value));
                vm.placeholder(field).ifPresent(input::setPromptText);
            } else if (control instanceof ComboBox<?> box) {
                List<String> skus = vm.skus().stream().map(HardwareSku::id).toList();
                if (field.type() == FieldType.SKU && !box.getItems().equals(skus)) {
                    ((ComboBox<String>) box).getItems().setAll(skus);
                }
                ((ComboBox<Object>) box).setValue(field.type() == FieldType.KNOWN_MODEL
                        ? KnownModels.describing((ModelShape) value).orElse(null) : value);
            } else if (control instanceof CheckBox box) {
                box.setSelected(Boolean.TRUE.equals(value));
            } else if (control instanceof CertificationPicker picker) {
                picker.show((SortedSet<String>) value, vm.knownCertifications());
            }
        }
    }
}

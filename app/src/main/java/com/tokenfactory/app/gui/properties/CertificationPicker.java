package com.tokenfactory.app.gui.properties;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Picks certifications: a drop-down list with a check box per known certification (ControlsFX's {@code CheckComboBox},
 * one line however many the plan knows; decision 0018), checked when held or required, and under it a field to add one
 * the plan does not know yet. Every change hands the whole new set to {@code onChange}.
 */
public final class CertificationPicker extends VBox {
    private final CheckComboBox<String> checks = new CheckComboBox<>();
    private final TextField other = new TextField();
    private SortedSet<String> value = new TreeSet<>();
    private boolean showing;

    public CertificationPicker(Consumer<SortedSet<String>> onChange) {
        super(4);
        getStyleClass().add("certification-picker");
        checks.getStyleClass().add("certification-checks");
        // the list on one line, the field for a new one under it: side by side, the narrow panel cut both short
        checks.setMaxWidth(Double.MAX_VALUE);
        checks.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!showing) {
                SortedSet<String> next = new TreeSet<>(checks.getCheckModel().getCheckedItems());
                if (!next.equals(value)) {
                    onChange.accept(next);
                }
            }
        });
        other.setPromptText("Another certification…");
        other.setMaxWidth(Double.MAX_VALUE);
        other.setOnAction(e -> {
            String label = other.getText().strip();
            other.clear();
            if (!label.isEmpty() && !value.contains(label)) {
                SortedSet<String> next = new TreeSet<>(value);
                next.add(label);
                onChange.accept(next);
            }
        });
        getChildren().addAll(checks, other);
    }

    /** Shows {@code held} among the {@code knownLabels}. */
    public void show(SortedSet<String> held, Collection<String> knownLabels) {
        value = new TreeSet<>(held);
        TreeSet<String> all = new TreeSet<>(knownLabels);
        all.addAll(held);
        showing = true;
        try {
            if (!checks.getItems().equals(all.stream().toList())) {
                checks.getCheckModel().clearChecks();
                checks.getItems().setAll(all);
            }
            for (String label : all) {
                if (held.contains(label)) {
                    checks.getCheckModel().check(label);
                } else {
                    checks.getCheckModel().clearCheck(label);
                }
            }
        } finally {
            showing = false;
        }
    }

    /** The drop-down list of check boxes. */
    public CheckComboBox<String> checks() {
        return checks;
    }

    /** The field for a certification the list does not have. */
    public TextField other() {
        return other;
    }
}

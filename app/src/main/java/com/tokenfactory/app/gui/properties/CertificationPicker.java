package com.tokenfactory.app.gui.properties;

import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Picks certifications: a chip per known certification, on when held or required, and a field to add one the plan
 * does not know yet. Every change hands the whole new set to {@code onChange}.
 */
public final class CertificationPicker extends FlowPane {
    private final TextField other = new TextField();
    private final Consumer<SortedSet<String>> onChange;
    private SortedSet<String> value = new TreeSet<>();
    private Collection<String> known = new TreeSet<>();

    public CertificationPicker(Consumer<SortedSet<String>> onChange) {
        super(4, 4);
        this.onChange = onChange;
        getStyleClass().add("certification-picker");
        other.setPromptText("Other…");
        other.setPrefColumnCount(7);
        other.setOnAction(e -> {
            String label = other.getText().strip();
            other.clear();
            if (!label.isEmpty() && !value.contains(label)) {
                SortedSet<String> next = new TreeSet<>(value);
                next.add(label);
                onChange.accept(next);
            }
        });
    }

    /** Shows {@code held} among the {@code knownLabels}. */
    public void show(SortedSet<String> held, Collection<String> knownLabels) {
        value = new TreeSet<>(held);
        TreeSet<String> all = new TreeSet<>(knownLabels);
        all.addAll(held);
        known = all;
        getChildren().clear();
        for (String label : known) {
            ToggleButton chip = new ToggleButton(label);
            chip.getStyleClass().add("chip");
            chip.setSelected(value.contains(label));
            chip.setOnAction(e -> {
                SortedSet<String> next = new TreeSet<>(value);
                if (chip.isSelected()) {
                    next.add(label);
                } else {
                    next.remove(label);
                }
                onChange.accept(next);
            });
            getChildren().add(chip);
        }
        getChildren().add(other);
    }
}

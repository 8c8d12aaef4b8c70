package com.tokenfactory.app.gui.properties;

import java.util.Objects;

/**
 * One editable field of a plan element.
 *
 * @param label what the form calls it
 * @param path  the record component it edits (dotted for nested records, e.g. "model.layers")
 * @param unit  shown after the value, e.g. "MW", "$/MWh", "%/yr"; empty when none
 * @param help  shown as a tooltip and, for optional fields, what a blank means
 */
public record FieldSpec(String label, String path, FieldType type, String unit, String help) {
    public FieldSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        help = help == null ? "" : help;
    }

    public static FieldSpec of(String label, String path, FieldType type, String unit) {
        return new FieldSpec(label, path, type, unit, "");
    }

    public FieldSpec withHelp(String text) {
        return new FieldSpec(label, path, type, unit, text);
    }
}

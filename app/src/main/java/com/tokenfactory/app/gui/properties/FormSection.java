package com.tokenfactory.app.gui.properties;

import java.util.List;

/** A titled group of fields in a form ("Power", "Money", "Model shape"). */
public record FormSection(String title, List<FieldSpec> fields) {
    public FormSection {
        fields = List.copyOf(fields);
    }

    public static FormSection of(String title, FieldSpec... fields) {
        return new FormSection(title, List.of(fields));
    }
}

package com.tokenfactory.io;

import java.util.List;

/**
 * A spreadsheet template could not be imported. Each problem is one line naming the sheet, the row and the column
 * ("Halls, row 4, column criticalItMw (D): must be positive"); nothing of the template is imported.
 */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public TemplateException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public TemplateException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}

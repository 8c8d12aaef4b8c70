package com.tokenfactory.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sheet of the spreadsheet template (see {@link PlanTemplate}): its name, its column headers and its rows. A cell is
 * a {@code String}, a {@code Double}, a {@code Boolean} or null (empty); a CSV file gives only strings, a workbook also
 * numbers and booleans. Rows are numbered as a spreadsheet numbers them: the header is row 1.
 */
public record TemplateSheet(String name, List<String> columns, List<List<Object>> rows) {
    public TemplateSheet {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /** The cell of data row {@code index} (0-based) in {@code column}; null when empty or past the row's end. */
    public Object cell(int index, int column) {
        List<Object> row = rows.get(index);
        return column < row.size() ? row.get(column) : null;
    }

    /**
     * A cell as a CSV file writes it, read back to the same value: whole numbers without ".0", other numbers as Java
     * writes doubles (exact), booleans as true/false, texts as they are (the template guards texts that would read as
     * numbers with a leading apostrophe); empty for null.
     */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
        }
        return cell.toString();
    }

    /** The spreadsheet's name of a column: A, B, … Z, AA, AB, … */
    public static String columnLetter(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }
}

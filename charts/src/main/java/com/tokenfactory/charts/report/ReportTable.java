package com.tokenfactory.charts.report;

import java.awt.Color;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A table to print: header, rows of text cells, relative column widths, which columns are numbers (right-aligned)
 * and, optionally, a colour per cell (e.g. issue severity).
 */
record ReportTable(List<String> header, List<List<String>> rows, float[] relativeWidths, boolean[] numeric,
                   float fontSize, BiFunction<List<String>, Integer, Color> colours) {

    ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        relativeWidths = relativeWidths.clone();
        numeric = numeric.clone();
    }

    static ReportTable of(List<String> header, List<List<String>> rows, float[] relativeWidths, boolean[] numeric,
                          float fontSize) {
        return new ReportTable(header, rows, relativeWidths, numeric, fontSize, (row, column) -> ReportDocument.TEXT);
    }

    ReportTable coloured(BiFunction<List<String>, Integer, Color> byCell) {
        return new ReportTable(header, rows, relativeWidths, numeric, fontSize, byCell);
    }

    float[] widths(float total) {
        float sum = 0;
        for (float w : relativeWidths) {
            sum += w;
        }
        float[] out = new float[relativeWidths.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = total * relativeWidths[i] / sum;
        }
        return out;
    }

    boolean rightAligned(int column) {
        return numeric[column];
    }

    Color colour(List<String> row, int column) {
        return colours.apply(row, column);
    }
}

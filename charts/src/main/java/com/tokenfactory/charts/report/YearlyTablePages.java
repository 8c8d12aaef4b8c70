package com.tokenfactory.charts.report;

import com.tokenfactory.charts.table.ResultTable;
import com.tokenfactory.charts.table.ResultTables;
import com.tokenfactory.charts.table.TableColumn;
import com.tokenfactory.core.result.SimulationResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly result table, turned so that each figure is a row and each plan year a column, {@value #YEARS_PER_PAGE}
 * years a page (longer plans continue on further pages).
 */
final class YearlyTablePages {
    static final String SECTION = "Results by plan year";
    static final int YEARS_PER_PAGE = 6;

    private YearlyTablePages() {
    }

    static void add(ReportDocument doc, SimulationResult result) throws IOException {
        ResultTable table = ResultTables.yearly(result);
        for (int from = 0; from < table.rows().size(); from += YEARS_PER_PAGE) {
            int to = Math.min(table.rows().size(), from + YEARS_PER_PAGE);
            ReportTable years = transposed(table, from, to);
            // figures that do not fit one page continue on the next, never silently cut
            for (int next = 0; next < years.rows().size(); ) {
                try (PageWriter page = doc.newPage(next == 0 ? SECTION : SECTION + " (continued)")) {
                    next = page.table(years, next);
                }
            }
        }
    }

    /** Rows: the table's columns (with units); columns: plan years from..to. */
    static ReportTable transposed(ResultTable table, int from, int to) {
        List<String> header = new ArrayList<>();
        header.add("Figure (unit)");
        for (int y = from; y < to; y++) {
            ResultTable.Row row = table.rows().get(y);
            header.add(row.labels().get(0) + " (" + row.labels().get(1) + " – " + row.labels().get(2) + ")");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            TableColumn column = table.columns().get(c);
            List<String> cells = new ArrayList<>();
            cells.add(column.header());
            for (int y = from; y < to; y++) {
                cells.add(format(column, table.rows().get(y).value(c)));
            }
            rows.add(cells);
        }
        float[] widths = new float[header.size()];
        boolean[] numeric = new boolean[header.size()];
        widths[0] = 2.6f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
            numeric[i] = true;
        }
        return ReportTable.of(header, rows, widths, numeric, 8f);
    }

    private static String format(TableColumn column, double v) {
        return switch (column.kind()) {
            case PERCENT -> Figures.oneDecimal(v);
            case MONEY, COUNT, ENERGY, RATIO -> Figures.number(v);
        };
    }
}

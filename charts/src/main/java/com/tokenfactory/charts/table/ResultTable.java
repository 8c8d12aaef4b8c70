package com.tokenfactory.charts.table;

import java.util.List;
import java.util.Objects;

/**
 * A table of results, independent of any file format: label columns (the period) followed by numeric columns. NaN
 * marks an undefined value (a ratio with nothing to divide by) and is written as an empty cell.
 *
 * @param name          e.g. "Monthly"; the sheet name in a workbook
 * @param labelHeaders  headers of the label columns, e.g. ["Month"] or ["Year", "From", "To"]
 */
public record ResultTable(String name, List<String> labelHeaders, List<TableColumn> columns, List<Row> rows) {

    /** One period: its labels (as many as label headers) and one value per column. */
    public record Row(List<String> labels, double[] values) {
        public Row {
            labels = List.copyOf(labels);
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public double value(int column) {
            return values[column];
        }
    }

    public ResultTable {
        Objects.requireNonNull(name, "name");
        labelHeaders = List.copyOf(labelHeaders);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.labels().size() != labelHeaders.size() || row.values.length != columns.size()) {
                throw new IllegalArgumentException("row " + row.labels() + " has " + row.labels().size() + " labels and "
                        + row.values.length + " values; the table has " + labelHeaders.size() + " and "
                        + columns.size());
            }
        }
    }

    /** All headers, label columns first, numeric columns with their units. */
    public List<String> headers() {
        return java.util.stream.Stream.concat(labelHeaders.stream(), columns.stream().map(TableColumn::header))
                .toList();
    }

    /** Index of the numeric column with this title; throws when there is none. */
    public int column(String title) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).title().equals(title)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + title + "' in " + name);
    }
}

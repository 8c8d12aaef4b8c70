package com.tokenfactory.charts.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A result table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed), UTF-8. Numbers are
 * written in full (the shortest decimal that reads back as the same double, never in exponent form) so the file reads
 * back to the engine's numbers; undefined values are empty fields.
 */
public final class CsvTableWriter {
    private CsvTableWriter() {
    }

    public static void write(ResultTable table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(table, out);
        }
    }

    public static void write(ResultTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, table.headers());
        for (ResultTable.Row row : table.rows()) {
            StringBuilder b = new StringBuilder();
            for (String label : row.labels()) {
                b.append(field(label)).append(',');
            }
            double[] values = row.values();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(number(values[i]));
            }
            w.write(b.append("\r\n").toString());
        }
        w.flush();
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        w.write(String.join(",", fields.stream().map(CsvTableWriter::field).toList()));
        w.write("\r\n");
    }

    static String field(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                || !s.equals(s.strip());
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

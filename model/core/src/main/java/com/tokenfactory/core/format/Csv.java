package com.tokenfactory.core.format;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV text read into records (RFC 4180): a quoted field may hold commas, doubled quotes ("") and line breaks; a record
 * ends at CRLF, LF or CR; a leading byte-order mark is skipped. The one reader of the planner's CSV: template import,
 * the tests of the CSV exports and the serving validation's data.
 */
public final class Csv {
    private Csv() {
    }

    /**
     * The records of {@code text}, each a list of its fields as written (not stripped); a last record without a line
     * break counts, an empty text has none.
     *
     * @throws IllegalArgumentException "a quoted field is not closed" when the text ends inside quotes
     */
    public static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}

package com.tokenfactory.app.format;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A table as the command line prints it: the first column flush left, the others flush right, two spaces between
 * columns, and a rule of dashes under the header (and under any other row asked for).
 */
public final class TextTable {
    private TextTable() {
    }

    /**
     * @param rows       the header, then the rows; every row has as many cells as the header
     * @param rulesAfter the rows (0 = the header) a rule follows
     */
    public static String render(List<String[]> rows, int... rulesAfter) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        int ruleWidth = 2 * (columns - 1);
        for (int w : width) {
            ruleWidth += w;
        }
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < rows.size(); j++) {
            String[] row = rows.get(j);
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(width[i] - row[i].length());
                out.append(i == 0 ? row[i] + pad : "  " + pad + row[i]);
            }
            out.append('\n');
            int index = j;
            if (IntStream.of(rulesAfter).anyMatch(r -> r == index)) {
                out.append("-".repeat(ruleWidth)).append('\n');
            }
        }
        return out.toString();
    }
}

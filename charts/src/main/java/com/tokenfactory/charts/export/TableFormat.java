package com.tokenfactory.charts.export;

import java.util.Locale;

/** The file formats a result table exports to. */
public enum TableFormat {
    CSV("csv"), XLSX("xlsx");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format for a file name's extension ("results.xlsx" → XLSX), case-insensitive. */
    public static TableFormat forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (TableFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + fileName + "' does not end in .csv or .xlsx");
    }
}

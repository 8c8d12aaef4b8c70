package com.tokenfactory.charts.export;

import java.util.Locale;

/** The file formats a chart exports to. */
public enum ChartFormat {
    PNG("png"), SVG("svg"), PDF("pdf");

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format for a file name's extension ("chart.svg" → SVG), case-insensitive. */
    public static ChartFormat forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ChartFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + fileName + "' does not end in .png, .svg or .pdf");
    }
}

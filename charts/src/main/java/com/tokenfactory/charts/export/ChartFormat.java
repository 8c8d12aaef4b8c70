package com.tokenfactory.charts.export;

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
        return FileExtensions.formatOf(fileName, values(), ChartFormat::extension);
    }
}

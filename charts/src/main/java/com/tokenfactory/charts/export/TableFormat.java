package com.tokenfactory.charts.export;

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
        return FileExtensions.formatOf(fileName, values(), TableFormat::extension);
    }
}

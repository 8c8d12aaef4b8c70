package com.tokenfactory.charts.export;

/** Width and height of an exported chart: pixels for PNG, CSS pixels for SVG, points (1/72 inch) for PDF. */
public record ChartSize(int width, int height) {
    public static final int MAX = 20_000;
    /** The size of the benchmark and the command line's default. */
    public static final ChartSize DEFAULT = new ChartSize(1200, 700);

    public ChartSize {
        if (width < 16 || width > MAX) {
            throw new IllegalArgumentException("width must be between 16 and " + MAX + " (was " + width + ")");
        }
        if (height < 16 || height > MAX) {
            throw new IllegalArgumentException("height must be between 16 and " + MAX + " (was " + height + ")");
        }
    }
}

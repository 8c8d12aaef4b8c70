package com.tokenfactory.charts.style;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The two looks of every chart, matching the app's AtlantaFX themes: background, text and border colours are Primer
 * Light's and Primer Dark's ({@code -color-bg-default}, {@code -color-fg-default}, {@code -color-fg-muted},
 * {@code -color-border-default}, and the accent, success, danger and warning foregrounds); the categorical palette is
 * AtlantaFX's {@code -color-chart-1…8}, so charts drawn by JFreeChart and by JavaFX in the app agree.
 */
public enum ChartStyle {
    /** AtlantaFX's Primer Light. */
    LIGHT(rgb(0xffffff), rgb(0x24292f), rgb(0x57606a), rgb(0xd0d7de),
            rgb(0x0969da), rgb(0x1a7f37), rgb(0xcf222e), rgb(0x9a6700), rgb(0x57606a)),
    /** AtlantaFX's Primer Dark. */
    DARK(rgb(0x0d1117), rgb(0xc9d1d9), rgb(0x8b949e), rgb(0x30363d),
            rgb(0x58a6ff), rgb(0x3fb950), rgb(0xf85149), rgb(0xd29922), rgb(0xb1bac4));

    /** AtlantaFX's chart colours, reordered so neighbouring series differ most; grey (chart-8) is kept for "other". */
    private static final List<Color> CATEGORICAL = List.of(rgb(0x41a9c9), rgb(0xf3622d), rgb(0x57b757),
            rgb(0x9a42c8), rgb(0xfba71b), rgb(0xc84164), rgb(0x4258c9));
    private static final Color OTHER = rgb(0x888888);
    private static final String FONT = Font.SANS_SERIF;

    private final Color background;
    private final Color foreground;
    private final Color muted;
    private final Color grid;
    private final Color accent;
    private final Color success;
    private final Color danger;
    private final Color warning;
    private final Color secondOther;

    ChartStyle(Color background, Color foreground, Color muted, Color grid, Color accent,
               Color success, Color danger, Color warning, Color secondOther) {
        this.background = background;
        this.foreground = foreground;
        this.muted = muted;
        this.grid = grid;
        this.accent = accent;
        this.success = success;
        this.danger = danger;
        this.warning = warning;
        this.secondOther = secondOther;
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }

    public Color background() {
        return background;
    }

    public Color foreground() {
        return foreground;
    }

    /** Secondary text: subtitles, notices, tick labels. */
    public Color muted() {
        return muted;
    }

    public Color grid() {
        return grid;
    }

    public Color accent() {
        return accent;
    }

    public Color success() {
        return success;
    }

    public Color danger() {
        return danger;
    }

    public Color warning() {
        return warning;
    }

    /** Colour of the n-th categorical series (site, SKU, workload); repeats after seven. */
    public Color series(int n) {
        return CATEGORICAL.get(Math.floorMod(n, CATEGORICAL.size()));
    }

    /** Colour of the series that sums up everything not shown one by one. */
    public Color other() {
        return OTHER;
    }

    /** A second grey, for a second "other" series in the same chart (other SKUs and other contracts). */
    public Color secondOther() {
        return secondOther;
    }

    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    public Font titleFont() {
        return new Font(FONT, Font.BOLD, 18);
    }

    public Font subtitleFont() {
        return new Font(FONT, Font.PLAIN, 12);
    }

    public Font axisLabelFont() {
        return new Font(FONT, Font.PLAIN, 12);
    }

    public Font tickFont() {
        return new Font(FONT, Font.PLAIN, 11);
    }

    public Font legendFont() {
        return new Font(FONT, Font.PLAIN, 11);
    }

    /** The "why is this empty" message drawn across an empty plot. */
    public Font messageFont() {
        return new Font(FONT, Font.ITALIC, 14);
    }
}

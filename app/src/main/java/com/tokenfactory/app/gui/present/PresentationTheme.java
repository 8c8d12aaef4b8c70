package com.tokenfactory.app.gui.present;

import com.tokenfactory.charts.style.ChartStyle;

import java.awt.Color;
import java.util.Locale;

/**
 * The two looks of the presentation, each the charts' {@link ChartStyle} (Primer Dark and Primer Light colours) plus
 * the surface the cards sit on. Dark suits a dim room and a projector; light suits a bright room and print-outs.
 */
public enum PresentationTheme {
    DARK(ChartStyle.DARK, new Color(0x161b22)),
    LIGHT(ChartStyle.LIGHT, new Color(0xf6f8fa));

    private final ChartStyle chartStyle;
    private final Color card;

    PresentationTheme(ChartStyle chartStyle, Color card) {
        this.chartStyle = chartStyle;
        this.card = card;
    }

    public ChartStyle chartStyle() {
        return chartStyle;
    }

    /** The background of cards (Primer's {@code -color-bg-subtle}). */
    Color card() {
        return card;
    }

    /** "dark" or "light": how the command line and the docs name it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String css(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}

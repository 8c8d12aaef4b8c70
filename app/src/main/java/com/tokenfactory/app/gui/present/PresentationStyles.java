package com.tokenfactory.app.gui.present;

import com.tokenfactory.charts.style.ChartStyle;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The presentation's stylesheet, in the theme's colours, as a data URI (JavaFX 17+ loads stylesheets from data URIs).
 * Sizes are in em of the root's font size, which {@link SlideShow} ties to the window's size: type grows with the
 * screen, so it stays large from the back of the room on any projector.
 */
final class PresentationStyles {
    private static final String TEMPLATE = """
            .presentation { -fx-background-color: BG; }
            .presentation .label { -fx-text-fill: FG; }
            .slide { -fx-padding: 1.2em 2.2em 0.4em 2.2em; -fx-spacing: 0.5em; }
            .slide-header { -fx-spacing: 0.15em; }
            .slide-title { -fx-font-size: 1.05em; -fx-text-fill: MUTED; }
            .slide-headline { -fx-font-size: 2.05em; -fx-font-weight: bold; }
            .title-slide { -fx-padding: 3em 3.5em 2em 3.5em; -fx-spacing: 0.7em; -fx-alignment: center-left; }
            .title-slide-name { -fx-font-size: 3.4em; -fx-font-weight: bold; }
            .title-slide-description { -fx-font-size: 1.1em; -fx-text-fill: MUTED; -fx-line-spacing: 0.15em; }
            .title-slide-scenario { -fx-font-size: 1.35em; -fx-text-fill: ACCENT; }
            .title-slide-line { -fx-font-size: 1.2em; }
            .title-slide-rule { -fx-background-color: ACCENT; -fx-min-height: 0.25em; -fx-max-height: 0.25em;
                               -fx-min-width: 6em; -fx-max-width: 6em; }
            .slide-body { -fx-spacing: 0.6em; }
            .cards { -fx-hgap: 0.8em; -fx-vgap: 0.8em; }
            .figure-grid { -fx-hgap: 0.9em; -fx-vgap: 0.55em; }
            .problem-line { -fx-spacing: 0.8em; -fx-alignment: top-left; -fx-font-size: 1.1em; }
            .section-heading { -fx-font-size: 0.95em; -fx-font-weight: bold; }
            .presentation .section-heading { -fx-text-fill: MUTED; }
            .card { -fx-background-color: CARD; -fx-border-color: BORDER; -fx-border-width: 0.08em;
                    -fx-background-radius: 0.5em; -fx-border-radius: 0.5em; -fx-padding: 0.6em 0.9em; -fx-spacing: 0.15em; }
            .card { -fx-font-size: 1.1em; }
            .card-title { -fx-font-size: 1.25em; -fx-font-weight: bold; }
            .presentation .card-subtitle { -fx-text-fill: MUTED; }
            .presentation .card-warning { -fx-text-fill: WARNING; }
            .card-figure { -fx-font-weight: bold; }
            .figure { -fx-font-size: 1.2em; }
            .assumption-value { -fx-font-weight: bold; }
            .grid-heading { -fx-padding: 0.6em 0 0 0; }
            .presentation .source { -fx-font-size: 0.7em; -fx-text-fill: MUTED; }
            .presentation .problem-badge { -fx-font-size: 0.8em; -fx-font-weight: bold; -fx-text-fill: BG;
                                           -fx-padding: 0.1em 0.5em; -fx-background-radius: 0.3em; -fx-min-width: 6em;
                                           -fx-alignment: center; }
            .problem-error { -fx-background-color: DANGER; }
            .problem-warning { -fx-background-color: WARNING; }
            .footer { -fx-padding: 0.3em 2.2em 0.5em 2.2em; -fx-spacing: 1.2em; -fx-alignment: center-left; }
            .presentation .footer .label { -fx-font-size: 0.75em; -fx-text-fill: MUTED; }
            .presentation .footer #slide-counter { -fx-font-size: 0.95em; -fx-text-fill: FG; -fx-font-weight: bold; }
            .presentation .message { -fx-font-size: 1.3em; -fx-text-fill: MUTED; }
            """;

    private PresentationStyles() {
    }

    static String css(PresentationTheme theme) {
        ChartStyle s = theme.chartStyle();
        return TEMPLATE.replace("BG", PresentationTheme.css(s.background()))
                .replace("FG", PresentationTheme.css(s.foreground()))
                .replace("MUTED", PresentationTheme.css(s.muted()))
                .replace("BORDER", PresentationTheme.css(s.grid()))
                .replace("CARD", PresentationTheme.css(theme.card()))
                .replace("ACCENT", PresentationTheme.css(s.accent()))
                .replace("WARNING", PresentationTheme.css(s.warning()))
                .replace("DANGER", PresentationTheme.css(s.danger()));
    }

    /** The stylesheet as a URI for {@code Scene.getStylesheets()}. */
    static String uri(PresentationTheme theme) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(theme).getBytes(StandardCharsets.UTF_8));
    }
}

package com.tokenfactory.app.gui.present;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a presentation is shown.
 *
 * @param theme      dark or light
 * @param fullScreen full screen (the default), or a window: for small screens, a second monitor, screenshots
 * @param date       the date the title slide shows (today, unless a rehearsal or a test wants another)
 */
public record PresentationOptions(PresentationTheme theme, boolean fullScreen, LocalDate date) {
    public PresentationOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(date, "date");
    }

    /** Dark, full screen, dated today. */
    public static PresentationOptions defaults() {
        return new PresentationOptions(PresentationTheme.DARK, true, LocalDate.now());
    }

    public PresentationOptions withTheme(PresentationTheme newTheme) {
        return new PresentationOptions(newTheme, fullScreen, date);
    }

    public PresentationOptions windowed() {
        return withFullScreen(false);
    }

    public PresentationOptions withFullScreen(boolean newFullScreen) {
        return new PresentationOptions(theme, newFullScreen, date);
    }

    public PresentationOptions withDate(LocalDate newDate) {
        return new PresentationOptions(theme, fullScreen, newDate);
    }
}

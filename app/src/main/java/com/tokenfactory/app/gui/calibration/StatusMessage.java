package com.tokenfactory.app.gui.calibration;

import java.util.Objects;

/**
 * The one line the screen shows about what just happened.
 *
 * @param kind how it should look
 * @param text the sentence; empty when there is nothing to say
 */
public record StatusMessage(Kind kind, String text) {
    public static final StatusMessage NONE = new StatusMessage(Kind.INFO, "");

    /** How a message should look: plain, needing attention, or saying that something could not be done. */
    public enum Kind { INFO, WARNING, ERROR }

    public StatusMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static StatusMessage info(String text) {
        return new StatusMessage(Kind.INFO, text);
    }

    public static StatusMessage warning(String text) {
        return new StatusMessage(Kind.WARNING, text);
    }

    public static StatusMessage error(String text) {
        return new StatusMessage(Kind.ERROR, text);
    }
}

package com.tokenfactory.app.gui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Objects;

/**
 * An update of a view that is only worth doing while the view is on screen (a tab's content, say): asked for while
 * shown, it runs at once; asked for while hidden, it runs once when the view shows again, however often it was asked.
 * Use on the FX thread.
 */
public final class WhenShown {
    private final Runnable update;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private boolean owed;

    public WhenShown(Runnable update) {
        this.update = Objects.requireNonNull(update, "update");
        shown.addListener((o, was, now) -> {
            if (now && owed) {
                owed = false;
                update.run();
            }
        });
    }

    /** Runs the update now if the view is shown, else when it shows next. */
    public void request() {
        request(update);
    }

    /**
     * Runs {@code part} now if the view is shown (a part of the update that is enough for this change), else owes
     * the whole update for when it shows next.
     */
    public void request(Runnable part) {
        if (shown.get()) {
            part.run();
        } else {
            owed = true;
        }
    }

    /** Whether the view is on screen; true until told otherwise (e.g. bound to its tab being selected). */
    public BooleanProperty shownProperty() {
        return shown;
    }
}

package com.tokenfactory.app.gui.common;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhenShownTest {
    private final AtomicInteger runs = new AtomicInteger();
    private final WhenShown updates = new WhenShown(runs::incrementAndGet);

    @Test
    void runsAtOnceWhileShown() {
        updates.request();
        updates.request();
        assertEquals(2, runs.get());
    }

    @Test
    void whileHiddenRunsOnceWhenShownAgainHoweverOftenAsked() {
        updates.shownProperty().set(false);
        updates.request();
        updates.request();
        updates.request();
        assertEquals(0, runs.get(), "nothing while hidden");
        updates.shownProperty().set(true);
        assertEquals(1, runs.get(), "once, on showing");
        updates.shownProperty().set(false);
        updates.shownProperty().set(true);
        assertEquals(1, runs.get(), "nothing owed: nothing run");
    }

    @Test
    void aPartRunsWhileShownAndWhileHiddenOwesTheWholeUpdate() {
        AtomicInteger parts = new AtomicInteger();
        updates.request(parts::incrementAndGet);
        assertEquals(1, parts.get());
        assertEquals(0, runs.get());
        updates.shownProperty().set(false);
        updates.request(parts::incrementAndGet);
        updates.shownProperty().set(true);
        assertEquals(1, parts.get());
        assertEquals(1, runs.get(), "the whole update, on showing");
    }
}

package com.tokenfactory.app.gui.files;

import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.AutosaveStore;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutosaveAndRecoveryTest {
    /** A session key whose process cannot be running: what a crashed run leaves behind. */
    private static final String CRASHED = "session-2147483646-1";

    @TempDir
    Path temp;
    private final AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("tokenfactory-test/" + UUID.randomUUID()));

    private final Workers workers = new Workers();

    @AfterEach
    void forget() {
        workers.close();
        prefs.clear();
    }

    @Test
    void unsavedWorkIsKeptAndOfferedAfterACrash() throws Exception {
        Plan sample = Samples.open(Samples.CAPACITY_CRUNCH);
        Path file = temp.resolve("crunch.tokenplan");
        PlanDocument document = new PlanDocument(sample, file);
        AutosaveStore store = new AutosaveStore(temp.resolve("recovery"));
        Autosaver autosaver = new Autosaver(document, store, prefs, CRASHED, Duration.ofMillis(10), workers);
        document.apply(PlanEdit.of("Rename", p -> p.withName("Unsaved rename")));
        autosaver.flush();

        Recovery recovery = new Recovery(store, prefs);
        Recovery.Candidate found = recovery.newest().orElseThrow();
        assertEquals(CRASHED, found.key());
        assertEquals(file, found.origin());
        assertEquals("Unsaved rename", recovery.load(found).name());

        recovery.discard(found);
        assertTrue(recovery.newest().isEmpty());
    }

    @Test
    void aCleanDocumentLeavesNothingToRecover() throws Exception {
        PlanDocument document = new PlanDocument(Samples.open(Samples.CAPACITY_CRUNCH), null);
        AutosaveStore store = new AutosaveStore(temp.resolve("recovery"));
        Autosaver autosaver = new Autosaver(document, store, prefs, CRASHED, Duration.ofMillis(10), workers);
        document.apply(PlanEdit.of("Rename", p -> p.withName("Unsaved rename")));
        autosaver.flush();
        assertFalse(store.list().isEmpty());
        document.undo();
        autosaver.flush();
        assertTrue(store.list().isEmpty(), "undoing back to the opened plan removes the autosave");
    }

    @Test
    void theAutosaveOfARunningInstanceIsNotOffered() throws Exception {
        PlanDocument document = new PlanDocument(Samples.open(Samples.CAPACITY_CRUNCH), null);
        AutosaveStore store = new AutosaveStore(temp.resolve("recovery"));
        Autosaver mine = new Autosaver(document, store, prefs, Duration.ofMillis(10), workers);
        document.apply(PlanEdit.of("Rename", p -> p.withName("Still being edited")));
        mine.flush();
        assertFalse(store.list().isEmpty());
        assertTrue(new Recovery(store, prefs).newest().isEmpty(), "this process is alive: not a crash");
        mine.close();
        assertTrue(store.list().isEmpty(), "a normal exit removes the autosave");
    }
}

package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static com.tokenfactory.io.MalformedFileTest.namesIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutosaveStoreTest {
    @TempDir
    Path home;

    private final Plan reference = ReferencePlan.plan(1e12);
    private final Plan fungible = TestPlans.fungible();

    private Path recovery() {
        return home.resolve(".tokenfactory").resolve("recovery");
    }

    @Test
    void savesListsLoadsAndDiscards() throws Exception {
        AutosaveStore store = new AutosaveStore(recovery());
        store.save(reference, "untitled-1");
        store.save(fungible, "fungible");

        assertEquals(List.of("fungible", "untitled-1"),
                store.list().stream().map(AutosaveStore.RecoverablePlan::key).sorted().toList());
        assertEquals(reference, store.load("untitled-1"));
        assertEquals(fungible, store.load("fungible"));

        store.discard("untitled-1");
        store.discard("untitled-1");
        assertEquals(List.of("fungible"), store.list().stream().map(AutosaveStore.RecoverablePlan::key).toList());
    }

    @Test
    void listIsNewestFirstWithTheSaveTime() throws Exception {
        AutosaveStore store = new AutosaveStore(recovery());
        store.save(reference, "older");
        store.save(fungible, "newer");
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        Files.setLastModifiedTime(recovery().resolve("older.tokenplan"), FileTime.from(t));
        Files.setLastModifiedTime(recovery().resolve("newer.tokenplan"), FileTime.from(t.plusSeconds(60)));

        assertEquals(List.of(new AutosaveStore.RecoverablePlan("newer", t.plusSeconds(60)),
                new AutosaveStore.RecoverablePlan("older", t)), store.list());
    }

    @Test
    void savingAgainReplacesWithoutBackupsOrTempFiles() throws Exception {
        AutosaveStore store = new AutosaveStore(recovery());
        store.save(reference, "plan");
        store.save(fungible, "plan");
        assertEquals(fungible, store.load("plan"));
        assertEquals(List.of("plan.tokenplan"), namesIn(recovery()));
    }

    @Test
    void failedSaveKeepsThePreviousAutosave() throws Exception {
        new AutosaveStore(recovery()).save(reference, "plan");
        AutosaveStore failing = new AutosaveStore(recovery(), new PlanFile(),
                new AtomicFile(out -> new FailingStream(out, 10), Files::move));
        assertThrows(IOException.class, () -> failing.save(fungible, "plan"));
        assertEquals(reference, failing.load("plan"));
        assertEquals(List.of("plan.tokenplan"), namesIn(recovery()));
    }

    @Test
    void missingFolderListsNothing() throws Exception {
        assertEquals(List.of(), new AutosaveStore(recovery()).list());
    }

    @Test
    void listSkipsFilesThatAreNotAutosaves() throws Exception {
        AutosaveStore store = new AutosaveStore(recovery());
        store.save(reference, "plan");
        Files.writeString(recovery().resolve("notes.txt"), "x");
        Files.writeString(recovery().resolve(".plan.tokenplan.1f2e.tmp"), "x");
        Files.writeString(recovery().resolve("bad key.tokenplan"), "x");
        Files.createDirectory(recovery().resolve("folder.tokenplan"));
        assertEquals(List.of("plan"), store.list().stream().map(AutosaveStore.RecoverablePlan::key).toList());
    }

    @Test
    void keysCannotLeaveTheFolder() {
        AutosaveStore store = new AutosaveStore(recovery());
        for (String key : new String[] {"../escape", "a/b", ".hidden", "", "with space"}) {
            assertThrows(IllegalArgumentException.class, () -> store.save(reference, key), key);
            assertThrows(IllegalArgumentException.class, () -> store.load(key), key);
            assertThrows(IllegalArgumentException.class, () -> store.discard(key), key);
        }
        assertThrows(IllegalArgumentException.class, () -> store.load(null));
    }

    @Test
    void damagedAutosaveIsReportedLikeAnyBadFile() throws Exception {
        AutosaveStore store = new AutosaveStore(recovery());
        store.save(reference, "plan");
        Files.writeString(recovery().resolve("plan.tokenplan"), "{\"formatVersion\": 2,");
        PlanFileException e = assertThrows(PlanFileException.class, () -> store.load("plan"));
        assertTrue(e.getMessage().startsWith("plan.tokenplan: "), e.getMessage());
    }
}

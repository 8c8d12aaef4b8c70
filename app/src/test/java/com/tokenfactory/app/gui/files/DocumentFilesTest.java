package com.tokenfactory.app.gui.files;

import com.tokenfactory.app.ExpectedLog;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentFilesTest {
    @TempDir
    Path temp;
    private final AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("tokenfactory-test/" + UUID.randomUUID()));
    private final Plan sample = Samples.open(Samples.FUNGIBLE_FLEET);
    private final PlanDocument document = new PlanDocument(sample, null);
    private final List<String> errors = new ArrayList<>();
    private final RecentFiles recent = new RecentFiles(prefs);
    private final DocumentFiles files = new DocumentFiles(document, new PlanFile(), recent, Runnable::run, Runnable::run,
            errors::add);

    @AfterEach
    void forget() {
        prefs.clear();
    }

    @Test
    void aMalformedFileIsReportedByPathAndLineAndTheOpenPlanStays() throws Exception {
        Path bad = temp.resolve("bad.tokenplan");
        Files.writeString(bad, Samples.json(Samples.CAPACITY_CRUNCH).replace("\"pue\": 1.3", "\"pue\": 5.0"));
        assertFalse(files.open(bad).get());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not open bad.tokenplan: $.sites[0].pue (line "), errors.get(0));
        assertTrue(errors.get(0).endsWith("must be between 1 and 3 (was 5.0)"), errors.get(0));
        assertSame(sample, document.getPlan());
        assertTrue(recent.files().isEmpty());
    }

    @Test
    void savingAndOpeningKeepThePlanAndRememberTheFile() throws Exception {
        Path file = temp.resolve("fleet.tokenplan");
        assertTrue(files.save(file).get());
        assertEquals(file, document.getFile());
        assertFalse(document.isDirty());
        PlanDocument other = new PlanDocument(Samples.open(Samples.CAPACITY_CRUNCH), null);
        DocumentFiles otherFiles = new DocumentFiles(other, new PlanFile(), recent, Runnable::run, Runnable::run,
                errors::add);
        assertTrue(otherFiles.open(file).get());
        assertEquals(sample, other.getPlan());
        assertEquals(List.of(file.toAbsolutePath().normalize()), recent.files());
        assertEquals(recent.files(), new RecentFiles(prefs).files(), "recent files are remembered");
    }

    @Test
    void aFailedSaveSaysSoInOneLine() throws Exception {
        Path nowhere = temp.resolve("missing-folder").resolve("x.tokenplan");
        try (ExpectedLog log = ExpectedLog.capture()) {
            assertFalse(files.save(nowhere).get());
            assertEquals(1, log.warnings(java.io.IOException.class), "logged with its cause, for a bug report");
        }
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not save x.tokenplan: "), errors.get(0));
        assertFalse(errors.get(0).contains("\n"));
    }
}

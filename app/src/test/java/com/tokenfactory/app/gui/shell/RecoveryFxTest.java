package com.tokenfactory.app.gui.shell;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.AutosaveStore;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.samples.Samples;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run that crashed left an autosave: the next start offers it, and accepting brings the work back unsaved. */
@ExtendWith(ApplicationExtension.class)
class RecoveryFxTest extends AppWindowTest {
    private static final String CRASHED_RUN = "session-2147483646-1";
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Plan saved = Samples.open(Samples.CAPACITY_CRUNCH);
        file = temp.resolve("crunch.tokenplan");
        new PlanFile().write(saved, file);
        new AutosaveStore(temp.resolve("recovery")).save(saved.withName("Crunch with unsaved edits"), CRASHED_RUN);
        preferences.setAutosaveOrigin(CRASHED_RUN, file);
        prompts.recoverAnswer = true;
        open(stage, Samples.open(Samples.FUNGIBLE_FLEET), null);
    }

    @Test
    void theAutosaveIsOfferedAndRecoveredAsUnsavedChangesToItsFile() throws Exception {
        // the autosave is looked for and read on the files worker, then offered; the notice is checked as it shows
        // (notices fade after a few seconds, which a loaded machine can take to get here)
        await(() -> {
            String shown = window.messages().message();
            return shown != null && shown.startsWith("Recovered unsaved changes");
        });
        assertEquals(java.util.List.of("recover:Crunch with unsaved edits"), prompts.asked);
        assertEquals("Crunch with unsaved edits", plan().name());
        assertEquals(file, window.viewModel().document().getFile());
        assertTrue(window.viewModel().document().isDirty(), "recovered work is not saved yet");
        await(() -> new AutosaveStore(temp.resolve("recovery")).list().stream()
                .noneMatch(p -> p.key().equals(CRASHED_RUN))); // the offer is made once
        awaitResult();
    }
}

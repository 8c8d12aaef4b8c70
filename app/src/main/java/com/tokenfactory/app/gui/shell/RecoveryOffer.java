package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.files.Recovery;
import com.tokenfactory.app.gui.work.LatestWins;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Offers, once the window shows, the newest autosave a crashed session left behind: it is found and read on the
 * files worker (a slow disk never holds up the window), the user is asked on the FX thread, and the autosave is
 * discarded either way, again off the FX thread.
 */
final class RecoveryOffer {
    private static final System.Logger LOG = System.getLogger(RecoveryOffer.class.getName());

    /** An autosave ready to offer: the plan in it and, when it was of a file, the file as last saved. */
    private record Found(Recovery.Candidate candidate, Plan plan, Plan saved) {
    }

    private final Recovery recovery;
    private final PlanDocument document;
    private final Prompts prompts;
    private final MessageBar messages;
    private final Executor files;
    private final LatestWins<Optional<Found>> looking;

    RecoveryOffer(Recovery recovery, PlanDocument document, Prompts prompts, MessageBar messages, Executor files,
                  Executor fxThread) {
        this.recovery = recovery;
        this.document = document;
        this.prompts = prompts;
        this.messages = messages;
        this.files = files;
        this.looking = new LatestWins<Optional<Found>>("recover the autosaved plan", files, fxThread, this::ask)
                .explainingFailures(e -> "The autosaved plan could not be recovered: " + Reasons.of(e))
                .onFailure(messages::error);
    }

    /** Looks for an autosave to offer; call on the FX thread once the window shows. */
    void offer() {
        looking.request(() -> {
            Optional<Recovery.Candidate> newest = recovery.newest();
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            Recovery.Candidate c = newest.get();
            Plan plan = recovery.load(c);
            Plan saved = c.origin() != null ? readQuietly(c.origin()) : null;
            return Optional.of(new Found(c, plan, saved));
        });
    }

    private void ask(Optional<Found> found) {
        found.ifPresent(f -> {
            Recovery.Candidate c = f.candidate();
            if (prompts.recover(f.plan().name(), c.savedAt(), c.origin())) {
                document.openRecovered(f.plan(), c.origin(), f.saved());
                messages.notice("Recovered unsaved changes to “" + f.plan().name() + "”. Save them to keep them.");
            }
            files.execute(() -> {
                try {
                    recovery.discard(c);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "discarding the autosave " + c.key() + " failed", e);
                }
            });
        });
    }

    /** Whether the offer is still being looked for or its autosave read. */
    boolean isLooking() {
        return looking.isRunning();
    }

    private static Plan readQuietly(Path file) {
        try {
            return new PlanFile().read(file);
        } catch (IOException e) {
            return null;
        }
    }
}

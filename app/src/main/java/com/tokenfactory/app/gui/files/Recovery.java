package com.tokenfactory.app.gui.files;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.AutosaveStore;
import com.tokenfactory.io.PlanFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds work left in the recovery folder by a run that did not end normally, so the app can offer it on start.
 * Autosaves of instances still running are left alone.
 */
public final class Recovery {
    private static final Pattern SESSION = Pattern.compile("session-(\\d+)-(\\d+)");

    /** A plan that can be recovered, with the file it was made from (if it had one). */
    public record Candidate(String key, Instant savedAt, Path origin) {
    }

    private final AutosaveStore store;
    private final AppPreferences preferences;

    public Recovery(AutosaveStore store, AppPreferences preferences) {
        this.store = store;
        this.preferences = preferences;
    }

    /** "session-PID-START": this process's id and start time, so a reused PID is not mistaken for this run. */
    public static String keyOfThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(Instant::getEpochSecond).orElse(0L);
        return "session-" + self.pid() + "-" + start;
    }

    /** The newest autosave of a run that is no longer running. */
    public Optional<Candidate> newest() throws IOException {
        for (AutosaveStore.RecoverablePlan p : store.list()) {
            if (!stillRunning(p.key())) {
                return Optional.of(new Candidate(p.key(), p.savedAt(), preferences.autosaveOrigin(p.key()).orElse(null)));
            }
        }
        return Optional.empty();
    }

    public Plan load(Candidate c) throws PlanFileException {
        return store.load(c.key());
    }

    public void discard(Candidate c) throws IOException {
        store.discard(c.key());
        preferences.setAutosaveOrigin(c.key(), null);
    }

    static boolean stillRunning(String key) {
        Matcher m = SESSION.matcher(key);
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        long start = Long.parseLong(m.group(2));
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> h.info().startInstant().map(Instant::getEpochSecond).orElse(-1L) == start)
                .orElse(false);
    }
}

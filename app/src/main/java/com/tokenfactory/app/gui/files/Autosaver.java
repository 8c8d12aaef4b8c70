package com.tokenfactory.app.gui.files;

import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.AutosaveStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Saves unsaved work to the recovery folder on the window's files worker: a while after the last edit, never on the
 * FX thread.
 * When the document is clean again (saved, or undone back to its file) the autosave is removed; it is also removed on
 * a normal exit. What is left after a crash is what {@link Recovery} offers on the next start. The key names this
 * process ("session-PID-START") so a second running instance never offers this one's autosave as a crash.
 */
public final class Autosaver implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(3);

    private final PlanDocument document;
    private final AutosaveStore store;
    private final AppPreferences preferences;
    private final String key;
    private final Duration delay;
    /** The window's files worker: one thread, so writes and removals happen in the order they were asked for. */
    private final ExecutorService writer;
    private final ScheduledExecutorService timer;
    /** Counts changes; a write waiting for its turn is skipped when a later change came in. */
    private final AtomicLong latest = new AtomicLong();
    private ScheduledFuture<?> pending;
    private volatile boolean saved;

    /** Autosaves on the window's files worker ({@code workers}), {@code delay} after the last edit. */
    public Autosaver(PlanDocument document, AutosaveStore store, AppPreferences preferences, Duration delay,
                     Workers workers) {
        this(document, store, preferences, Recovery.keyOfThisProcess(), delay, workers);
    }

    Autosaver(PlanDocument document, AutosaveStore store, AppPreferences preferences, String key, Duration delay,
              Workers workers) {
        this.document = document;
        this.store = store;
        this.preferences = preferences;
        this.key = key;
        this.delay = delay;
        this.writer = workers.pool(Workers.Purpose.FILES);
        this.timer = workers.timer();
        document.planProperty().addListener(o -> changed());
        document.dirtyProperty().addListener(o -> changed());
    }

    private void changed() {
        long change = latest.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (!document.isDirty()) {
            write(change, this::discard);
            return;
        }
        Plan plan = document.getPlan();
        Path origin = document.getFile();
        try {
            pending = timer.schedule(() -> write(change, () -> save(plan, origin)), delay.toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the window is closing
        }
    }

    /** Hands {@code work} to the writer, to run unless a later change came in meanwhile. */
    private void write(long change, Runnable work) {
        try {
            writer.execute(() -> {
                if (change == latest.get()) {
                    work.run();
                }
            });
        } catch (RejectedExecutionException e) {
            // the window is closing
        }
    }

    private void save(Plan plan, Path origin) {
        try {
            store.save(plan, key);
            preferences.setAutosaveOrigin(key, origin);
            saved = true;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave to the recovery folder failed", e);
        }
    }

    private void discard() {
        if (!saved) {
            return;
        }
        try {
            store.discard(key);
            preferences.setAutosaveOrigin(key, null);
            saved = false;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "removing the autosave failed", e);
        }
    }

    /** Does now, and waits for, what the pending autosave would do (tests; call on the FX thread). */
    public void flush() {
        latest.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        Plan plan = document.getPlan();
        Path origin = document.getFile();
        boolean dirty = document.isDirty();
        try {
            writer.submit(() -> {
                if (dirty) {
                    save(plan, origin);
                } else {
                    discard();
                }
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "autosave did not finish", e);
        }
    }

    public String key() {
        return key;
    }

    /** A normal exit: the user saved or chose not to; nothing is left to recover. Waits for the removal. */
    @Override
    public void close() {
        latest.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            writer.submit(this::discard).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "removing the autosave on exit failed", e);
        }
    }
}

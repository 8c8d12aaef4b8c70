package com.tokenfactory.app.gui.work;

import com.tokenfactory.app.format.Reasons;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way the app does background work for the screen: "the latest request wins".
 * <ol>
 *   <li>{@link #request} is called on the FX thread with work that holds only what it captured there (an immutable
 *   plan, a period, a style) — never a property to read later;</li>
 *   <li>after the debounce, if any (a burst of requests runs once), the work runs on a named worker
 *   ({@link Workers}); with {@link #settling} the first request after a quiet spell runs at once, and only those
 *   that follow it closely wait out the debounce;</li>
 *   <li>its result is handed to {@code publish} on the FX thread, unless a newer request or a {@link #cancel} came in
 *   meanwhile: a stale result is dropped, never shown over a newer one;</li>
 *   <li>a failure is logged with its stack trace (for a bug report) and surfaces to the user in one line:
 *   {@link #failureProperty()} and the optional {@code onFailure}.</li>
 * </ol>
 * Properties change on the FX thread only.
 *
 * @param <T> what the work produces
 */
public final class LatestWins<T> {
    private static final System.Logger LOG = System.getLogger(LatestWins.class.getName());

    /** Waits out a debounce: runs {@code task} after {@code delay} unless the returned future is cancelled. */
    @FunctionalInterface
    public interface Delay {
        Future<?> after(Duration delay, Runnable task);

        /** On a timer thread, e.g. {@link Workers#timer()}. */
        static Delay on(ScheduledExecutorService timer) {
            return (delay, task) -> timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private final String what;
    private final Executor worker;
    private final Executor fxThread;
    private final Consumer<? super T> publish;
    private Delay delay;
    private Duration debounce = Duration.ZERO;
    /** Whether a request after a quiet spell skips the debounce ({@link #settling}). */
    private boolean leading;
    /** Requests so far (FX thread only), and the last one after which a whole debounce passed with no other. */
    private long requests;
    private volatile long quietAfter;
    private Future<?> quietWait;
    private Function<Throwable, String> explain = e -> null;
    private Consumer<String> onFailure = message -> { };
    private Class<? extends Exception> expected;

    private final AtomicLong latest = new AtomicLong();
    /** The debounce or the work of the latest request: set on the FX thread, and by the timer when it starts work. */
    private volatile Future<?> pending;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");

    /**
     * @param what     the work in a few words, for the log and the default failure line ("building the charts")
     * @param worker   where the work runs, e.g. {@code workers.pool(Purpose.CHARTS)}
     * @param fxThread where results are published ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param publish  receives each result that is still the latest, on the FX thread
     */
    public LatestWins(String what, Executor worker, Executor fxThread, Consumer<? super T> publish) {
        this.what = Objects.requireNonNull(what, "what");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.publish = Objects.requireNonNull(publish, "publish");
    }

    /** Waits {@code wait} after each request before starting it, so that a burst of requests runs only the last. */
    public LatestWins<T> debounced(Delay timer, Duration wait) {
        this.delay = Objects.requireNonNull(timer, "timer");
        this.debounce = Objects.requireNonNull(wait, "wait");
        return this;
    }

    /**
     * As {@link #debounced}, except that a request that comes after {@code wait} with none runs at once: a single
     * edit shows without waiting, while a burst (a drag, keys held down) still runs its first and then only its last
     * request, {@code wait} after the burst ends. A result overtaken by a newer request is dropped as always.
     */
    public LatestWins<T> settling(Delay timer, Duration wait) {
        debounced(timer, wait);
        this.leading = true;
        return this;
    }

    /**
     * How a failure reads to the user, in one line; the default is "Could not &lt;what&gt;: &lt;reason&gt;". Return
     * null for the default.
     */
    public LatestWins<T> explainingFailures(Function<Throwable, String> explanation) {
        this.explain = Objects.requireNonNull(explanation, "explanation");
        return this;
    }

    /**
     * Failures of {@code type} are the user's input (a file that is not a measurement), not a fault: they are logged
     * in one line without a stack trace. They still reach the user.
     */
    public LatestWins<T> expecting(Class<? extends Exception> type) {
        this.expected = Objects.requireNonNull(type, "type");
        return this;
    }

    /** Also tells {@code listener} each failure's line, on the FX thread (e.g. the window's message bar). */
    public LatestWins<T> onFailure(Consumer<String> listener) {
        this.onFailure = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Asks for {@code work} to run; any earlier request not yet published is dropped. Call on the FX thread. */
    public void request(Callable<? extends T> work) {
        long generation = latest.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        running.set(true);
        if (delay == null || debounce.isZero()) {
            start(generation, work);
            return;
        }
        if (leading) {
            long n = ++requests;
            boolean quiet = n == 1 || quietAfter == n - 1;
            if (quietWait != null) {
                quietWait.cancel(false);
            }
            quietWait = delay.after(debounce, () -> quietAfter = n);
            if (quiet) {
                start(generation, work);
                return;
            }
        }
        pending = delay.after(debounce, () -> start(generation, work));
    }

    private void start(long generation, Callable<? extends T> work) {
        if (generation != latest.get()) {
            return;
        }
        FutureTask<Void> task = new FutureTask<>(() -> run(generation, work), null);
        pending = task;
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            // the window is closing: its workers take no more work
            fxThread.execute(() -> finish(generation, null, null, false));
        }
    }

    private void run(long generation, Callable<? extends T> work) {
        if (generation != latest.get()) {
            return;
        }
        T result;
        try {
            result = work.call();
        } catch (InterruptedException e) {
            return; // cancelled
        } catch (Exception | LinkageError | OutOfMemoryError | AssertionError e) {
            if (generation != latest.get()) {
                return; // stale anyway; nobody waits for it
            }
            if (expected != null && expected.isInstance(e)) {
                LOG.log(System.Logger.Level.INFO, what + " failed: " + e.getMessage());
            } else {
                LOG.log(System.Logger.Level.WARNING, what + " failed", e);
            }
            String line = Objects.requireNonNullElseGet(explain.apply(e), () -> "Could not " + what + ": "
                    + Reasons.of(e));
            fxThread.execute(() -> finish(generation, null, line, false));
            return;
        }
        fxThread.execute(() -> finish(generation, result, null, true));
    }

    private void finish(long generation, T result, String problem, boolean done) {
        if (generation != latest.get()) {
            return; // a newer request is on its way, or this one was cancelled
        }
        pending = null;
        // the result (or the failure) first: whoever waits for "not running" then finds it in place
        if (problem != null) {
            failure.set(problem);
            onFailure.accept(problem);
        } else if (done) {
            failure.set(null);
            publish.accept(result);
        }
        running.set(false);
    }

    /**
     * Drops the latest request: its result will not be published, and work already running is interrupted (work
     * that checks for interrupts stops early). Call on the FX thread.
     */
    public void cancel() {
        latest.incrementAndGet();
        if (pending != null) {
            pending.cancel(true);
            pending = null;
        }
        running.set(false);
    }

    /** True from a request until its result or failure has been published, or until it is cancelled. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Why the latest run failed, in one line; null after a success. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}

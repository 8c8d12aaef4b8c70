package com.tokenfactory.app.gui.results;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * Runs the engine after edits, off the JavaFX thread: a request captures the plan and scenario on the FX thread, waits
 * out the debounce (a burst of edits runs once), simulates on one worker thread, and publishes on the FX thread only
 * if no newer request came in meanwhile — a stale result is dropped, never shown over a newer one.
 */
public final class Recompute implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Recompute.class.getName());
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(120);

    /** A published result and what it cost. */
    public record Outcome(SimulationResult result, Duration elapsed, LocalTime finishedAt) {
    }

    private final BiFunction<Plan, Scenario, SimulationResult> engine;
    private final Executor fxThread;
    private final Duration debounce;
    private final ScheduledExecutorService worker;
    private final AtomicLong latest = new AtomicLong();
    private ScheduledFuture<?> pending;

    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");

    public Recompute(Executor fxThread) {
        this(fxThread, DEFAULT_DEBOUNCE);
    }

    /** Runs the engine ({@code Engine.simulate}) after {@code debounce}. */
    public Recompute(Executor fxThread, Duration debounce) {
        this(Recompute::simulate, fxThread, debounce);
    }

    public Recompute(BiFunction<Plan, Scenario, SimulationResult> engine, Executor fxThread, Duration debounce) {
        this.engine = engine;
        this.fxThread = fxThread;
        this.debounce = debounce;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "recompute");
            t.setDaemon(true);
            return t;
        });
    }

    private static SimulationResult simulate(Plan plan, Scenario scenario) {
        return scenario == null ? Engine.simulate(plan) : Engine.simulate(plan, scenario);
    }

    /** Asks for the plan to be simulated under the scenario (null: the base plan). Call on the FX thread. */
    public void request(Plan plan, Scenario scenario) {
        long generation = latest.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        running.set(true);
        pending = worker.schedule(() -> run(generation, plan, scenario), debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(long generation, Plan plan, Scenario scenario) {
        if (generation != latest.get()) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            SimulationResult result = engine.apply(plan, scenario);
            Outcome done = new Outcome(result, Duration.ofNanos(System.nanoTime() - t0), LocalTime.now());
            fxThread.execute(() -> publish(generation, done, null));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "simulating plan '" + plan.name() + "' failed", e);
            String message = "The plan could not be simulated: " + Reasons.of(e);
            fxThread.execute(() -> publish(generation, null, message));
        }
    }

    private void publish(long generation, Outcome done, String problem) {
        if (generation != latest.get()) {
            return; // a newer request is on its way; this result is stale
        }
        running.set(false);
        failure.set(problem);
        if (done != null) {
            outcome.set(done);
        }
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public Outcome getOutcome() {
        return outcome.get();
    }

    /** True from a request until its result (or failure) is published. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Why the last run failed, in one line; null after a success. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

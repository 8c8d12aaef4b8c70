package com.tokenfactory.app.gui.results;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.work.LatestWins;
import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * Runs the engine after edits, off the JavaFX thread, the latest request winning ({@link LatestWins}): a request
 * captures the plan and scenario on the FX thread, simulates on the window's recompute worker, and publishes on the FX
 * thread only if no newer request came in meanwhile — a stale result is dropped, never shown over a newer one. An
 * edit after a quiet spell runs at once; the edits of a burst that follow it wait out the debounce, and only the last
 * of them runs ({@link LatestWins#settling}).
 */
public final class Recompute implements AutoCloseable {
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(120);

    /** A published result and what it cost. */
    public record Outcome(SimulationResult result, Duration elapsed, LocalTime finishedAt) {
    }

    private final BiFunction<Plan, Scenario, SimulationResult> engine;
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final LatestWins<Outcome> work;

    /** Runs the engine ({@code Engine.simulate}) on the recompute pool of {@code workers} after {@code debounce}. */
    public Recompute(Workers workers, Executor fxThread, Duration debounce) {
        this(Recompute::simulate, workers, fxThread, debounce);
    }

    public Recompute(BiFunction<Plan, Scenario, SimulationResult> engine, Workers workers, Executor fxThread,
                     Duration debounce) {
        this.engine = engine;
        this.work = new LatestWins<Outcome>("simulate the plan", workers.pool(Workers.Purpose.RECOMPUTE), fxThread,
                outcome::set)
                .settling(LatestWins.Delay.on(workers.timer()), debounce)
                .explainingFailures(e -> "The plan could not be simulated: " + Reasons.of(e));
    }

    private static SimulationResult simulate(Plan plan, Scenario scenario) {
        return scenario == null ? Engine.simulate(plan) : Engine.simulate(plan, scenario);
    }

    /** Asks for the plan to be simulated under the scenario (null: the base plan). Call on the FX thread. */
    public void request(Plan plan, Scenario scenario) {
        work.request(() -> {
            long t0 = System.nanoTime();
            SimulationResult result = engine.apply(plan, scenario);
            return new Outcome(result, Duration.ofNanos(System.nanoTime() - t0), LocalTime.now());
        });
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public Outcome getOutcome() {
        return outcome.get();
    }

    /** True from a request until its result (or failure) is published. */
    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    /** Why the last run failed, in one line; null after a success. */
    public ReadOnlyStringProperty failureProperty() {
        return work.failureProperty();
    }

    /** Drops the request in flight; the workers are the window's to stop. */
    @Override
    public void close() {
        work.cancel();
    }
}

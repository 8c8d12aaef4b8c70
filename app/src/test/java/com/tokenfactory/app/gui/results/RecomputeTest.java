package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecomputeTest {
    private final Plan plan = Samples.open(Samples.CAPACITY_CRUNCH);

    @Test
    void aBurstOfRequestsRunsTheEngineOnceOnTheLatestPlan() throws Exception {
        List<String> simulated = new CopyOnWriteArrayList<>();
        CountDownLatch published = new CountDownLatch(1);
        BiFunction<Plan, Scenario, SimulationResult> engine = (p, s) -> {
            simulated.add(p.name());
            return Engine.simulate(p);
        };
        try (Recompute recompute = new Recompute(engine, r -> {
            r.run();
            published.countDown();
        }, Duration.ofMillis(150))) {
            for (int i = 1; i <= 5; i++) {
                recompute.request(plan.withName("edit " + i), null);
            }
            assertTrue(recompute.runningProperty().get());
            assertTrue(published.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("edit 5"), simulated);
            assertEquals("edit 5", recompute.getOutcome().result().planName());
            assertFalse(recompute.runningProperty().get());
            assertTrue(recompute.getOutcome().elapsed().toNanos() > 0);
        }
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        CountDownLatch secondShown = new CountDownLatch(1);
        BiFunction<Plan, Scenario, SimulationResult> engine = (p, s) -> {
            if (p.name().equals("first")) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return Engine.simulate(p);
        };
        try (Recompute recompute = new Recompute(engine, Runnable::run, Duration.ZERO)) {
            recompute.outcomeProperty().addListener((o, was, now) -> {
                shown.add(now.result().planName());
                if (now.result().planName().equals("second")) {
                    secondShown.countDown();
                }
            });
            recompute.request(plan.withName("first"), null);
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            recompute.request(plan.withName("second"), null);
            releaseFirst.countDown();
            assertTrue(secondShown.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("second"), shown, "the first result arrived after the second request and was dropped");
        }
    }

    @Test
    void aFailureIsReportedInOneLineAndKeepsTheLastResult() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        BiFunction<Plan, Scenario, SimulationResult> engine = (p, s) -> {
            if (p.name().equals("broken")) {
                throw new IllegalStateException("no capacity model for this SKU");
            }
            return Engine.simulate(p);
        };
        try (Recompute recompute = new Recompute(engine, r -> {
            r.run();
            done.countDown();
        }, Duration.ZERO)) {
            recompute.request(plan, null);
            Thread.sleep(200);
            recompute.request(plan.withName("broken"), null);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals("The plan could not be simulated: no capacity model for this SKU",
                    recompute.failureProperty().get());
            assertEquals(plan.name(), recompute.getOutcome().result().planName());
            recompute.request(plan, null);
            Thread.sleep(300);
            assertNull(recompute.failureProperty().get());
        }
    }

    @Test
    void theScenarioIsPassedToTheEngine() throws Exception {
        Plan five = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        Scenario slow = five.scenarios().get(0);
        CountDownLatch done = new CountDownLatch(1);
        try (Recompute recompute = new Recompute(r -> {
            r.run();
            done.countDown();
        })) {
            recompute.request(five, slow);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(slow.id(), recompute.getOutcome().result().scenarioId());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

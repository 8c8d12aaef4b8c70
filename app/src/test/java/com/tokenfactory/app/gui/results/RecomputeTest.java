package com.tokenfactory.app.gui.results;

import com.tokenfactory.app.ExpectedLog;
import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recompute on real worker threads; every wait is for a published result (a latch), never for time. The
 * interleavings themselves are in {@link com.tokenfactory.app.gui.work.LatestWinsTest}.
 */
class RecomputeTest {
    private final Plan plan = Samples.open(Samples.CAPACITY_CRUNCH);
    private final Workers workers = new Workers();
    /** One permit per request that ended (result or failure published); "the FX thread" is the worker itself. */
    private final Semaphore published = new Semaphore(0);
    /** The plans whose results were published, in order. */
    private final List<String> shown = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        assertTrue(workers.close(Duration.ofSeconds(30)));
    }

    private Recompute recompute(BiFunction<Plan, Scenario, SimulationResult> engine, Duration debounce) {
        Recompute r = new Recompute(engine, workers, Runnable::run, debounce);
        r.outcomeProperty().addListener((o, was, now) -> shown.add(now.result().planName()));
        // a request is over when running ends: by then its result or failure is in place
        r.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                published.release();
            }
        });
        return r;
    }

    private void awaitPublished() throws InterruptedException {
        assertTrue(published.tryAcquire(30, TimeUnit.SECONDS), "a result was published");
    }

    @Test
    void aBurstOfRequestsRunsItsFirstAtOnceAndThenOnlyTheLatestPlan() throws Exception {
        List<String> simulated = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch burstSent = new CountDownLatch(1);
        // a debounce long enough that a burst sent on a loaded machine still falls within it; the latches, not the
        // debounce, make the test wait
        try (Recompute recompute = recompute((p, s) -> {
            simulated.add(p.name());
            if (p.name().equals("edit 1")) {
                firstStarted.countDown();
                await(burstSent); // still running when the rest of the burst comes: it is overtaken
            }
            return Engine.simulate(p);
        }, Duration.ofSeconds(2))) {
            recompute.request(plan.withName("edit 1"), null);
            assertTrue(firstStarted.await(30, TimeUnit.SECONDS), "the first edit runs without waiting");
            for (int i = 2; i <= 5; i++) {
                recompute.request(plan.withName("edit " + i), null);
            }
            burstSent.countDown();
            assertTrue(recompute.runningProperty().get());
            awaitPublished();
            assertEquals(List.of("edit 1", "edit 5"), simulated, "the first at once, then only the latest");
            assertEquals(List.of("edit 5"), shown, "the first was overtaken and dropped");
            assertFalse(recompute.runningProperty().get());
            assertTrue(recompute.getOutcome().elapsed().toNanos() > 0);
        }
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        try (Recompute recompute = recompute((p, s) -> {
            if (p.name().equals("first")) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return Engine.simulate(p);
        }, Duration.ZERO)) {
            recompute.request(plan.withName("first"), null);
            assertTrue(firstStarted.await(30, TimeUnit.SECONDS));
            recompute.request(plan.withName("second"), null);
            releaseFirst.countDown();
            awaitPublished();
            assertEquals(List.of("second"), shown, "the first result arrived after the second request and was dropped");
        }
    }

    @Test
    void aFailureIsReportedInOneLineAndKeepsTheLastResult() throws Exception {
        try (Recompute recompute = recompute((p, s) -> {
            if (p.name().equals("broken")) {
                throw new IllegalStateException("no capacity model for this SKU");
            }
            return Engine.simulate(p);
        }, Duration.ZERO); ExpectedLog log = ExpectedLog.capture()) {
            recompute.request(plan, null);
            awaitPublished();
            recompute.request(plan.withName("broken"), null);
            awaitPublished();
            assertEquals("The plan could not be simulated: no capacity model for this SKU",
                    recompute.failureProperty().get());
            assertEquals(1, log.warnings(IllegalStateException.class), "logged with its stack, for a bug report");
            assertEquals(plan.name(), recompute.getOutcome().result().planName());
            recompute.request(plan, null);
            awaitPublished();
            assertNull(recompute.failureProperty().get());
        }
    }

    @Test
    void theScenarioIsPassedToTheEngine() throws Exception {
        Plan five = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        Scenario slow = five.scenarios().get(0);
        try (Recompute recompute = recompute((p, s) -> Engine.simulate(p, s), Recompute.DEFAULT_DEBOUNCE)) {
            recompute.request(five, slow);
            awaitPublished();
            assertEquals(slow.id(), recompute.getOutcome().result().scenarioId());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.tokenfactory.app.gui.work;

import com.tokenfactory.app.ExpectedLog;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The latest-request-wins helper, step by step: the worker, the FX thread and the debounce timer are queues this test
 * runs by hand, so every interleaving is chosen here and nothing waits on a clock.
 */
class LatestWinsTest {
    /** An executor that only queues; {@link #runAll()} runs what is queued, in order. */
    static final class Manual implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        int runAll() {
            int n = 0;
            for (Runnable r; (r = queue.poll()) != null; n++) {
                r.run();
            }
            return n;
        }
    }

    /** A debounce timer whose time passes when the test says. */
    static final class ManualDelay implements LatestWins.Delay {
        final List<FutureTask<Void>> waiting = new ArrayList<>();
        final List<Duration> asked = new ArrayList<>();

        @Override
        public FutureTask<Void> after(Duration delay, Runnable task) {
            FutureTask<Void> f = new FutureTask<>(task, null);
            waiting.add(f);
            asked.add(delay);
            return f;
        }

        /** The debounce elapses for everything waiting; cancelled waits do nothing. */
        void elapse() {
            List<FutureTask<Void>> due = new ArrayList<>(waiting);
            waiting.clear();
            due.forEach(FutureTask::run);
        }
    }

    private final Manual worker = new Manual();
    private final Manual fx = new Manual();
    private final List<String> published = new ArrayList<>();

    @Test
    void aBurstOfRequestsRunsOnlyTheLastAfterTheDebounce() {
        ManualDelay timer = new ManualDelay();
        List<String> ran = new ArrayList<>();
        LatestWins<String> work = new LatestWins<String>("simulate the plan", worker, fx, published::add)
                .debounced(timer, Duration.ofMillis(120));
        for (int i = 1; i <= 5; i++) {
            String edit = "edit " + i;
            work.request(() -> {
                ran.add(edit);
                return edit;
            });
        }
        assertTrue(work.isRunning(), "running from the first request");
        assertEquals(0, worker.queue.size(), "nothing starts before the debounce");
        assertEquals(List.of(Duration.ofMillis(120)), timer.asked.subList(0, 1));
        timer.elapse();
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("edit 5"), ran, "the engine ran once, on the latest input");
        assertEquals(List.of("edit 5"), published);
        assertFalse(work.isRunning());
    }

    @Test
    void settlingRunsARequestAfterAQuietSpellAtOnceAndABurstsLastAfterTheWait() {
        ManualDelay timer = new ManualDelay();
        List<String> ran = new ArrayList<>();
        LatestWins<String> work = new LatestWins<String>("simulate the plan", worker, fx, published::add)
                .settling(timer, Duration.ofMillis(120));
        work.request(() -> {
            ran.add("single edit");
            return "single edit";
        });
        assertEquals(1, worker.runAll(), "the first request waits for nothing");
        fx.runAll();
        assertEquals(List.of("single edit"), published);

        timer.elapse(); // a quiet spell
        for (int i = 1; i <= 5; i++) {
            String edit = "edit " + i;
            work.request(() -> {
                ran.add(edit);
                return edit;
            });
            if (i == 1) {
                worker.runAll(); // the burst's first starts at once
            }
        }
        assertEquals(0, worker.queue.size(), "the rest of the burst waits");
        fx.runAll();
        assertEquals(List.of("single edit"), published, "the first of the burst was overtaken: dropped");
        assertTrue(work.isRunning());
        timer.elapse();
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("single edit", "edit 1", "edit 5"), ran);
        assertEquals(List.of("single edit", "edit 5"), published);
        assertFalse(work.isRunning());

        timer.elapse();
        work.request(() -> "after the burst");
        assertEquals(1, worker.runAll(), "quiet again: at once");
    }

    @Test
    void runningEndsOnlyOnceTheResultIsInPlace() {
        List<Boolean> runningWhenPublished = new ArrayList<>();
        LatestWins<String>[] work = new LatestWins[1];
        work[0] = new LatestWins<>("run the benchmark", worker, fx, r -> runningWhenPublished.add(work[0].isRunning()));
        List<String> seenWhenStopped = new ArrayList<>();
        work[0].runningProperty().addListener((o, was, now) -> {
            if (!now) {
                seenWhenStopped.add(String.valueOf(runningWhenPublished));
            }
        });
        work[0].request(() -> "measured");
        worker.runAll();
        fx.runAll();
        assertEquals(List.of(true), runningWhenPublished);
        assertEquals(List.of("[true]"), seenWhenStopped, "a listener of running sees the result already published");
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped() {
        LatestWins<String> work = new LatestWins<>("build the charts", worker, fx, published::add);
        work.request(() -> "first");
        work.request(() -> "second");
        assertEquals(2, worker.runAll(), "both were already on the worker");
        fx.runAll();
        assertEquals(List.of("second"), published);
        assertFalse(work.isRunning());
    }

    @Test
    void aRequestMadeWhileAnotherRunsKeepsRunningTrueUntilItsOwnResult() {
        LatestWins<String> work = new LatestWins<>("build the charts", worker, fx, published::add);
        work.request(() -> "first");
        worker.runAll();
        work.request(() -> "second");
        fx.runAll(); // the first result arrives after the second request: dropped
        assertTrue(work.isRunning());
        assertEquals(List.of(), published);
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("second"), published);
    }

    @Test
    void aFailureIsOneLineForTheUserAndTheStackGoesToTheLog() {
        List<String> told = new ArrayList<>();
        LatestWins<String> work = new LatestWins<String>("build the charts", worker, fx, published::add).onFailure(told::add);
        work.request(() -> "fine");
        worker.runAll();
        fx.runAll();
        try (ExpectedLog log = ExpectedLog.capture()) {
            work.request(() -> {
                throw new IllegalStateException("no data for month 13");
            });
            worker.runAll();
            fx.runAll();
            assertEquals(1, log.warnings(IllegalStateException.class));
        }
        assertEquals("Could not build the charts: no data for month 13", work.failureProperty().get());
        assertEquals(List.of("Could not build the charts: no data for month 13"), told);
        assertEquals(List.of("fine"), published, "the last good result stays");
        assertFalse(work.isRunning());
        work.request(() -> "fine again");
        worker.runAll();
        fx.runAll();
        assertNull(work.failureProperty().get(), "a success clears the failure");
    }

    @Test
    void failuresCanBeExplainedInTheUsersWords() {
        LatestWins<String> work = new LatestWins<String>("run the benchmark", worker, fx, published::add)
                .explainingFailures(e -> e instanceof OutOfMemoryError ? "The benchmark ran out of memory." : null);
        try (ExpectedLog log = ExpectedLog.capture()) {
            work.request(() -> {
                throw new OutOfMemoryError("Java heap space");
            });
            worker.runAll();
            fx.runAll();
            assertEquals(1, log.warnings(OutOfMemoryError.class));
        }
        assertEquals("The benchmark ran out of memory.", work.failureProperty().get());
    }

    @Test
    void aStaleFailureIsNeitherShownNorLogged() {
        LatestWins<String> work = new LatestWins<>("build the charts", worker, fx, published::add);
        try (ExpectedLog log = ExpectedLog.capture()) {
            work.request(() -> {
                throw new IllegalStateException("old input");
            });
            work.request(() -> "new");
            worker.runAll();
            fx.runAll();
            assertEquals(0, log.warnings(Throwable.class));
        }
        assertNull(work.failureProperty().get());
        assertEquals(List.of("new"), published);
    }

    @Test
    void cancelDropsTheResultAndInterruptsTheWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        try (Workers workers = new Workers()) {
            LatestWins<String> work = new LatestWins<>("run the benchmark",
                    workers.pool(Workers.Purpose.BENCHMARK), fx, published::add);
            work.request(() -> {
                started.countDown();
                try {
                    new CountDownLatch(1).await(); // until interrupted
                    return "never";
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    throw e;
                } finally {
                    ended.countDown();
                }
            });
            assertTrue(started.await(30, TimeUnit.SECONDS));
            work.cancel();
            assertFalse(work.isRunning());
            assertTrue(ended.await(30, TimeUnit.SECONDS));
            assertTrue(interrupted.get());
            assertEquals(0, fx.runAll(), "nothing to publish");
            assertEquals(List.of(), published);
        }
    }

    @Test
    void aRequestAfterTheWorkersClosedIsDroppedQuietly() {
        Workers workers = new Workers();
        workers.close();
        LatestWins<String> work = new LatestWins<>("build the charts", workers.pool(Workers.Purpose.CHARTS), fx,
                published::add);
        work.request(() -> "late");
        fx.runAll();
        assertFalse(work.isRunning());
        assertEquals(List.of(), published);
    }

    @Test
    void workersAreNamedByPurposeAndStopOnClose() throws Exception {
        Workers workers = new Workers();
        AtomicReference<String> name = new AtomicReference<>();
        workers.pool(Workers.Purpose.EXPORTS).submit(() -> name.set(Thread.currentThread().getName())).get();
        assertEquals("tokenfactory-exports-1", name.get());
        CountDownLatch started = new CountDownLatch(1);
        workers.pool(Workers.Purpose.FILES).submit(() -> {
            started.countDown();
            new CountDownLatch(1).await();
            return null;
        });
        assertTrue(started.await(30, TimeUnit.SECONDS));
        assertTrue(workers.close(Duration.ofSeconds(30)), "an interruptible task stops at close");
        assertTrue(workers.isTerminated());
    }
}

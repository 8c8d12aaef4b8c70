package com.tokenfactory.app.gui.work;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's background threads, one small pool per kind of work, so that a long export never holds up a chart
 * rebuild or a save: each pool has a fixed number of daemon threads named after its purpose ("tokenfactory-charts-1"
 * in a thread dump), and {@link #close()} stops them all. One timer thread runs the debounces of
 * {@link LatestWins}. Make one per window (the main window, a presentation, the calibration window) and close it
 * with the window.
 */
public final class Workers implements AutoCloseable {
    /** What a pool is for; each gets its own threads. */
    public enum Purpose {
        /** The engine run after an edit. */
        RECOMPUTE(1),
        /** Building the dashboard's and the presentation's charts, and the KPI strip's provenance badges. */
        CHARTS(1),
        /** Opening, saving and autosave recovery. */
        FILES(1),
        /** Exports: PDF report, workbook, chart files. */
        EXPORTS(1),
        /** Machine detection, the benchmark, measurement files and the calibration's before/after runs. */
        BENCHMARK(2),
        /** Monte Carlo trials and tornados (the Uncertainty tab); they spread their trials over the cores themselves. */
        MONTE_CARLO(1);

        private final int threads;

        Purpose(int threads) {
            this.threads = threads;
        }

        public int threads() {
            return threads;
        }

        String threadName() {
            return "tokenfactory-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Purpose, ThreadPoolExecutor> pools = new EnumMap<>(Purpose.class);
    private final ScheduledThreadPoolExecutor timer;

    public Workers() {
        for (Purpose p : Purpose.values()) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(p.threads(), p.threads(), 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), named(p.threadName()));
            pool.allowCoreThreadTimeOut(true); // an idle window holds no threads
            pools.put(p, pool);
        }
        timer = new ScheduledThreadPoolExecutor(1, named("tokenfactory-timer"));
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The pool for {@code purpose}. */
    public ExecutorService pool(Purpose purpose) {
        return pools.get(purpose);
    }

    /** The thread that waits out debounces; never give it work that takes time. */
    public ScheduledExecutorService timer() {
        return timer;
    }

    /** Whether every pool has stopped (after {@link #close()}). */
    public boolean isTerminated() {
        return timer.isTerminated() && pools.values().stream().allMatch(ThreadPoolExecutor::isTerminated);
    }

    /**
     * Stops taking work, interrupts what runs and waits up to {@code patience} for it to stop. Work that ignores
     * interrupts (a file write) finishes on its daemon thread.
     *
     * @return whether every thread stopped in time
     */
    public boolean close(Duration patience) {
        timer.shutdownNow();
        pools.values().forEach(ThreadPoolExecutor::shutdownNow);
        long end = System.nanoTime() + patience.toNanos();
        try {
            for (ExecutorService e : pools.values()) {
                e.awaitTermination(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            timer.awaitTermination(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return isTerminated();
    }

    /** Stops every pool without waiting (see {@link #close(Duration)}). */
    @Override
    public void close() {
        close(Duration.ZERO);
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

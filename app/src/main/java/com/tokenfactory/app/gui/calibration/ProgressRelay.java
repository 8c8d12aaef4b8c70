package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.benchmark.ProgressListener;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Carries the benchmark's progress from its thread to the UI thread, keeping only the latest report: the benchmark
 * may report hundreds of times a second and the UI needs one update per frame at most.
 */
final class ProgressRelay implements ProgressListener {
    private record Report(double fraction, String message) {
    }

    private final Executor uiThread;
    private final BiConsumer<Double, String> onUiThread;
    private final AtomicReference<Report> pending = new AtomicReference<>();

    ProgressRelay(Executor uiThread, BiConsumer<Double, String> onUiThread) {
        this.uiThread = uiThread;
        this.onUiThread = onUiThread;
    }

    @Override
    public void progress(double fraction, String message) {
        if (pending.getAndSet(new Report(fraction, message)) == null) {
            uiThread.execute(() -> {
                Report latest = pending.getAndSet(null);
                if (latest != null) {
                    onUiThread.accept(latest.fraction(), latest.message());
                }
            });
        }
    }
}

package com.tokenfactory.app.calibration;

import com.tokenfactory.benchmark.Benchmark;
import com.tokenfactory.benchmark.BenchmarkOptions;
import com.tokenfactory.benchmark.CancellationToken;
import com.tokenfactory.benchmark.ProgressListener;
import com.tokenfactory.core.calibration.BenchmarkRun;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the benchmark and waits for it. The screen and the {@code bench} command take one so that tests can put a
 * machine of their own in its place (a provider that is missing, memory that runs out, a native library that does
 * not load).
 */
@FunctionalInterface
public interface BenchmarkRunner {
    /**
     * Stack of the thread the benchmark runs on. ONNX Runtime's native code needs more than a Java thread's default
     * (1 MiB on Linux): seen here, a full CPU run on the JVM's main thread died with SIGSEGV at the stack guard page,
     * without an error report; native threads get 8 MiB by default.
     */
    long STACK_BYTES = 16L << 20;

    /** As {@link Benchmark#run}: reports progress, stops soon after {@code cancel} is set, returns the run. */
    BenchmarkRun run(BenchmarkOptions options, ProgressListener progress, CancellationToken cancel);

    /**
     * The embedded ONNX Runtime benchmark, on a thread of its own with a {@link #STACK_BYTES} stack; progress is
     * reported on that thread. The lambda resolves {@link Benchmark} only when it is called, so holding this runner
     * loads nothing of ONNX Runtime. Interrupting the caller cancels the run.
     */
    static BenchmarkRunner onnxRuntime() {
        return (options, progress, cancel) -> {
            CancellationToken token = cancel != null ? cancel : new CancellationToken();
            AtomicReference<BenchmarkRun> run = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread thread = new Thread(null, () -> {
                try {
                    run.set(Benchmark.run(options, progress, token));
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                }
            }, "benchmark", STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    token.cancel();
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable f = failure.get();
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
            return run.get();
        };
    }
}

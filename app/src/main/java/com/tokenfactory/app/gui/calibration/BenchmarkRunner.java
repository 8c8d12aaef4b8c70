package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.benchmark.Benchmark;
import com.tokenfactory.benchmark.BenchmarkOptions;
import com.tokenfactory.benchmark.CancellationToken;
import com.tokenfactory.benchmark.ProgressListener;
import com.tokenfactory.core.calibration.BenchmarkRun;

/**
 * Runs the benchmark and waits for it. The screen and the {@code bench} command take one so that tests can put a
 * machine of their own in its place (a provider that is missing, memory that runs out, a native library that does
 * not load).
 */
@FunctionalInterface
public interface BenchmarkRunner {
    /** As {@link Benchmark#run}: reports progress, stops soon after {@code cancel} is set, returns the run. */
    BenchmarkRun run(BenchmarkOptions options, ProgressListener progress, CancellationToken cancel);

    /**
     * The embedded ONNX Runtime benchmark (which runs on a thread of its own with a large stack). The lambda resolves
     * {@link Benchmark} only when it is called, so holding this runner loads nothing of ONNX Runtime. Interrupting
     * the caller cancels the run.
     */
    static BenchmarkRunner onnxRuntime() {
        return (options, progress, cancel) -> Benchmark.run(options, progress, cancel);
    }
}

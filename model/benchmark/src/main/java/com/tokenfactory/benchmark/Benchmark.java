package com.tokenfactory.benchmark;

import ai.onnxruntime.OrtEnvironment;
import com.tokenfactory.benchmark.graph.BenchEnvironment;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.DeviceInfo;
import com.tokenfactory.core.calibration.RunOutcome;
import com.tokenfactory.core.calibration.ShapeMeasurement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded inference benchmark: runs transformer-shaped graphs on the best execution provider that loads and
 * reports what they achieved. Turn the result into a calibration with
 * {@link com.tokenfactory.core.calibration.CalibrationFit#fit(BenchmarkRun)}.
 *
 * <p>Never throws for what can go wrong on a user's machine: no GPU, no CUDA, no ONNX Runtime native library, out of
 * memory and cancellation all come back as a {@link BenchmarkRun} whose outcome and notes say what happened.
 */
public final class Benchmark {
    /** The share of free GPU memory one shape may use; the rest is for the runtime's arena and cuBLAS workspaces. */
    static final double GPU_MEMORY_SHARE = 0.6;
    /** The share of available RAM one CPU shape may use (the CPU provider keeps a packed copy of each weight). */
    static final double CPU_MEMORY_SHARE = 0.25;
    /** Assumed free GPU memory when nvidia-smi cannot say. */
    static final long UNKNOWN_GPU_MEMORY = 4L << 30;

    private Benchmark() {
    }

    /**
     * Runs the benchmark on the calling thread; takes seconds on a CPU and about a minute on a large GPU.
     *
     * @param options  provider, quick mode, power sampling
     * @param progress told how far it is (on this thread); may be null
     * @param cancel   checked between runs; a cancelled run comes back with outcome {@link RunOutcome#CANCELLED};
     *                 may be null
     */
    public static BenchmarkRun run(BenchmarkOptions options, ProgressListener progress, CancellationToken cancel) {
        CancellationToken token = cancel != null ? cancel : new CancellationToken();
        return onLargeStack(() -> run(options, progress, token, CommandRunner.SYSTEM, null), token);
    }

    /**
     * Stack of the thread the benchmark runs on. ONNX Runtime's native code needs more than a Java thread's default
     * (1 MiB on Linux): seen here, a full CPU run on the JVM's main thread died with SIGSEGV at the stack guard page,
     * without an error report; native threads get 8 MiB by default.
     */
    static final long STACK_BYTES = 16L << 20;

    /** Runs {@code work} on a thread with a {@link #STACK_BYTES} stack and waits; interrupting the caller cancels. */
    private static BenchmarkRun onLargeStack(java.util.function.Supplier<BenchmarkRun> work, CancellationToken cancel) {
        java.util.concurrent.atomic.AtomicReference<BenchmarkRun> run = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                run.set(work.get());
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
                cancel.cancel();
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
    }

    /** With the shapes replaced (tests), and the external commands given; {@code cancel} is not null. */
    static BenchmarkRun run(BenchmarkOptions options, ProgressListener progress, CancellationToken cancel,
                            CommandRunner commands, List<ShapeSpec> shapesOverride) {
        java.util.Objects.requireNonNull(options, "options");
        Progress p = new Progress(progress);
        HostInfo host = HostInfo.detect(commands);
        String gpuIndex = NvidiaSmi.deviceIndex(System.getenv());
        NvidiaSmi smi = new NvidiaSmi(commands, gpuIndex);
        p.report(0, "Loading ONNX Runtime");
        OrtEnvironment env;
        String runtime;
        try {
            env = BenchEnvironment.get();
            runtime = "ONNX Runtime " + env.getVersion();
        } catch (LinkageError | RuntimeException e) {
            DeviceInfo device = new DeviceInfo(host.cpuName(), "none", host.totalRamBytes(), null, null);
            return new BenchmarkRun(device, "none", "ONNX Runtime", LocalDate.now(), RunOutcome.FAILED,
                    "ONNX Runtime could not load on this computer, so nothing was measured ("
                            + Failures.firstLine(Failures.rootCause(e))
                            + ").", List.of(), List.of());
        }

        p.report(0.01, "Choosing the execution provider");
        ProviderSelection selection = ProviderSelector.select(options.provider(),
                ProviderSelector.system(env, smi, host));
        boolean gpu = !selection.provider().equals(DeviceInfo.CPU);
        List<String> notes = new ArrayList<>();
        long hostBudget = Math.min(host.availableRamBytes() / 2, host.directMemoryFreeBytes());

        DeviceInfo device;
        long budget;
        if (selection.provider().equals(DeviceInfo.CUDA)) {
            Optional<NvidiaSmi.Gpu> g = smi.query();
            if (g.isPresent()) {
                device = new DeviceInfo(g.get().name(), DeviceInfo.CUDA, g.get().memoryTotalBytes(),
                        g.get().powerLimitWatts(), null);
                budget = (long) (g.get().memoryFreeBytes() * GPU_MEMORY_SHARE);
            } else {
                device = new DeviceInfo("NVIDIA GPU " + gpuIndex + " (name unknown: nvidia-smi did not answer)",
                        DeviceInfo.CUDA, null, null, null);
                budget = UNKNOWN_GPU_MEMORY;
                notes.add("nvidia-smi did not answer, so the GPU's free memory is unknown; shapes were sized for "
                        + ShapeRunner.megabytes(UNKNOWN_GPU_MEMORY) + ".");
            }
            budget = Math.min(budget, hostBudget);
        } else if (selection.provider().equals(DeviceInfo.COREML)) {
            device = new DeviceInfo(host.cpuName(), DeviceInfo.COREML, host.totalRamBytes(), null, null);
            budget = Math.min((long) (host.availableRamBytes() * GPU_MEMORY_SHARE / 2), host.directMemoryFreeBytes());
        } else {
            device = new DeviceInfo(host.cpuName(), DeviceInfo.CPU, host.totalRamBytes(), null,
                    selection.fallbackReason());
            budget = Math.min((long) (host.availableRamBytes() * CPU_MEMORY_SHARE), host.directMemoryFreeBytes());
            notes.add("CPU: " + host.logicalCpus() + " logical processors; ONNX Runtime's default threading.");
        }
        if (options.quick()) {
            notes.add("Quick mode: small shapes and five runs each, to check that the benchmark works; the figures "
                    + "do not describe the device.");
        }

        List<ShapeSpec> shapes = shapesOverride != null ? shapesOverride
                : ShapePlanner.plan(gpu, selection.precision(), budget, options.quick());
        RunSettings settings = RunSettings.of(gpu, options.quick());

        try (PowerSampler power = startPower(selection, options, smi, notes)) {
            ShapeRunner runner = new ShapeRunner(env, selection, settings, power, cancel);
            List<ShapeMeasurement> measured = new ArrayList<>();
            int n = shapes.size();
            for (int i = 0; i < n; i++) {
                ShapeSpec spec = shapes.get(i);
                double base = 0.02 + 0.98 * i / n;
                String label = "Test " + (i + 1) + " of " + n + " (" + spec.name() + ", " + spec.dimensions() + "): ";
                ShapeRunner.Result r;
                try {
                    r = runner.measure(spec, (f, phase) -> p.report(base + 0.98 * f / n, label + phase));
                } catch (ShapeRunner.Cancelled c) {
                    p.report(base, "Cancelled");
                    return new BenchmarkRun(device, selection.precision().label(), runtime, LocalDate.now(),
                            RunOutcome.CANCELLED, "Cancelled by the user after " + measured.size() + " of " + n
                            + " tests; no calibration was made.", measured, notes);
                }
                if (r instanceof ShapeRunner.Measured m) {
                    measured.add(m.measurement());
                    notes.addAll(m.notes());
                } else if (r instanceof ShapeRunner.Skipped s) {
                    notes.add(s.message());
                }
            }
            p.report(1.0, "Done");
            unevenTimings(measured).ifPresent(notes::add);
            if (measured.isEmpty()) {
                return new BenchmarkRun(device, selection.precision().label(), runtime, LocalDate.now(),
                        RunOutcome.FAILED, "No test could be measured; the notes say why for each.", measured, notes);
            }
            return new BenchmarkRun(device, selection.precision().label(), runtime, LocalDate.now(),
                    RunOutcome.COMPLETED, null, measured, notes);
        }
    }

    /**
     * A warning when some shapes' p90 is more than 1.5 times their median: on an idle device runs repeat within a
     * few percent, so such a spread means something else was using it and the fit may be off.
     */
    static Optional<String> unevenTimings(List<ShapeMeasurement> measured) {
        List<String> uneven = measured.stream().filter(s -> s.p90Ms() > 1.5 * s.medianMs())
                .map(ShapeMeasurement::name).toList();
        return uneven.isEmpty() ? Optional.empty() : Optional.of("Uneven timings (p90 above 1.5 times the median) in "
                + String.join(", ", uneven) + ": something else was probably using the device; run again when it is idle.");
    }

    private static PowerSampler startPower(ProviderSelection selection, BenchmarkOptions options, NvidiaSmi smi,
                                           List<String> notes) {
        if (!options.measurePower()) {
            notes.add("Power not measured: power sampling was turned off.");
            return PowerSampler.none();
        }
        if (!selection.provider().equals(DeviceInfo.CUDA)) {
            notes.add("Power not measured: board power is read with nvidia-smi, which only NVIDIA GPUs have.");
            return PowerSampler.none();
        }
        Optional<String> field = smi.powerField();
        if (field.isEmpty()) {
            notes.add("Power not measured: nvidia-smi does not report this GPU's board power.");
            return PowerSampler.none();
        }
        try {
            PowerSampler s = PowerSampler.start(smi.samplingCommand(field.get()));
            notes.add("Board power: nvidia-smi " + field.get() + " every 100 ms while each test ran back to back.");
            return s;
        } catch (IOException e) {
            notes.add("Power not measured: nvidia-smi could not be started (" + e.getMessage() + ").");
            return PowerSampler.none();
        }
    }

    /** Keeps the reported fraction from going backwards. */
    private static final class Progress {
        private final ProgressListener listener;
        private double last;

        Progress(ProgressListener listener) {
            this.listener = listener == null ? ProgressListener.NONE : listener;
        }

        void report(double fraction, String message) {
            last = Math.max(last, Math.min(1.0, fraction));
            listener.progress(last, message);
        }
    }
}

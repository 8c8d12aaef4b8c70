package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.DeviceInfo;

/** The plain sentence the screen shows when a benchmark run ends, or when running it failed outright. */
public final class BenchmarkMessages {
    /**
     * A test whose p90 exceeds its median by this factor ran unevenly; the benchmark notes the same threshold (on an
     * idle device runs repeat within a few percent).
     */
    static final double UNEVEN = 1.5;

    private BenchmarkMessages() {
    }

    /** What a finished run (measured or loaded) amounts to. */
    public static StatusMessage afterRun(MeasurementOutcome outcome) {
        BenchmarkRun run = outcome.run();
        switch (run.outcome()) {
            case CANCELLED:
                return StatusMessage.info(run.outcomeMessage());
            case FAILED:
                return StatusMessage.error(run.outcomeMessage());
            default:
                break;
        }
        int n = run.shapes().size();
        DeviceInfo d = run.device();
        String fallback = d.fallbackReason() == null ? "" : d.fallbackReason() + " ";
        if (outcome.fit() == null) {
            return StatusMessage.warning(fallback + "Measured " + n + " tests, but no calibration could be made from "
                    + "them: " + outcome.fitProblem());
        }
        String measured = d.isCpu() ? "Measured " + n + " tests on the CPU (" + d.name() + "). " + cpuCaveat()
                : "Measured " + n + " tests on " + d.name() + " (" + d.provider() + ", " + run.precision()
                + "); fit error "
                + CalibrationNumbers.percent(outcome.fit().calibration().heldOutErrorPercent())
                + " on held-out tests.";
        if (d.fallbackReason() != null) {
            measured = fallback + cpuCaveat();
        }
        boolean uneven = run.shapes().stream().anyMatch(s -> s.p90Ms() > UNEVEN * s.medianMs());
        if (uneven) {
            return StatusMessage.warning(measured + " Timings were uneven, so something else was probably using the "
                    + "device and the fit may be off: run again when it is idle.");
        }
        return d.fallbackReason() != null ? StatusMessage.warning(measured) : StatusMessage.info(measured);
    }

    /**
     * When the runner threw instead of returning a run: ONNX Runtime's native code did not load, Java ran out of
     * memory, or something unforeseen. The screen stays usable in every case.
     */
    public static StatusMessage ofFailure(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return StatusMessage.error("The benchmark ran out of memory (" + detail(failure) + ") and stopped; nothing "
                    + "was measured. Close other programs, or try the quick check.");
        }
        if (failure instanceof LinkageError) {
            return StatusMessage.error("ONNX Runtime could not load on this computer, so the benchmark cannot run here ("
                    + detail(failure) + "). Everything else works, and a measurement saved on another computer can be "
                    + "loaded.");
        }
        return StatusMessage.error("The benchmark stopped on an unexpected error (" + detail(failure)
                + "); nothing was measured.");
    }

    /** The device a run measured, e.g. "NVIDIA H100 80GB HBM3 — CUDA, fp16, ONNX Runtime 1.29.0, 2026-11-22". */
    public static String measuredOn(BenchmarkRun run) {
        return run.device().name() + " — " + run.device().provider() + ", " + run.precision() + ", " + run.runtime()
                + ", " + run.measuredOn();
    }

    private static String cpuCaveat() {
        return "A CPU measurement does not describe a GPU: only its fixed overhead carries over to the plan's GPUs.";
    }

    private static String detail(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String line = Reasons.of(root);
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}

package com.tokenfactory.core.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Benchmark runs whose timings come from the engine's own formula with known efficiencies and overhead, so a fit
 * must give them back. Sizes follow the shapes the benchmark runs on an H100 (docs/benchmark.md).
 */
final class Synthetic {
    static final double GIB = 1024.0 * 1024 * 1024;
    static final DeviceInfo H100 = new DeviceInfo("NVIDIA H100 80GB HBM3", DeviceInfo.CUDA, 85_520_809_984L, 700.0, null);

    final double peakFlops;
    final double peakBw;
    final double ce;
    final double me;
    final double overheadMs;
    /** FLOPs per weight byte of a decode chain: 2·B per parameter ÷ bytes per parameter (B=16 fp16 → 16). */
    final double decodeFlopsPerByte;

    Synthetic(double peakTflops, double peakTbps, double ce, double me, double overheadMs, double decodeFlopsPerByte) {
        this.decodeFlopsPerByte = decodeFlopsPerByte;
        this.peakFlops = peakTflops * 1e12;
        this.peakBw = peakTbps * 1e12;
        this.ce = ce;
        this.me = me;
        this.overheadMs = overheadMs;
    }

    static Synthetic h100(double ce, double me, double overheadMs) {
        return new Synthetic(989, 3.35, ce, me, overheadMs, 16);
    }

    double timeMs(double flops, double bytes) {
        return Math.max(flops / (peakFlops * ce), bytes / (peakBw * me)) * 1e3 + overheadMs;
    }

    ShapeMeasurement shape(String name, ShapeKind kind, ShapeRole role, double flops, double bytes, long tokens,
                           DoubleUnaryOperator noise) {
        double t = noise.applyAsDouble(timeMs(flops, bytes));
        return new ShapeMeasurement(name, kind, role, null, flops, bytes, tokens, t, t * 1.05, 20, 400, null, null);
    }

    /** Four decode chains (0.5–4 GiB of fp16 weights, 16 tokens), two prefill chains, one held-out of each kind. */
    List<ShapeMeasurement> shapes(DoubleUnaryOperator noise) {
        List<ShapeMeasurement> s = new ArrayList<>();
        for (double gib : new double[] {0.5, 1, 2, 4}) {
            double bytes = gib * GIB;
            s.add(shape("decode-" + gib, ShapeKind.MEMORY, ShapeRole.FIT, decodeFlopsPerByte * bytes, bytes, 16, noise));
        }
        s.add(shape("decode-kv", ShapeKind.MEMORY, ShapeRole.HELD_OUT, 0.75 * decodeFlopsPerByte * 5.0e9, 5.0e9, 16, noise));
        s.add(shape("prefill-proj", ShapeKind.COMPUTE, ShapeRole.FIT, 8.8e12, 3.2e9, 8192, noise));
        s.add(shape("prefill-mlp", ShapeKind.COMPUTE, ShapeRole.FIT, 1.76e13, 3.0e9, 8192, noise));
        s.add(shape("prefill-layer", ShapeKind.COMPUTE, ShapeRole.HELD_OUT, 1.3e13, 3.6e9, 4096, noise));
        return s;
    }

    BenchmarkRun run(DeviceInfo device, List<ShapeMeasurement> shapes) {
        return new BenchmarkRun(device, "fp16", "ONNX Runtime 1.29.0", LocalDate.of(2026, 11, 20),
                RunOutcome.COMPLETED, null, shapes, List.of());
    }

    BenchmarkRun run(DoubleUnaryOperator noise) {
        return run(H100, shapes(noise));
    }
}

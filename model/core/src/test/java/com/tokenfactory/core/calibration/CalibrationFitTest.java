package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Calibration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationFitTest {

    @Test
    void recoversKnownEfficienciesAndOverheadExactly() {
        Synthetic truth = Synthetic.h100(0.72, 0.81, 0.35);
        CalibrationFit.Result r = CalibrationFit.fit(truth.run(t -> t));
        Calibration c = r.calibration();
        assertEquals(0.72, c.computeEfficiency(), 1e-9);
        assertEquals(0.81, c.memoryEfficiency(), 1e-9);
        assertEquals(0.35, c.stepOverheadMs(), 1e-9);
        assertEquals(989, c.devicePeakTflops());
        assertEquals(3.35, c.devicePeakTbps());
        assertEquals(0.0, c.heldOutErrorPercent(), 1e-7);
        assertEquals(0.72 * 989, r.achievedComputeTflops(), 1e-6);
        assertEquals("H100-SXM", r.ceilings().skuId());
        assertEquals(2, r.heldOut().size());
    }

    @Test
    void recoversEfficienciesFromNoisyTimings() {
        // ±2% multiplicative noise, uniform, on every median: what repeated GPU runs show after warm-up.
        Synthetic truth = Synthetic.h100(0.65, 0.80, 0.30);
        double worstCe = 0, worstMe = 0, worstO = 0;
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            Calibration c = CalibrationFit.fit(truth.run(t -> t * (1 + rnd.nextDouble(-0.02, 0.02)))).calibration();
            worstCe = Math.max(worstCe, Math.abs(c.computeEfficiency() / 0.65 - 1));
            worstMe = Math.max(worstMe, Math.abs(c.memoryEfficiency() / 0.80 - 1));
            worstO = Math.max(worstO, Math.abs(c.stepOverheadMs() - 0.30));
            // the held-out shapes carry the same noise, so their error stays within a few percent
            assertTrue(c.heldOutErrorPercent() < 6, "held-out error " + c.heldOutErrorPercent());
        }
        assertTrue(worstCe < 0.05, "compute efficiency off by " + worstCe);
        assertTrue(worstMe < 0.05, "memory efficiency off by " + worstMe);
        assertTrue(worstO < 0.06, "overhead off by " + worstO + " ms");
    }

    @Test
    void heldOutErrorIsRelativeToTheMeasuredTime() {
        Synthetic truth = Synthetic.h100(0.70, 0.80, 0.20);
        List<ShapeMeasurement> shapes = new ArrayList<>(truth.shapes(t -> t));
        ShapeMeasurement kv = shapes.stream().filter(s -> s.name().equals("decode-kv")).findFirst().orElseThrow();
        double predicted = truth.timeMs(kv.flops(), kv.bytesMoved());
        shapes.set(shapes.indexOf(kv), new ShapeMeasurement(kv.name(), kv.kind(), kv.role(), null, kv.flops(),
                kv.bytesMoved(), kv.tokens(), predicted * 1.25, predicted * 1.3, 20, 100, null, null));
        CalibrationFit.Result r = CalibrationFit.fit(truth.run(Synthetic.H100, shapes));
        CalibrationFit.HeldOutCheck check = r.heldOut().stream().filter(h -> h.shape().equals("decode-kv"))
                .findFirst().orElseThrow();
        assertEquals(predicted, check.predictedMs(), 1e-9);
        assertEquals(predicted * 1.25, check.measuredMs(), 1e-12);
        // |p − 1.25p| ÷ 1.25p = 20%
        assertEquals(20.0, check.errorPercent(), 1e-9);
        assertEquals(20.0, r.calibration().heldOutErrorPercent(), 1e-9, "the calibration carries the worst check");
    }

    @Test
    void predictionUsesTheEngineFormula() {
        Calibration c = new Calibration("d", "CUDA", LocalDate.of(2026, 1, 1), 1000, 4, 0.5, 0.8, 0.25,
                null, null, 0, null);
        // compute-bound: 1e12 FLOP / (1000e12 × 0.5) = 2 ms; memory: 1e9 B / (4e12 × 0.8) = 0.3125 ms
        assertEquals(2.25, CalibrationFit.predictMs(c, 1e12, 1e9), 1e-12);
        // memory-bound: 1e10 B / 3.2e12 = 3.125 ms
        assertEquals(3.375, CalibrationFit.predictMs(c, 1e9, 1e10), 1e-12);
    }

    @Test
    void aShapeSplitByOperatorIsPredictedOperatorByOperator() {
        Calibration c = new Calibration("d", "CUDA", LocalDate.of(2026, 1, 1), 1000, 4, 0.5, 0.8, 0.25,
                null, null, 0, null);
        // weights compute-bound, 1e12 FLOP / 500e12 = 2 ms (its 1e9 B take 0.3125 ms); attention memory-bound,
        // 1e10 B / 3.2e12 = 3.125 ms (its 1e9 FLOP take 0.002 ms); the rest 1e8 B = 0.03125 ms; plus 0.25 ms
        ShapeMeasurement mixed = new ShapeMeasurement("mixed-step", ShapeKind.COMPUTE, ShapeRole.HELD_OUT, null,
                1.001e12, 1.11e10, 10, 6, 6, 10, 1, null, null, List.of(new OperatorCost("weights", 1e12, 1e9),
                new OperatorCost("attention", 1e9, 1e10), new OperatorCost("other", 0, 1e8)));
        assertEquals(2 + 3.125 + 0.03125 + 0.25, CalibrationFit.predictMs(c, mixed), 1e-12);
        // a whole-step roofline would say max(2.002, 3.46875) + 0.25 ms: the split is what the engine does
        assertEquals(1.11e10 / 3.2e12 * 1e3 + 0.25, CalibrationFit.predictMs(c, mixed.flops(), mixed.bytesMoved()),
                1e-12);
        // a run recorded before the split falls back to the whole graph
        ShapeMeasurement old = new ShapeMeasurement("mixed-step", ShapeKind.COMPUTE, ShapeRole.HELD_OUT, null,
                1.001e12, 1.11e10, 10, 6, 6, 10, 1, null, null);
        assertEquals(CalibrationFit.predictMs(c, old.flops(), old.bytesMoved()), CalibrationFit.predictMs(c, old));
    }

    @Test
    void negativeInterceptBecomesZeroOverhead() {
        Synthetic truth = Synthetic.h100(0.70, 0.80, 0.0);
        List<ShapeMeasurement> shapes = new ArrayList<>();
        // the smaller a memory shape, the more it is sped up (a cache): the straight line crosses below zero
        for (ShapeMeasurement s : truth.shapes(t -> t)) {
            double t = s.kind() == ShapeKind.MEMORY && s.role() == ShapeRole.FIT
                    ? s.medianMs() * (1 - 0.1 * Synthetic.GIB / s.bytesMoved()) : s.medianMs();
            shapes.add(new ShapeMeasurement(s.name(), s.kind(), s.role(), null, s.flops(), s.bytesMoved(), s.tokens(),
                    t, t, 10, 1, null, null));
        }
        Calibration c = CalibrationFit.fit(truth.run(Synthetic.H100, shapes)).calibration();
        assertEquals(0.0, c.stepOverheadMs());
        assertTrue(c.notes().contains("no fixed overhead"), c.notes());
    }

    @Test
    void aComputeShapeThatIsReallyMemoryBoundIsFlagged() {
        // at 5% memory efficiency the 3.2 GB prefill chain needs 19.1 ms for its bytes but only 12.7 ms for its
        // FLOPs at 70% compute efficiency: it is memory-bound, and the fit must say so
        Synthetic truth = Synthetic.h100(0.70, 0.05, 0.1);
        Calibration c = CalibrationFit.fit(truth.run(t -> t)).calibration();
        assertTrue(c.notes().contains("'prefill-proj' looks memory-bound"), c.notes());
    }

    @Test
    void efficiencyAboveTheDatasheetIsCappedAndSaid() {
        Synthetic truth = Synthetic.h100(1.10, 0.80, 0.1);
        Calibration c = CalibrationFit.fit(truth.run(t -> t)).calibration();
        assertEquals(1.0, c.computeEfficiency());
        assertTrue(c.notes().contains("capped at 1"), c.notes());
    }

    @Test
    void unknownDeviceTakesCeilingsFromTheMeasurementAndSaysSo() {
        // a CPU: 0.19 TFLOP/s and 0.03 TB/s, overhead 0.05 ms; decode in fp32 with 4 tokens: 2 FLOPs per byte
        Synthetic truth = new Synthetic(0.19, 0.03, 1.0, 1.0, 0.05, 2);
        DeviceInfo cpu = new DeviceInfo("AMD EPYC 7B13", DeviceInfo.CPU, 24L << 30, null,
                "This installation has the CPU-only ONNX Runtime; ran on the CPU instead.");
        CalibrationFit.Result r = CalibrationFit.fit(truth.run(cpu, truth.shapes(t -> t)));
        Calibration c = r.calibration();
        assertNull(r.ceilings().skuId());
        assertEquals(0.19, c.devicePeakTflops(), 1e-9);
        assertEquals(0.03, c.devicePeakTbps(), 1e-9);
        assertEquals(1.0, c.computeEfficiency(), 1e-9);
        assertEquals(0.05, c.stepOverheadMs(), 1e-9);
        assertTrue(c.notes().contains("not in the built-in catalog"), c.notes());
        assertTrue(c.notes().contains("does not describe a GPU"), c.notes());
        assertTrue(c.notes().contains("CPU-only ONNX Runtime"), c.notes());
        assertTrue(c.notes().contains("Power was not measured"), c.notes());
        assertFalse(c.notes().contains("exceeded the datasheet peak"), "its ceilings are its own rates: " + c.notes());
        assertEquals("CPU", c.provider());
    }

    @Test
    void cpuRunIsNeverMappedToACatalogGpu() {
        DeviceInfo cpu = new DeviceInfo("NVIDIA Grace H100 superchip host", DeviceInfo.CPU, null, null, null);
        assertTrue(DeviceCeilings.forDevice(cpu).isEmpty());
    }

    @Test
    void powerFractionsComeFromTheLargestShapeOfEachKind() {
        Synthetic truth = Synthetic.h100(0.7, 0.8, 0.2);
        List<ShapeMeasurement> shapes = new ArrayList<>();
        for (ShapeMeasurement s : truth.shapes(t -> t)) {
            double watts = switch (s.name()) {
                case "prefill-mlp" -> 693.0;      // most FLOPs
                case "decode-kv" -> 525.0;        // most bytes
                default -> 300.0;
            };
            shapes.add(new ShapeMeasurement(s.name(), s.kind(), s.role(), null, s.flops(), s.bytesMoved(), s.tokens(),
                    s.medianMs(), s.p90Ms(), s.runs(), s.sessionCreationMs(), watts,
                    ShapeMeasurement.joulesPerToken(watts, s.medianMs(), s.tokens())));
        }
        Calibration c = CalibrationFit.fit(truth.run(Synthetic.H100, shapes)).calibration();
        assertEquals(693.0 / 700, c.computeBoundPowerFraction(), 1e-12);
        assertEquals(525.0 / 700, c.memoryBoundPowerFraction(), 1e-12);
    }

    @Test
    void powerWithoutAKnownLimitIsNotUsed() {
        Synthetic truth = Synthetic.h100(0.7, 0.8, 0.2);
        DeviceInfo noLimit = new DeviceInfo("NVIDIA H100 80GB HBM3", DeviceInfo.CUDA, null, null, null);
        List<ShapeMeasurement> shapes = truth.shapes(t -> t).stream().map(s -> new ShapeMeasurement(s.name(),
                s.kind(), s.role(), null, s.flops(), s.bytesMoved(), s.tokens(), s.medianMs(), s.p90Ms(), s.runs(),
                s.sessionCreationMs(), 500.0, 1.0)).toList();
        Calibration c = CalibrationFit.fit(truth.run(noLimit, shapes)).calibration();
        assertNull(c.computeBoundPowerFraction());
        assertNull(c.memoryBoundPowerFraction());
    }

    @Test
    void refusesACancelledRun() {
        BenchmarkRun run = new BenchmarkRun(Synthetic.H100, "fp16", "ONNX Runtime 1.29.0", LocalDate.of(2026, 11, 20),
                RunOutcome.CANCELLED, "Cancelled after 2 of 8 tests.", List.of(), List.of());
        CalibrationFitException e = assertThrows(CalibrationFitException.class, () -> CalibrationFit.fit(run));
        assertTrue(e.getMessage().contains("did not complete (cancelled: Cancelled after 2 of 8 tests.)"), e.getMessage());
    }

    @Test
    void needsTwoMemorySizesAComputeShapeAndAHeldOutShape() {
        Synthetic truth = Synthetic.h100(0.7, 0.8, 0.2);
        List<ShapeMeasurement> all = truth.shapes(t -> t);

        List<ShapeMeasurement> oneMemory = new ArrayList<>(all);
        oneMemory.removeIf(s -> s.kind() == ShapeKind.MEMORY && s.role() == ShapeRole.FIT && !s.name().equals("decode-4.0"));
        assertTrue(message(truth, oneMemory).contains("at least two memory-bound tests"));

        List<ShapeMeasurement> noCompute = new ArrayList<>(all);
        noCompute.removeIf(s -> s.kind() == ShapeKind.COMPUTE && s.role() == ShapeRole.FIT);
        assertTrue(message(truth, noCompute).contains("at least one compute-bound test"));

        List<ShapeMeasurement> noHeldOut = new ArrayList<>(all);
        noHeldOut.removeIf(s -> s.role() == ShapeRole.HELD_OUT);
        assertTrue(message(truth, noHeldOut).contains("no held-out test"));
    }

    @Test
    void refusesMemoryTimesThatDoNotGrowWithSize() {
        Synthetic truth = Synthetic.h100(0.7, 0.8, 0.2);
        List<ShapeMeasurement> flat = truth.shapes(t -> t).stream().map(s -> s.kind() == ShapeKind.MEMORY
                && s.role() == ShapeRole.FIT ? new ShapeMeasurement(s.name(), s.kind(), s.role(), null, s.flops(),
                s.bytesMoved(), s.tokens(), 1.0, 1.0, 10, 1, null, null) : s).toList();
        assertTrue(message(truth, flat).contains("did not take longer as they moved more data"));
    }

    private static String message(Synthetic truth, List<ShapeMeasurement> shapes) {
        return assertThrows(CalibrationFitException.class,
                () -> CalibrationFit.fit(truth.run(Synthetic.H100, shapes))).getMessage();
    }
}

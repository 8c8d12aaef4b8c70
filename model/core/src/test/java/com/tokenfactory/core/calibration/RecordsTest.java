package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.InvalidPlanException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordsTest {
    private static final DeviceInfo CPU = new DeviceInfo("AMD EPYC", DeviceInfo.CPU, 1L << 34, null, null);

    private static ShapeMeasurement shape(String name, double median, double p90, Double watts, Double jpt) {
        return new ShapeMeasurement(name, ShapeKind.MEMORY, ShapeRole.FIT, "B=4", 1e6, 1e6, 4, median, p90, 10, 5,
                watts, jpt);
    }

    @Test
    void p90BelowMedianIsRefusedByName() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> shape("a", 2, 1, null, null));
        assertEquals("p90Ms", e.field());
    }

    @Test
    void energyWithoutPowerIsRefused() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> shape("a", 1, 1, null, 0.5));
        assertEquals("joulesPerToken", e.field());
    }

    @Test
    void joulesPerTokenIsWattsTimesSecondsPerToken() {
        // 500 W for 2 ms over 16 tokens = 1 J / 16
        assertEquals(0.0625, ShapeMeasurement.joulesPerToken(500, 2, 16), 1e-15);
    }

    @Test
    void achievedRatesComeFromTheMedian() {
        ShapeMeasurement s = new ShapeMeasurement("a", ShapeKind.COMPUTE, ShapeRole.FIT, null, 2e12, 4e9, 1, 4, 5,
                10, 0, null, null);
        // 2e12 FLOP in 4 ms = 500 TFLOP/s; 4e9 B in 4 ms = 1 TB/s
        assertEquals(500, s.achievedTflops(), 1e-9);
        assertEquals(1.0, s.achievedTbps(), 1e-12);
    }

    @Test
    void duplicateShapeNamesAreRefusedWithTheirPosition() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> new BenchmarkRun(CPU, "fp32",
                "ONNX Runtime 1.29.0", LocalDate.of(2026, 1, 1), RunOutcome.COMPLETED, null,
                List.of(shape("a", 1, 1, null, null), shape("a", 1, 1, null, null)), List.of()));
        assertEquals("shapes[1].name", e.field());
    }

    @Test
    void anUnfinishedRunMustSayWhy() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> new BenchmarkRun(CPU, "fp32",
                "ONNX Runtime 1.29.0", LocalDate.of(2026, 1, 1), RunOutcome.CANCELLED, " ", List.of(), List.of()));
        assertEquals("outcomeMessage", e.field());
    }

    @Test
    void aCompletedRunHoldsShapes() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> new BenchmarkRun(CPU, "fp32",
                "ONNX Runtime 1.29.0", LocalDate.of(2026, 1, 1), RunOutcome.COMPLETED, null, List.of(), List.of()));
        assertEquals("shapes", e.field());
    }
}

package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Check;
import com.tokenfactory.core.plan.InvalidPlanException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readable but odd measurement files end in a message naming the field, never in an Infinity or NaN calibration. */
class OddMeasurementTest {
    private final Synthetic truth = Synthetic.h100(0.7, 0.8, 0.2);

    @Test
    void aSubnormalMedianIsRefusedNamingTheField() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> new ShapeMeasurement("decode",
                ShapeKind.MEMORY, ShapeRole.HELD_OUT, null, 1e9, 1e9, 1, 1e-320, 1e-320, 5, 0, null, null));
        assertEquals("medianMs", e.field());
    }

    @Test
    void aComputeShapeWithoutFlopsIsRefused() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> new ShapeMeasurement("gemm",
                ShapeKind.COMPUTE, ShapeRole.FIT, null, 0, 1e9, 1, 1, 1, 5, 0, null, null));
        assertEquals("flops: must be between 1 and 1e21 (was 0.0)", e.getMessage());
    }

    @Test
    void aVeryLongFallbackReasonIsCutToWhatAPlanHolds() {
        DeviceInfo chatty = new DeviceInfo("NVIDIA H100 80GB HBM3", DeviceInfo.CUDA, 85_520_809_984L, 700.0,
                "r".repeat(900_000));
        List<ShapeMeasurement> shapes = truth.shapes(t -> t);
        Calibration c = CalibrationFit.fit(truth.run(chatty, shapes)).calibration();
        assertEquals(Check.MAX_TEXT_LENGTH, c.notes().length());
        assertTrue(c.notes().endsWith("…"));
        assertTrue(Double.isFinite(c.heldOutErrorPercent()));
    }
}

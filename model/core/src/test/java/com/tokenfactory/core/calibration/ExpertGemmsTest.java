package com.tokenfactory.core.calibration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expert shapes timed with a known size curve and read share on top of the dense shapes of {@link Synthetic}: the
 * report must give them back, and the calibration must not move.
 */
class ExpertGemmsTest {
    private static final Synthetic H100 = Synthetic.h100(0.7, 0.8, 0.02);
    private static final double DENSE_FLOPS = 989e12 * 0.7;
    private static final double DENSE_BYTES = 3.35e12 * 0.8;
    /** Bytes of the broadcast, the activation's stand-in and the closing sum in each expert shape. */
    private static final double OTHER_BYTES = 2e8;

    /** An expert shape whose GEMMs run at {@code computeShare} of the dense rate or read at {@code readShare}. */
    private static ShapeMeasurement expertShape(int experts, long m, long params, double computeShare,
                                                double readShare) {
        double flops = 2.0 * experts * m * params;
        double bytes = 2.0 * experts * params + 4.0 * experts * m * 4096;
        double gemmSeconds = Math.max(flops / (DENSE_FLOPS * computeShare), bytes / (DENSE_BYTES * readShare));
        double ms = 0.02 + (gemmSeconds + OTHER_BYTES / DENSE_BYTES) * 1e3;
        return new ShapeMeasurement("experts-" + params + "-m" + m, m >= 256 ? ShapeKind.COMPUTE : ShapeKind.MEMORY,
                ShapeRole.REPORTED, null, flops + 1e6, bytes + OTHER_BYTES, experts * m, ms, ms * 1.05, 20, 100,
                null, null, List.of(new OperatorCost("weights", flops, bytes), new OperatorCost("other", 1e6,
                OTHER_BYTES)), new ExpertShape(experts, m, params));
    }

    /** s∞ · P ÷ (P + P½) */
    private static double share(double params, double half, double large) {
        return large * params / (params + half);
    }

    private static BenchmarkRun run(List<ShapeMeasurement> experts) {
        List<ShapeMeasurement> shapes = new ArrayList<>(H100.shapes(t -> t));
        shapes.addAll(experts);
        return H100.run(Synthetic.H100, shapes);
    }

    @Test
    void recoversTheSizeCurveAndTheReadShare() {
        double half = 14e6;
        double large = 0.8;
        List<ShapeMeasurement> experts = new ArrayList<>();
        for (long p : new long[] {4_718_592, 18_874_368, 44_040_192, 125_829_120}) {
            experts.add(expertShape(8, 1024, p, share(p, half, large), 1.0));
        }
        // the reference expert at 16 tokens: its reads decide, at 0.7 of the dense weights' rate
        experts.add(expertShape(64, 16, 18_874_368, share(18_874_368, half, large), 0.7));

        ExpertGemms e = CalibrationFit.fit(run(experts)).expertGemms().orElseThrow();
        assertEquals(half, e.halfSpeedParams(), half * 0.012, "on the grid of 200 steps a decade");
        assertEquals(large, e.largeExpertShare(), large * 0.01);
        assertEquals(0.7, e.readShare(), 1e-6);
        assertEquals(5, e.points().size());
        assertTrue(e.points().get(0).computeBound());
        assertFalse(e.points().get(4).computeBound());
        assertEquals(share(4_718_592, half, large), e.points().get(0).share(), 1e-6);
        assertEquals("half speed at 14M parameters an expert, approaching 0.80 of the dense rate; the engine's: half "
                + "speed at 23M", e.sizeCurveText(23e6));
        assertEquals("at 0.70 of the dense weights' rate; the engine's: 0.60", e.readText(0.60));
    }

    @Test
    void theCalibrationIsTheSameWithOrWithoutThem() {
        List<ShapeMeasurement> experts = List.of(expertShape(8, 1024, 4_718_592, 0.1, 1.0),
                expertShape(8, 1024, 18_874_368, 0.3, 1.0));
        CalibrationFit.Result with = CalibrationFit.fit(run(experts));
        CalibrationFit.Result without = CalibrationFit.fit(run(List.of()));
        assertEquals(without.calibration().computeEfficiency(), with.calibration().computeEfficiency());
        assertEquals(without.calibration().memoryEfficiency(), with.calibration().memoryEfficiency());
        assertEquals(without.calibration().stepOverheadMs(), with.calibration().stepOverheadMs());
        assertEquals(without.heldOut(), with.heldOut());
        assertTrue(without.expertGemms().isEmpty());
        assertTrue(with.calibration().notes().contains("Routed-expert GEMMs (measured apart, not applied): half the "
                + "speed of very large experts at"), with.calibration().notes());
    }

    @Test
    void oneSizeOrSharesThatFallWithSizeGiveNoCurve() {
        ExpertGemms one = CalibrationFit.fit(run(List.of(expertShape(8, 1024, 18_874_368, 0.3, 1.0))))
                .expertGemms().orElseThrow();
        assertNull(one.halfSpeedParams());
        assertNull(one.largeExpertShare());
        assertNull(one.readShare(), "no shape was bound by its reads");
        assertTrue(one.summary().contains("no size curve"), one.summary());

        ExpertGemms falling = CalibrationFit.fit(run(List.of(expertShape(8, 1024, 4_718_592, 0.5, 1.0),
                expertShape(8, 1024, 125_829_120, 0.2, 1.0)))).expertGemms().orElseThrow();
        assertNull(falling.halfSpeedParams(), "the best P½ is the smallest the fit considers: no curve");
    }

    @Test
    void theSizeCurveUsesTheMostTokensPerExpert() {
        // at 256 tokens the smaller expert is far slower; only the 1,024-token points make the curve
        List<ShapeMeasurement> experts = List.of(expertShape(8, 1024, 4_718_592, share(4_718_592, 20e6, 0.9), 1.0),
                expertShape(8, 1024, 44_040_192, share(44_040_192, 20e6, 0.9), 1.0),
                expertShape(8, 256, 4_718_592, 0.01, 1.0));
        ExpertGemms e = CalibrationFit.fit(run(experts)).expertGemms().orElseThrow();
        assertEquals(20e6, e.halfSpeedParams(), 20e6 * 0.012);
    }

    @Test
    void aReportedShapeMustStateItsExpertsAndOnlyItMay() {
        assertEquals("experts: a reported shape must state the experts it stands for", assertThrows(
                com.tokenfactory.core.plan.InvalidPlanException.class, () -> new ShapeMeasurement("e",
                        ShapeKind.COMPUTE, ShapeRole.REPORTED, null, 1, 1, 1, 1, 1, 1, 0, null, null, List.of()))
                .getMessage());
        assertEquals("experts: only a reported shape stands for experts (this one is FIT)", assertThrows(
                com.tokenfactory.core.plan.InvalidPlanException.class, () -> new ShapeMeasurement("e",
                        ShapeKind.COMPUTE, ShapeRole.FIT, null, 1, 1, 1, 1, 1, 1, 0, null, null, List.of(),
                        new ExpertShape(2, 1, 1))).getMessage());
        assertEquals("tokensPerExpert: must be at least 1 (was 0)", assertThrows(
                com.tokenfactory.core.plan.InvalidPlanException.class, () -> new ExpertShape(2, 0, 1)).getMessage());
    }

    @Test
    void millionsReadLikeTheShapeNames() {
        assertEquals("4.7M", ExpertGemms.millions(4_718_592));
        assertEquals("19M", ExpertGemms.millions(18_874_368));
        assertEquals("0.29M", ExpertGemms.millions(294_912));
    }
}

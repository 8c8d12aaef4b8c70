package com.tokenfactory.core.calibration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expert shapes timed with known size curves and read shares on top of the dense shapes of {@link Synthetic} (an
 * H100 at compute efficiency 0.7, memory efficiency 0.8: ridge point 258 FLOP a byte): the report must give them back,
 * and the calibration must not move.
 */
class ExpertGemmsTest {
    private static final Synthetic H100 = Synthetic.h100(0.7, 0.8, 0.02);
    private static final double DENSE_FLOPS = 989e12 * 0.7;
    private static final double DENSE_BYTES = 3.35e12 * 0.8;
    private static final long QWEN3_30B = 4_718_592;
    private static final long QWEN3_235B = 18_874_368;
    private static final long DEEPSEEK_V3 = 44_040_192;
    private static final long LLAMA_4 = 125_829_120;

    /**
     * An expert shape whose GEMMs run at {@code computeShare} of the dense rate or read at {@code readShare}, whichever
     * is slower, beside other operators of {@code otherBytes}: E·P fp16 weights and 2·E·m·1,024 bytes of activations.
     */
    private static ShapeMeasurement expertShape(int experts, long m, long params, double computeShare,
                                                double readShare, double otherBytes, Double watts) {
        double flops = 2.0 * experts * m * params;
        double bytes = 2.0 * experts * params + 2.0 * experts * m * 1024;
        double gemmSeconds = Math.max(flops / (DENSE_FLOPS * computeShare), bytes / (DENSE_BYTES * readShare));
        double ms = 0.02 + (gemmSeconds + otherBytes / DENSE_BYTES) * 1e3;
        return new ShapeMeasurement("experts-" + params + "-m" + m, m >= 256 ? ShapeKind.COMPUTE : ShapeKind.MEMORY,
                ShapeRole.REPORTED, null, flops + 1e6, bytes + otherBytes, experts * m, ms, ms * 1.05, 20, 100,
                watts, watts == null ? null : ShapeMeasurement.joulesPerToken(watts, ms, experts * m),
                List.of(new OperatorCost("weights", flops, bytes), new OperatorCost("other", 1e6, otherBytes)),
                new ExpertShape(experts, m, params));
    }

    private static ShapeMeasurement expertShape(int experts, long m, long params, double computeShare,
                                                double readShare) {
        return expertShape(experts, m, params, computeShare, readShare, 2e7, null);
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

    private static ExpertGemms report(List<ShapeMeasurement> experts) {
        return CalibrationFit.fit(run(experts)).expertGemms().orElseThrow();
    }

    /** Qwen3-30B's experts and Llama 4's at 1,024 tokens each, computing at these shares of the dense rate. */
    private static ExpertGemms smallAndLarge(double smallShare, double largeShare) {
        return report(List.of(expertShape(8, 1024, QWEN3_30B, smallShare, 1.0),
                expertShape(8, 1024, LLAMA_4, largeShare, 1.0)));
    }

    @Test
    void recoversOneSizeCurvePerTokenCountAndTheReadShares() {
        List<ShapeMeasurement> experts = new ArrayList<>();
        // the larger token count first: the curves still come fewest tokens first
        for (long m : new long[] {4096, 1024}) {
            for (long p : new long[] {QWEN3_30B, QWEN3_235B, DEEPSEEK_V3, LLAMA_4}) {
                experts.add(m == 1024 ? expertShape(8, m, p, share(p, 30e6, 0.7), 1.0)
                        : expertShape(8, m, p, share(p, 10e6, 0.8), 1.0));
            }
        }
        // the reference expert at 16 and 4 tokens: its reads decide, at 0.7 and 0.6 of the dense weights' rate
        experts.add(expertShape(64, 16, QWEN3_235B, 0.5, 0.7));
        experts.add(expertShape(64, 4, QWEN3_235B, 0.5, 0.6));

        ExpertGemms e = report(experts);
        assertEquals(10, e.points().size());
        assertEquals(2, e.curves().size());
        ExpertGemms.SizeCurve fewer = e.curves().get(0);
        ExpertGemms.SizeCurve more = e.curves().get(1);
        assertEquals(1024, fewer.tokensPerExpert());
        assertEquals(4, fewer.sizes());
        assertEquals(30e6, fewer.halfSpeedParams(), 30e6 * 0.012, "on the grid of 200 steps a decade");
        assertEquals(0.7, fewer.largeExpertShare(), 0.7 * 0.01);
        assertEquals(4096, more.tokensPerExpert());
        assertEquals(10e6, more.halfSpeedParams(), 10e6 * 0.012);
        assertEquals(0.8, more.largeExpertShare(), 0.8 * 0.01);
        assertTrue(!fewer.nearTheRidge() && !more.nearTheRidge());
        ExpertGemms.Point smallAt1024 = e.points().get(4);
        assertEquals(ExpertGemms.Bound.MATH, smallAt1024.bound());
        assertEquals(share(QWEN3_30B, 30e6, 0.7), smallAt1024.share(), 1e-6);
        assertEquals(List.of(ExpertGemms.Bound.READS, ExpertGemms.Bound.READS),
                e.points().subList(8, 10).stream().map(ExpertGemms.Point::bound).toList());
        assertEquals(0.7, e.readShares().get(0), 1e-6);
        assertEquals(0.6, e.readShares().get(1), 1e-6);
        assertEquals("weights read at 0.70, 0.60 of the dense weights' rate", e.readsText());
        assertTrue(e.curvesText().startsWith("at 1024 tokens an expert (4 sizes), half speed at 30M parameters an "
                + "expert, approaching 0.70 of the dense rate; at 4096 tokens an expert (4 sizes), half speed at "),
                e.curvesText());
    }

    @Test
    void theCalibrationIsTheSameWithOrWithoutThem() {
        List<ShapeMeasurement> experts = List.of(expertShape(8, 1024, QWEN3_30B, 0.1, 1.0),
                expertShape(8, 1024, QWEN3_235B, 0.3, 1.0));
        CalibrationFit.Result with = CalibrationFit.fit(run(experts));
        CalibrationFit.Result without = CalibrationFit.fit(run(List.of()));
        assertEquals(without.calibration().computeEfficiency(), with.calibration().computeEfficiency());
        assertEquals(without.calibration().memoryEfficiency(), with.calibration().memoryEfficiency());
        assertEquals(without.calibration().stepOverheadMs(), with.calibration().stepOverheadMs());
        assertEquals(without.heldOut(), with.heldOut());
        assertTrue(without.expertGemms().isEmpty());
        assertTrue(with.calibration().notes().contains("Routed-expert GEMMs (measured apart, not applied): at 1024 "
                + "tokens an expert (2 sizes), half speed at"), with.calibration().notes());
    }

    @Test
    void theirBoardPowerIsNotTheDenseShapesPower() {
        // the dense MLP chain draws 600 W of a 700 W limit; an expert shape with more FLOPs and bytes than any
        // dense shape draws 100 W and must not become the compute- or memory-bound power fraction
        List<ShapeMeasurement> shapes = new ArrayList<>();
        for (ShapeMeasurement s : H100.shapes(t -> t)) {
            boolean mlp = s.name().equals("prefill-mlp");
            boolean largestDecode = s.name().equals("decode-4.0");
            shapes.add(mlp || largestDecode ? new ShapeMeasurement(s.name(), s.kind(), s.role(), s.dimensions(),
                    s.flops(), s.bytesMoved(), s.tokens(), s.medianMs(), s.p90Ms(), s.runs(), s.sessionCreationMs(),
                    mlp ? 600.0 : 350.0, ShapeMeasurement.joulesPerToken(mlp ? 600 : 350, s.medianMs(), s.tokens()))
                    : s);
        }
        shapes.add(expertShape(128, 8192, LLAMA_4, 0.9, 1.0, 2e7, 100.0));
        shapes.add(expertShape(128, 4, LLAMA_4, 0.9, 0.9, 2e7, 100.0));
        assertTrue(shapes.get(shapes.size() - 2).flops() > 1.76e13 && shapes.get(shapes.size() - 1).bytesMoved()
                > 4 * Synthetic.GIB, "the expert shapes are the largest of each kind");
        var c = CalibrationFit.fit(H100.run(Synthetic.H100, shapes)).calibration();
        assertEquals(600.0 / 700, c.computeBoundPowerFraction(), 1e-12);
        assertEquals(350.0 / 700, c.memoryBoundPowerFraction(), 1e-12);
    }

    @Test
    void aCurveNeedsTwoSizesAndSharesTheEnginesFormCanFollow() {
        ExpertGemms one = report(List.of(expertShape(8, 1024, QWEN3_235B, 0.3, 1.0)));
        assertTrue(one.curves().isEmpty());
        assertTrue(one.readShares().isEmpty(), "no shape was bound by its reads");
        assertTrue(one.summary().contains("no size curve: fewer than two expert sizes clearly bound by their math"),
                one.summary());

        ExpertGemms falling = smallAndLarge(0.5, 0.2);
        assertNull(falling.curves().get(0).halfSpeedParams());
        assertEquals(ExpertGemms.NoFit.NO_RISE_WITH_SIZE, falling.curves().get(0).noFit());
        assertTrue(falling.curvesText().endsWith("no half-speed size: the shares do not rise with the experts' size"));

        // 26.7 times the parameters, 90 times the share: more than P ÷ (P + P½) can rise for any P½
        ExpertGemms steep = smallAndLarge(0.01, 0.9);
        assertEquals(ExpertGemms.NoFit.RISE_TOO_STEEP, steep.curves().get(0).noFit());
        assertNull(steep.curves().get(0).largeExpertShare());
    }

    @Test
    void aHalfSpeedSizeFarBelowEveryExpertIsNoRiseWithSize() {
        // flat shares with a little scatter put the best P½ just above the bottom of the grid, not at it
        ExpertGemms flat = smallAndLarge(share(QWEN3_30B, 2e5, 0.8), share(LLAMA_4, 2e5, 0.8));
        assertEquals(ExpertGemms.NoFit.NO_RISE_WITH_SIZE, flat.curves().get(0).noFit());
        assertNull(flat.curves().get(0).halfSpeedParams());
    }

    @Test
    void aShareAboveTheDenseRateIsSaidToBeOff() {
        ExpertGemms fast = smallAndLarge(share(QWEN3_30B, 5e6, 1.4), share(LLAMA_4, 5e6, 1.4));
        assertEquals(1.4, fast.curves().get(0).largeExpertShare(), 0.02);
        assertTrue(fast.curvesText().endsWith("(above the dense GEMMs the run fitted: the measurement is off)"),
                fast.curvesText());
    }

    @Test
    void nearTheRidgeAShapeGivesItsFlopsOverItsTimeAndWithMostTimeElsewhereNothing() {
        // at the dense rates the ridge point is 258 FLOP a byte; with this helper's activations the reference expert
        // is at 335 FLOP a byte with 341 tokens (1.30 times the ridge: near it) and 411 with 420 (1.59: math-bound)
        ShapeMeasurement nearRidge = expertShape(8, 341, QWEN3_235B, 0.6, 1.0);
        ShapeMeasurement clearOfIt = expertShape(8, 420, QWEN3_235B, 0.6, 1.0);
        // other operators of 10 GB: 3.7 ms at the fitted bandwidth against the GEMMs' 0.74 ms, 83% of the time
        ShapeMeasurement mostlyOther = expertShape(8, 1024, QWEN3_235B, 0.6, 1.0, 1e10, null);
        // 3 GB: 1.1 ms against 0.73 ms, 61% of the time, which is trusted
        ShapeMeasurement muchOther = expertShape(8, 1000, QWEN3_235B, 0.6, 1.0, 3e9, null);
        ExpertGemms e = report(List.of(nearRidge, clearOfIt, mostlyOther, muchOther));
        assertEquals(List.of(ExpertGemms.Bound.NEAR_THE_RIDGE, ExpertGemms.Bound.MATH,
                ExpertGemms.Bound.SPLIT_NOT_TRUSTED, ExpertGemms.Bound.MATH),
                e.points().stream().map(ExpertGemms.Point::bound).toList());
        assertEquals(0.6, e.points().get(0).share(), 1e-6, "bound by its math at 0.6, though near the ridge");
        assertEquals(0.6, e.points().get(3).share(), 1e-6);
        assertTrue(Double.isNaN(e.points().get(2).share()));
        assertEquals("near the ridge point: its FLOPs at 0.60 of the dense GEMMs' rate, reads and math together",
                e.points().get(0).bound().describe(0.6));

        // two sizes near the ridge make a curve that says so
        ExpertGemms near = report(List.of(expertShape(8, 300, QWEN3_30B, share(QWEN3_30B, 20e6, 0.8), 1.0),
                expertShape(8, 300, LLAMA_4, share(LLAMA_4, 20e6, 0.8), 1.0)));
        assertTrue(near.curves().get(0).nearTheRidge());
        assertTrue(near.curvesText().startsWith("at 300 tokens an expert (2 sizes, near the ridge point: FLOPs over "
                + "time), half speed at"), near.curvesText());
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
        assertEquals("4.7M", ExpertGemms.millions(QWEN3_30B));
        assertEquals("19M", ExpertGemms.millions(QWEN3_235B));
        assertEquals("0.29M", ExpertGemms.millions(294_912));
        assertEquals("the engine's: half speed at 23M, set from kernel timings at 256 tokens an expert",
                ExpertGemms.engineCurveText(23e6));
        assertEquals("the engine's: 0.60", ExpertGemms.engineReadText(0.6));
    }
}

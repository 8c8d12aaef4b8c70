package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Calibration;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fit over many random true parameters: seeded cases (docs/decisions/0001), each named by its seed so a failure
 * replays exactly. The ranges are where the shapes are bound as designed: below a compute efficiency of 0.1 the
 * 16-token decode chain turns compute-bound, below a memory efficiency of 0.2 the prefill chain turns memory-bound.
 * The first seeds take the ranges' corners.
 */
class CalibrationFitRandomTest {
    private static final double[][] CORNERS = {
            {0.1, 0.2, 0.0}, {1.0, 1.0, 0.0}, {0.1, 1.0, 5.0}, {1.0, 0.2, 5.0}};

    private static double[] parameters(long seed, UniformRandomProvider rng) {
        if (seed <= CORNERS.length) {
            return CORNERS[(int) seed - 1];
        }
        return new double[] {rng.nextDouble(0.1, 1.0), rng.nextDouble(0.2, 1.0), rng.nextDouble(0.0, 5.0)};
    }

    @TestFactory
    Stream<DynamicTest> exactTimingsGiveBackTheirEfficienciesAndOverhead() {
        return LongStream.rangeClosed(1, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            double[] p = parameters(seed, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
            Calibration c = CalibrationFit.fit(Synthetic.h100(p[0], p[1], p[2]).run(t -> t)).calibration();
            assertEquals(p[0], c.computeEfficiency(), 1e-9);
            assertEquals(p[1], c.memoryEfficiency(), 1e-9);
            assertEquals(p[2], c.stepOverheadMs(), 1e-9);
            assertEquals(0.0, c.heldOutErrorPercent(), 1e-6);
        }));
    }

    @TestFactory
    Stream<DynamicTest> onePercentNoiseMovesEfficienciesByAFewPercentAtMost() {
        return LongStream.rangeClosed(1, 200).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            double ce = rng.nextDouble(0.2, 0.95);
            double me = rng.nextDouble(0.2, 0.95);
            double overheadMs = rng.nextDouble(0.0, 1.0);
            Calibration c = CalibrationFit.fit(Synthetic.h100(ce, me, overheadMs)
                    .run(t -> t * (1 + rng.nextDouble(-0.01, 0.01)))).calibration();
            assertTrue(Math.abs(c.computeEfficiency() / ce - 1) < 0.03, "ce " + c.computeEfficiency() + " vs " + ce);
            assertTrue(Math.abs(c.memoryEfficiency() / me - 1) < 0.03, "me " + c.memoryEfficiency() + " vs " + me);
            assertTrue(Math.abs(c.stepOverheadMs() - overheadMs) < 0.05, "o " + c.stepOverheadMs() + " vs " + overheadMs);
        }));
    }
}

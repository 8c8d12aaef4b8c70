package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Calibration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationFitPropertiesTest {

    /**
     * Over the range where the shapes are bound as designed (below ce = 0.1 the 16-token decode chain turns
     * compute-bound; below me = 0.2 the prefill chain turns memory-bound), exact timings give exact parameters.
     */
    @Property(tries = 300)
    void exactTimingsGiveBackTheirEfficienciesAndOverhead(
            @ForAll @DoubleRange(min = 0.1, max = 1.0) double ce,
            @ForAll @DoubleRange(min = 0.2, max = 1.0) double me,
            @ForAll @DoubleRange(min = 0.0, max = 5.0) double overheadMs) {
        Calibration c = CalibrationFit.fit(Synthetic.h100(ce, me, overheadMs).run(t -> t)).calibration();
        assertEquals(ce, c.computeEfficiency(), 1e-9 * Math.max(1, ce));
        assertEquals(me, c.memoryEfficiency(), 1e-9);
        assertEquals(overheadMs, c.stepOverheadMs(), 1e-9);
        assertEquals(0.0, c.heldOutErrorPercent(), 1e-6);
    }

    @Property(tries = 200)
    void onePercentNoiseMovesEfficienciesByAFewPercentAtMost(
            @ForAll @DoubleRange(min = 0.2, max = 0.95) double ce,
            @ForAll @DoubleRange(min = 0.2, max = 0.95) double me,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double overheadMs,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Calibration c = CalibrationFit.fit(Synthetic.h100(ce, me, overheadMs)
                .run(t -> t * (1 + rnd.nextDouble(-0.01, 0.01)))).calibration();
        assertTrue(Math.abs(c.computeEfficiency() / ce - 1) < 0.03, "ce " + c.computeEfficiency() + " vs " + ce);
        assertTrue(Math.abs(c.memoryEfficiency() / me - 1) < 0.03, "me " + c.memoryEfficiency() + " vs " + me);
        assertTrue(Math.abs(c.stepOverheadMs() - overheadMs) < 0.05, "o " + c.stepOverheadMs() + " vs " + overheadMs);
    }
}

package com.tokenfactory.core.plan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No distribution the records accept can draw Infinity or NaN (docs/reliability.md, the ranges). */
class DistributionBoundsTest {
    private static final double[] P = {1e-12, 1e-6, 0.001, 0.1, 0.5, 0.9, 0.999, 1 - 1e-6, 1 - 1e-12};

    @Test
    void theWidestDistributionsTheRecordsAcceptDrawOnlyFiniteValues() {
        double m = Distribution.MAX_MAGNITUDE;
        List<Distribution> widest = List.of(
                new Distribution.Triangular(-m, 0, m),
                new Distribution.Pert(-m, m, m),
                new Distribution.Uniform(-m, m),
                new Distribution.Normal(m, m, null, null),
                new Distribution.Normal(-m, m, -m, m),
                new Distribution.LogNormal(m, Distribution.MAX_SIGMA, null, null),
                new Distribution.LogNormal(1e-300, Distribution.MAX_SIGMA, null, m),
                new Distribution.Discrete(List.of(-m, m), List.of(0.5, 0.5)));
        for (Distribution d : widest) {
            Distribution.Quantiles q = d.quantiles();
            for (double p : P) {
                assertTrue(Double.isFinite(q.at(p)), d + " at " + p + " drew " + q.at(p));
            }
        }
    }

    @Test
    void figuresPastTheRangeAreRefusedNamingTheField() {
        assertEquals("max", assertThrows(InvalidPlanException.class,
                () -> new Distribution.Uniform(0, 1e300)).field());
        assertEquals("sd", assertThrows(InvalidPlanException.class,
                () -> new Distribution.Normal(0, 1e300, null, null)).field());
        assertEquals("sigma", assertThrows(InvalidPlanException.class,
                () -> new Distribution.LogNormal(1, 50, null, null)).field());
        assertEquals("values[1]", assertThrows(InvalidPlanException.class,
                () -> new Distribution.Discrete(List.of(0.0, -1e200), List.of(0.5, 0.5))).field());
    }

    @Test
    void boundsThatHoldNoProbabilityAreRefusedWhenTheFileIsRead() {
        // found by the fuzz tier: a mean moved to 1e12 left nothing between 0.3 and 3; the refusal came only at the draw
        assertEquals("lower", assertThrows(InvalidPlanException.class,
                () -> new Distribution.Normal(1e12, 0.1, 0.3, 3.0)).field());
        assertEquals("lower", assertThrows(InvalidPlanException.class,
                () -> new Distribution.LogNormal(1e12, 0.1, 0.3, 3.0)).field());
    }
}

package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.InvalidPlanException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionTest {
    private static final int N = 200_000;

    /** Expected moments worked from each distribution's textbook formulas, not from the code under test. */
    private record Case(Distribution d, double mean, double variance) {
    }

    @TestFactory
    Stream<DynamicTest> sampledMomentsMatchTheDistributions() {
        double s = 0.5;
        TruncatedNormalDistribution tn = TruncatedNormalDistribution.of(1.0, 0.2, 0.8, 1.5);
        List<Case> cases = List.of(
                new Case(new Distribution.Triangular(0, 1, 4), 5.0 / 3, (0 + 1 + 16 - 0 - 0 - 4) / 18.0),
                // PERT(0, 1, 4): α = 2, β = 4 on [0, 4] → mean 4·2/6, variance 16·αβ/((α+β)²(α+β+1))
                new Case(new Distribution.Pert(0, 1, 4), 4.0 / 3, 16 * 8.0 / (36 * 7)),
                new Case(new Distribution.Uniform(2, 5), 3.5, 9.0 / 12),
                new Case(new Distribution.Normal(3, 2, null, null), 3, 4),
                new Case(new Distribution.Normal(1.0, 0.2, 0.8, 1.5), tn.getMean(), tn.getVariance()),
                new Case(new Distribution.LogNormal(2.0, s, null, null), 2.0 * Math.exp(s * s / 2),
                        (Math.exp(s * s) - 1) * 4.0 * Math.exp(s * s)),
                new Case(new Distribution.Discrete(List.of(0.0, 6.0, 12.0), List.of(0.6, 0.3, 0.1)), 3.0,
                        0.6 * 9 + 0.3 * 9 + 0.1 * 81));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.d().toString(), () -> {
            Distribution.Quantiles q = c.d().quantiles();
            UniformRandomProvider rng = Draws.generator(42, c.hashCode());
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < N; i++) {
                double x = q.at(Draws.open(rng));
                sum += x;
                sumSq += x * x;
            }
            double mean = sum / N;
            double variance = sumSq / N - mean * mean;
            double se = Math.sqrt(c.variance() / N);
            assertEquals(c.mean(), mean, 4 * se, "sample mean");
            assertEquals(c.variance(), variance, 0.03 * c.variance(), "sample variance");
            assertEquals(c.mean(), c.d().expectation(), 1e-3 * Math.max(1, Math.abs(c.mean())), "expectation()");
            assertEquals(c.variance(), c.d().variance(), 2e-3 * c.variance(), "variance()");
        }));
    }

    @Test
    void truncationKeepsDrawsInsideTheBounds() {
        Distribution.Quantiles q = new Distribution.LogNormal(1, 1, 0.5, 3.0).quantiles();
        assertEquals(0.5, q.at(1e-12), 1e-9);
        assertEquals(3.0, q.at(1 - 1e-12), 1e-9);
    }

    @Test
    void aDiscreteQuantileIsTheLeastValueWhoseCumulativeShareReachesIt() {
        Distribution d = new Distribution.Discrete(List.of(0.0, 6.0, 12.0), List.of(0.6, 0.3, 0.1));
        assertEquals(0.0, d.quantile(0.1));
        assertEquals(0.0, d.quantile(0.6));
        assertEquals(6.0, d.quantile(0.6000001));
        assertEquals(6.0, d.quantile(0.9));
        assertEquals(12.0, d.quantile(0.95));
    }

    @Test
    void badFiguresAreRefusedNamingTheField() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> new Distribution.Triangular(1, 0.5, 2));
        assertEquals("mode", e.field());
        e = assertThrows(InvalidPlanException.class,
                () -> new Distribution.Discrete(List.of(1.0, 2.0), List.of(0.5, 0.6)));
        assertEquals("probabilities", e.field());
        assertTrue(e.getMessage().contains("add up to 1"), e.getMessage());
    }
}

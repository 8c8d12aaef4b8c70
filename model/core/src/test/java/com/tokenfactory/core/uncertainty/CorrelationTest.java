package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.plan.Correlation;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CorrelationTest {

    @Test
    void requestedRankCorrelationsComeOut() {
        Plan base = UncertainPlans.plan();
        List<UncertainInput> inputs = List.of(
                new UncertainInput("a", "A", Lever.DEMAND_LEVEL, null, new Distribution.LogNormal(1, 0.5, null, null), null),
                new UncertainInput("b", "B", Lever.TOKEN_PRICE, null, new Distribution.Triangular(0.5, 1, 1.2), null),
                new UncertainInput("c", "C", Lever.GRID_DELAY, null, new Distribution.Uniform(0, 12), null),
                new UncertainInput("d", "D", Lever.DISCOUNT_RATE, null, new Distribution.Pert(0.05, 0.1, 0.2), null));
        List<Correlation> wanted = List.of(new Correlation("a", "b", 0.7), new Correlation("a", "c", -0.4),
                new Correlation("b", "d", 0.3));
        Draws draws = new Draws(base.withUncertainty(new Uncertainty(inputs, wanted, null)));
        int n = 20_000;
        double[][] x = new double[4][n];
        for (int t = 0; t < n; t++) {
            double[] v = draws.draw(Draws.generator(7, t));
            for (int i = 0; i < 4; i++) {
                x[i][t] = v[i];
            }
        }
        assertEquals(0.7, Ranks.spearman(x[0], x[1]), 0.02);
        assertEquals(-0.4, Ranks.spearman(x[0], x[2]), 0.02);
        assertEquals(0.3, Ranks.spearman(x[1], x[3]), 0.02);
    }

    @Test
    void impossibleCorrelationsAreRefused() {
        List<UncertainInput> inputs = List.of(
                new UncertainInput("a", "A", Lever.DEMAND_LEVEL, null, new Distribution.Uniform(0.5, 1.5), null),
                new UncertainInput("b", "B", Lever.TOKEN_PRICE, null, new Distribution.Uniform(0.5, 1.5), null),
                new UncertainInput("c", "C", Lever.GPU_PRICE, null, new Distribution.Uniform(0.5, 1.5), null));
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> new Uncertainty(inputs, List.of(
                new Correlation("a", "b", 0.9), new Correlation("b", "c", 0.9), new Correlation("a", "c", -0.9)), null));
        assertEquals("correlations", e.field());
        e = assertThrows(InvalidPlanException.class, () -> new Uncertainty(inputs,
                List.of(new Correlation("a", "zz", 0.5)), null));
        assertEquals("correlations[0].second", e.field());
    }
}

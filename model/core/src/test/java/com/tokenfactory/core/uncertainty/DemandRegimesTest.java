package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.plan.DemandRegimes;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DemandRegimesTest {

    @Test
    void yearlyTransitionsFollowTheMatrix() {
        DemandRegimes r = DemandRegimes.boomAndBust();
        int[][] counts = new int[3][3];
        UniformRandomProvider rng = Draws.generator(11, 0);
        for (int trial = 0; trial < 20_000; trial++) {
            int[] path = r.path(10, rng);
            for (int y = 1; y < path.length; y++) {
                counts[path[y - 1]][path[y]]++;
            }
        }
        for (int from = 0; from < 3; from++) {
            int total = counts[from][0] + counts[from][1] + counts[from][2];
            for (int to = 0; to < 3; to++) {
                double expected = r.regimes().get(from).next().getOrDefault(r.regimes().get(to).id(), 0.0);
                assertEquals(expected, (double) counts[from][to] / total, 0.01, from + "→" + to);
            }
        }
    }

    @Test
    void demandCompoundsTheRegimeShiftMonthByMonth() {
        DemandRegimes r = DemandRegimes.boomAndBust();
        // expansion (0), bubble (+50%), bust (−40%)
        double[] f = r.monthlyFactors(new int[]{0, 1, 2}, 36);
        assertEquals(1.0, f[12], 1e-12);
        assertEquals(1.5, f[24], 1e-9);
        assertEquals(1.5 * 0.6 / Math.pow(0.6, 1.0 / 12), f[35], 1e-9);
        double[] shares = r.longRunShares();
        assertEquals(1.0, shares[0] + shares[1] + shares[2], 1e-9);
    }
}

package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonteCarloTest {

    @Test
    void aSeedGivesTheSamePercentilesOnOneAndTwoThreads() {
        Plan plan = UncertainPlans.plan();
        MonteCarlo.Settings s = new MonteCarlo.Settings(300, 2026, 1, 0.05);
        MonteCarloResult one = MonteCarlo.run(plan, null, s);
        MonteCarloResult two = MonteCarlo.run(plan, null, s.withThreads(2));
        MonteCarloResult three = MonteCarlo.run(plan, null, s.withThreads(3));
        for (Metric m : Metric.values()) {
            for (MonteCarloResult other : List.of(two, three)) {
                assertArrayEquals(one.fan(m).p10(), other.fan(m).p10(), m.id());
                assertArrayEquals(one.fan(m).p50(), other.fan(m).p50(), m.id());
                assertArrayEquals(one.fan(m).p90(), other.fan(m).p90(), m.id());
                assertArrayEquals(one.fan(m).mean(), other.fan(m).mean(), m.id());
            }
        }
        assertArrayEquals(one.kpi(Kpi.NPV).sorted(), two.kpi(Kpi.NPV).sorted());
        assertEquals(one.probabilityOfLoss(), two.probabilityOfLoss());
        assertEquals(one.sensitivities(), two.sensitivities());
        MonteCarloResult otherSeed = MonteCarlo.run(plan, null, new MonteCarlo.Settings(300, 2027, 2, 0.05));
        assertFalse(java.util.Arrays.equals(one.kpi(Kpi.NPV).sorted(), otherSeed.kpi(Kpi.NPV).sorted()));
    }

    @Test
    void trialsSpreadAroundTheDeterministicRunAndFanPercentilesAreOrdered() {
        MonteCarloResult r = MonteCarlo.run(UncertainPlans.plan(), null, new MonteCarlo.Settings(400, 1, 2, 0.05));
        assertTrue(r.finished());
        assertEquals(400, r.trialsRun());
        assertEquals(Engine.simulate(UncertainPlans.plan()).kpis().npv(), r.deterministic().kpis().npv());
        for (Metric m : Metric.values()) {
            MonteCarloResult.Fan f = r.fan(m);
            for (int month = 0; month < f.months(); month++) {
                assertTrue(f.p10()[month] <= f.p25()[month] && f.p25()[month] <= f.p50()[month]
                        && f.p50()[month] <= f.p75()[month] && f.p75()[month] <= f.p90()[month], m + " month " + month);
            }
        }
        MonteCarloResult.Spread npv = r.kpi(Kpi.NPV);
        assertTrue(npv.percentile(0.1) < npv.percentile(0.9), "NPV varies across trials");
        double losses = java.util.Arrays.stream(npv.sorted()).filter(v -> v < 0).count() / 400.0;
        assertEquals(losses, r.probabilityOfLoss(), 1e-12);
        assertEquals(6, r.sensitivities().size());
        // dearer GPUs lower NPV, more demand raises it (the plan sells what it serves)
        java.util.Map<String, Double> rho = new java.util.HashMap<>();
        r.sensitivities().forEach(x -> rho.put(x.inputId(), x.rankCorrelation()));
        assertTrue(rho.get("gpu") < -0.3, rho.toString());
        assertTrue(rho.get("demand") > 0.3, rho.toString());
    }

    @Test
    void cancelStopsTheRunAndKeepsWhatWasFolded() {
        AtomicInteger snapshots = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        AtomicInteger asked = new AtomicInteger();
        MonteCarloResult r = MonteCarlo.run(UncertainPlans.plan(), null, new MonteCarlo.Settings(5_000, 3, 2, 0.05),
                soFar -> {
                    snapshots.incrementAndGet();
                    seen.add(soFar.trialsRun());
                }, () -> asked.incrementAndGet() > 200);
        assertTrue(r.cancelled());
        assertTrue(r.trialsRun() > 0 && r.trialsRun() < 5_000, "ran " + r.trialsRun());
        assertEquals(r.trialsRun(), r.kpi(Kpi.NPV).count() + r.kpi(Kpi.NPV).missing());
        assertEquals(r.trialsRun(), seen.get(seen.size() - 1), "the last snapshot is the result");
    }

    @Test
    void theReservoirIsExactUpToItsCapacityAndCloseBeyond() {
        TrialReservoir exact = new TrialReservoir(1000, 1, 5);
        for (int i = 999; i >= 0; i--) {
            exact.offer(new double[]{i});
        }
        // type 7 on 0..999: P10 = 0.1 × 999 = 99.9
        assertEquals(99.9, exact.percentiles(0)[0], 1e-9);
        assertEquals(499.5, exact.percentiles(0)[2], 1e-9);
        assertEquals(499.5, exact.mean(0), 1e-9);
        TrialReservoir sampled = new TrialReservoir(4096, 1, 5);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sampled.offer(new double[]{(i * 7919L) % n});
        }
        double[] p = sampled.percentiles(0);
        // rank error sd √(p(1−p)/4096): 0.47 points at P10, 0.78 at P50; allow 4 sd
        assertEquals(0.10 * n, p[0], 4 * 0.0047 * n);
        assertEquals(0.50 * n, p[2], 4 * 0.0078 * n);
        assertEquals(0.90 * n, p[4], 4 * 0.0047 * n);
    }
}

package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.UncertainInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TornadoAndGoalSeekTest {

    @Test
    void tornadoBarsEqualTheOneAtATimeRuns() {
        Plan plan = UncertainPlans.plan();
        Tornado.Result t = Tornado.of(plan, null, Kpi.NPV);
        assertEquals(Engine.simulate(plan).kpis().npv(), t.base());
        assertEquals(plan.uncertainty().inputs().size(), t.bars().size());
        for (Tornado.Bar bar : t.bars()) {
            UncertainInput in = plan.uncertainty().input(bar.inputId());
            assertEquals(in.distribution().quantile(0.1), bar.lowValue());
            assertEquals(in.distribution().quantile(0.9), bar.highValue());
            assertEquals(Engine.simulate(in.apply(plan, bar.lowValue())).kpis().npv(), bar.kpiAtLow(), bar.inputId());
            assertEquals(Engine.simulate(in.apply(plan, bar.highValue())).kpis().npv(), bar.kpiAtHigh(), bar.inputId());
        }
        for (int i = 1; i < t.bars().size(); i++) {
            assertTrue(t.bars().get(i - 1).swing() >= t.bars().get(i).swing(), "strongest first");
        }
    }

    @Test
    void goalSeekFindsTheTokenPriceForNpvZeroAndTheEngineAgrees() {
        Plan plan = UncertainPlans.plan();
        GoalSeek.Result r = GoalSeek.solve(plan, null, Lever.TOKEN_PRICE, null, Kpi.NPV, 0.0, 0.05, 20);
        double npv = Engine.simulate(Lever.TOKEN_PRICE.apply(plan, null, r.value())).kpis().npv();
        double scale = Math.abs(Engine.simulate(plan).kpis().npv()) + 1e6;
        assertEquals(0.0, npv, 1e-6 * scale, "re-run at the answer");
        assertEquals(npv, r.achieved());
        assertTrue(r.verified(1e-6 * scale));
        assertEquals(npv, Engine.simulate(r.plan()).kpis().npv(), "the applied plan is the one verified");
    }

    @Test
    void goalSeekSaysWhenNoValueReachesTheGoal() {
        GoalSeek.NoSolution e = assertThrows(GoalSeek.NoSolution.class, () -> GoalSeek.solve(UncertainPlans.plan(),
                null, Lever.DISCOUNT_RATE, null, Kpi.PEAK_POWER, 1e9, 0.01, 0.5));
        assertTrue(e.getMessage().startsWith("no discountRate from 0.0100000 to 0.500000 gives peakPower = 1.00000e+09"),
                e.getMessage());
    }
}

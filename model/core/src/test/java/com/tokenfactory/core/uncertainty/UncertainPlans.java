package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.plan.Correlation;
import com.tokenfactory.core.plan.DemandRegimes;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;
import com.tokenfactory.core.testing.ReferencePlan;

import java.util.List;

/** The reference plan over three years with a handful of uncertain inputs, one correlation and the regimes. */
final class UncertainPlans {
    private UncertainPlans() {
    }

    static Plan plan() {
        Plan p = ReferencePlan.plan(2.0e9).withTimeline(ReferencePlan.START, 36);
        List<UncertainInput> inputs = List.of(
                new UncertainInput("demand", "Demand level", Lever.DEMAND_LEVEL, null,
                        new Distribution.LogNormal(1.0, 0.4, 0.2, 5.0), "test"),
                new UncertainInput("growth", "Demand growth", Lever.DEMAND_GROWTH, "svc",
                        new Distribution.Pert(-0.2, 0.1, 0.8), "test"),
                new UncertainInput("price", "Token price", Lever.TOKEN_PRICE, null,
                        new Distribution.Triangular(0.6, 1.0, 1.3), "test"),
                new UncertainInput("gpu", "GPU price", Lever.GPU_PRICE, "REF",
                        new Distribution.Normal(1.0, 0.1, 0.7, null), "test"),
                new UncertainInput("grid", "Grid slip", Lever.GRID_DELAY, null,
                        new Distribution.Discrete(List.of(0.0, 6.0, 12.0), List.of(0.6, 0.3, 0.1)), "test"),
                new UncertainInput("wacc", "WACC", Lever.DISCOUNT_RATE, null,
                        new Distribution.Uniform(0.08, 0.12), "test"));
        return p.withUncertainty(new Uncertainty(inputs, List.of(new Correlation("growth", "price", -0.5)),
                DemandRegimes.boomAndBust()));
    }
}

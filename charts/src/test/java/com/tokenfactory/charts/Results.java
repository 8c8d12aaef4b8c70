package com.tokenfactory.charts;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.ReferencePlan;
import com.tokenfactory.core.testing.SyntheticPlans;

import java.util.List;

/** Engine results the tests draw, computed once per JVM. */
public final class Results {
    public static final Plan REFERENCE_PLAN = ReferencePlan.plan(1e10);
    public static final SimulationResult REFERENCE = Engine.simulate(REFERENCE_PLAN);
    /** Random plan 3: one site, an AMD fleet, two partner contracts, 29 months (three plan years, the last short). */
    public static final Plan SMALL_PLAN = SyntheticPlans.small(3);
    public static final SimulationResult SMALL = Engine.simulate(SMALL_PLAN);
    /** The reference plan over five years with three times the demand: it pays back (month index 41, June 2029). */
    public static final Plan PAYBACK_PLAN = ReferencePlan.plan(3e10).withTimeline(ReferencePlan.START, 60);
    public static final SimulationResult PAYBACK = Engine.simulate(PAYBACK_PLAN);
    /** Nothing in it: no sites, contracts or workloads. */
    public static final SimulationResult EMPTY = Engine.simulate(
            Plan.empty("Empty plan", ReferencePlan.START, BuiltInCatalog.skus()));
    /** The reference service on rented capacity only: no owned GPUs, so per-joule ratios are undefined. */
    public static final SimulationResult RENTED_ONLY = Engine.simulate(ReferencePlan.plan(1e10)
            .withSites(List.of())
            .withPartners(List.of(ReferencePlan.contract("partner", ContractKind.COMMITTED, 1000, 2.0))));

    private Results() {
    }
}

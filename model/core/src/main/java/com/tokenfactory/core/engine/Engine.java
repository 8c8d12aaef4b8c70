package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;

/**
 * The five-year engine: simulates a plan month by month (see {@link Simulation} for the nine steps). Deterministic
 * and free of shared state: safe to call from any thread, concurrently.
 */
public final class Engine {
    private Engine() {
    }

    public static SimulationResult simulate(Plan plan) {
        return FiniteResults.require(new Simulation(plan, null).run(true));
    }

    /** Runs the plan as the scenario changes it. */
    public static SimulationResult simulate(Plan plan, Scenario scenario) {
        return FiniteResults.require(new Simulation(scenario.applyTo(plan), scenario).run(true));
    }

    /**
     * The run's totals and KPIs only, for callers that read nothing else (Monte Carlo trials, tornado bars, goal
     * seek): no per-site, per-SKU, per-contract or per-service results, no throughput table, no plan years and no plan
     * problems (their lists are empty). Every figure it does hold is the one {@link #simulate} gives, to the last bit.
     *
     * @param scenario the scenario to run the plan under; null for the plan itself
     */
    public static SimulationResult simulateFigures(Plan plan, Scenario scenario) {
        Simulation run = scenario == null ? new Simulation(plan, null) : new Simulation(scenario.applyTo(plan), scenario);
        return FiniteResults.require(run.run(false));
    }

    /** Runs the plan under its scenario with this id; a null id runs the base plan. */
    public static SimulationResult simulate(Plan plan, String scenarioId) {
        if (scenarioId == null) {
            return simulate(plan);
        }
        Scenario s = plan.scenarios().stream().filter(x -> x.id().equals(scenarioId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plan has no scenario '" + scenarioId + "' (it has "
                        + plan.scenarios().stream().map(Scenario::id).toList() + ")"));
        return simulate(plan, s);
    }
}

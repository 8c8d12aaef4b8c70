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
        return FiniteResults.require(new Simulation(plan, null).run());
    }

    /** Runs the plan as the scenario changes it. */
    public static SimulationResult simulate(Plan plan, Scenario scenario) {
        return FiniteResults.require(new Simulation(scenario.applyTo(plan), scenario).run());
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

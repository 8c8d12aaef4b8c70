package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The base column can take the plan's result the caller already holds; a scenario's result is refused there. */
class ScenarioComparisonTest {
    private static final Plan PLAN = ReferencePlan.plan(2e9).withTimeline(ReferencePlan.START, 24)
            .withScenarios(List.of(new Scenario("half", "Demand halves", null, 0.5, 0, null, null, 1, 0)));
    private static final List<String> IDS = List.of(ScenarioComparison.BASE, "half");

    @Test
    void theBaseRunGivenIsTheBaseColumnAndTheFiguresAreTheSameAsARun() {
        SimulationResult base = Engine.simulate(PLAN);
        ScenarioComparison given = ScenarioComparison.of(PLAN, IDS, base);
        assertTrue(given.columns().get(0).result() == base, "the base plan run a second time");
        ScenarioComparison run = ScenarioComparison.of(PLAN, IDS);
        for (int i = 0; i < run.kpis().size(); i++) {
            assertEquals(List.of(run.kpis().get(i).values()[0], run.kpis().get(i).values()[1]),
                    List.of(given.kpis().get(i).values()[0], given.kpis().get(i).values()[1]),
                    run.kpis().get(i).label());
        }
    }

    @Test
    void aScenariosResultIsNotTakenForTheBase() {
        SimulationResult half = Engine.simulate(PLAN, PLAN.scenarios().get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioComparison.of(PLAN, IDS, half));
        assertEquals("the base column takes the plan's own result; this one is of the scenario 'half'", e.getMessage());
    }
}

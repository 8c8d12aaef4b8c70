package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every lever moves a real plan and the engine runs it: the levers copy plan records by field name, so a field
 * renamed in core shows up here rather than in a user's trial. Each moves NPV but the FP4 efficiency, which this
 * sample (FP8 throughout) does not use.
 */
class LeversOnSamplesTest {
    @TestFactory
    Stream<DynamicTest> everyLeverChangesTheFiveYearCommitmentAndTheEngineRunsIt() {
        Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        return Arrays.stream(Lever.values()).map(l -> DynamicTest.dynamicTest(l.id(), () -> {
            double moved = switch (l.how()) {
                case MULTIPLY -> 1.2;
                case ADD -> l.unit().equals("months") ? 3 : 0.1;
                case SET -> Math.min(l.max(), l.neutral(plan, null) + 0.05);
            };
            Plan changed = l.apply(plan, null, moved);
            assertNotEquals(plan, changed, l.id() + " changes the plan");
            // at its neutral value the plan may be written differently (a service's blank decline set to the plan's
            // own), but it computes the same
            assertEquals(Engine.simulate(plan).kpis().npv(),
                    Engine.simulate(l.apply(plan, null, l.neutral(plan, null))).kpis().npv(), 1e-3,
                    l.id() + " at its neutral value does not");
            if (l == Lever.FP4_EFFICIENCY) {
                // its services all compute in FP8, so the FP4 efficiency must leave its figures alone
                assertEquals(Engine.simulate(plan).kpis().npv(), Engine.simulate(changed).kpis().npv(), 1e-3,
                        l.id() + " moves an FP8 plan");
            } else {
                assertNotEquals(Engine.simulate(plan).kpis().npv(), Engine.simulate(changed).kpis().npv(),
                        l.id() + " moves NPV");
            }
        }));
    }
}

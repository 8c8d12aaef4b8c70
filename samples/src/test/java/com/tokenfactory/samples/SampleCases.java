package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The walk that the checks on every bundled sample share: one dynamic test per sample, named by its file, and — where
 * a check asks for scenarios too — one per scenario of it, named "file / scenario id". Shipped in this module's
 * test-jar so that the app's tests walk the same cases.
 */
public final class SampleCases {
    /** A check of one sample's plan, as the file has it. */
    public interface PlanCheck {
        void run(String name, Plan plan) throws Throwable;
    }

    /** A check of one plan — a sample's, or a scenario applied to it — with the engine's result for it. */
    public interface ResultCheck {
        void run(Plan plan, SimulationResult result) throws Throwable;
    }

    private SampleCases() {
    }

    /** Every sample, read from its file when its test runs. */
    public static Stream<DynamicTest> eachSample(PlanCheck check) {
        return Samples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.fileName(),
                () -> check.run(sample.fileName(), Samples.open(sample))));
    }

    /** Every sample and each of its scenarios, simulated when its test runs. */
    public static Stream<DynamicTest> eachSampleAndScenario(ResultCheck check) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Samples.Sample sample : Samples.all()) {
            Plan plan = Samples.open(sample);
            tests.add(DynamicTest.dynamicTest(sample.fileName(), () -> check.run(plan, Engine.simulate(plan))));
            for (Scenario s : plan.scenarios()) {
                tests.add(DynamicTest.dynamicTest(sample.fileName() + " / " + s.id(),
                        () -> check.run(s.applyTo(plan), Engine.simulate(plan, s))));
            }
        }
        return tests.stream();
    }
}

package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.SyntheticPlans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * One engine run of a generated plan of 100 sites (1–3 halls each), 40 inference services, 10 training runs and
 * 5 partner contracts over 60 months. Goal: under 5 ms per run on a 2-core machine (README, "Speed").
 * Run: ./mvnw -q -Pjmh -pl model/core verify -DskipTests
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
    private Plan plan;

    @Setup
    public void generate() {
        plan = SyntheticPlans.large(1);
    }

    @Benchmark
    public SimulationResult simulate100Sites50Workloads60Months() {
        return Engine.simulate(plan);
    }
}

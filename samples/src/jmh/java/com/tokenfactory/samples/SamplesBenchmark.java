package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** One engine run of each bundled sample (issue 10's goal: each under 0.5 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SamplesBenchmark {
    @Param({"fungible-fleet.tokenplan", "capacity-crunch.tokenplan", "five-year-commitment.tokenplan"})
    public String sample;
    private Plan plan;

    @Setup
    public void open() {
        plan = Samples.open(Samples.all().stream().filter(s -> s.fileName().equals(sample)).findFirst().orElseThrow());
    }

    @Benchmark
    public SimulationResult simulate() {
        return Engine.simulate(plan);
    }
}

package com.tokenfactory.charts.bench;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.SyntheticPlans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Every chart of the 100-site benchmark plan (SyntheticPlans.large(1), 60 months), built from its result and
 * rendered to PNG at 1200×700: the time for all six together. Target: under 200 ms. The simulation is set-up, not
 * measured. Run: {@code ./mvnw -q install -DskipTests && ./mvnw -q -Pjmh -pl charts verify -DskipTests} (see docs/charts.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class RenderAllChartsBenchmark {
    private static final ChartSize SIZE = new ChartSize(1200, 700);
    private SimulationResult result;

    @Setup
    public void simulate() {
        result = Engine.simulate(SyntheticPlans.large(1));
    }

    @Benchmark
    public long monthlyChartsToPng() {
        return renderAll(Period.MONTHLY);
    }

    @Benchmark
    public long yearlyChartsToPng() {
        return renderAll(Period.YEARLY);
    }

    /** Returns the bytes written, so the work cannot be optimised away. */
    private long renderAll(Period period) {
        long bytes = 0;
        for (ChartKind kind : ChartKind.values()) {
            bytes += ChartExporter.png(ResultCharts.create(kind, result, period, ChartStyle.LIGHT), SIZE).length;
        }
        return bytes;
    }
}

package com.tokenfactory.benchmark;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.calibration.CalibrationFitException;
import com.tokenfactory.core.calibration.DeviceInfo;
import com.tokenfactory.core.calibration.RunOutcome;
import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeMeasurement;
import com.tokenfactory.core.calibration.ShapeRole;
import com.tokenfactory.core.plan.Calibration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The whole benchmark on the CPU provider, in quick mode: seconds on two cores. */
class BenchmarkRunTest {
    private static final BenchmarkOptions QUICK_CPU = new BenchmarkOptions(ProviderChoice.CPU, true, true);

    @Test
    void quickCpuRunMeasuresEveryShape() {
        List<Double> fractions = new ArrayList<>();
        BenchmarkRun run = Benchmark.run(QUICK_CPU, (f, m) -> fractions.add(f), new CancellationToken());

        assertEquals(RunOutcome.COMPLETED, run.outcome(), run.notes().toString());
        assertEquals(DeviceInfo.CPU, run.device().provider());
        assertNull(run.device().fallbackReason(), "the CPU was asked for: no better provider was missed");
        assertEquals("fp32", run.precision());
        assertTrue(run.runtime().startsWith("ONNX Runtime 1."));
        assertEquals(12, run.shapes().size());
        assertEquals(4, run.shapes(ShapeKind.MEMORY, ShapeRole.FIT).size());
        assertEquals(2, run.shapes(ShapeKind.COMPUTE, ShapeRole.FIT).size());
        for (ShapeMeasurement s : run.shapes()) {
            assertEquals(5, s.runs(), s.name());
            assertTrue(s.medianMs() > 0 && s.p90Ms() >= s.medianMs(), s.name());
            assertTrue(s.flops() > 0 && s.bytesMoved() > 0, s.name());
            assertNull(s.avgBoardWatts(), "no nvidia-smi on the CPU path");
            assertNull(s.joulesPerToken());
        }
        assertTrue(run.notes().stream().anyMatch(n -> n.startsWith("Power not measured")), run.notes().toString());
        assertTrue(run.notes().stream().anyMatch(n -> n.startsWith("Quick mode")), run.notes().toString());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back");
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));

        // the three expert shapes, each with the experts its sizes say: two expert sizes at 64 tokens, one at 4
        assertEquals(List.of("experts-0.07M-m64 E=14 m=64 D=256 F=96 L=1", "experts-0.29M-m64 E=3 m=64 D=512 F=192 L=1",
                "experts-0.29M-m4 E=3 m=4 D=512 F=192 L=1"), run.shapes().stream()
                .filter(s -> s.role() == ShapeRole.REPORTED).map(s -> s.name() + " " + s.dimensions()).toList());
        assertEquals(new com.tokenfactory.core.calibration.ExpertShape(3, 4, 294_912), run.shapes().get(11).experts());

        // tiny shapes on a shared CPU may time too unevenly for a fit; when they fit, the calibration says CPU
        try {
            CalibrationFit.Result fit = CalibrationFit.fit(run);
            Calibration c = fit.calibration();
            assertEquals("CPU", c.provider());
            assertTrue(c.notes().contains("does not describe a GPU"), c.notes());
            String table = ResultsTable.format(fit);
            assertTrue(table.contains("Routed-expert GEMMs (reported apart; the calibration does not use them)\n"
                    + "  experts-0.07M-m64 "), table);
            assertTrue(table.contains("; the engine's: half speed at 23M, set from kernel timings at 256 tokens an "
                    + "expert\n"), table);
            assertTrue(table.contains("; the engine's: 0.60\n"), table);
        } catch (CalibrationFitException e) {
            assertTrue(e.getMessage().length() > 20, e.getMessage());
        }
    }

    @Test
    void askingForCudaWithoutItExplainsAndStillRunsOnTheCpu() {
        assumeFalse(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA),
                "this machine has the GPU build of ONNX Runtime");
        BenchmarkRun run = Benchmark.run(QUICK_CPU.withProvider(ProviderChoice.CUDA), ProgressListener.NONE,
                new CancellationToken());
        assertEquals(RunOutcome.COMPLETED, run.outcome());
        assertEquals(DeviceInfo.CPU, run.device().provider());
        String why = run.device().fallbackReason();
        assertTrue(why.startsWith("This installation has the CPU-only ONNX Runtime"), why);
        assertTrue(why.endsWith("ran on the CPU instead."), why);
        assertEquals(12, run.shapes().size());
    }

    @Test
    void cancellingBeforeTheStartMeasuresNothing() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        BenchmarkRun run = Benchmark.run(QUICK_CPU, ProgressListener.NONE, cancel);
        assertEquals(RunOutcome.CANCELLED, run.outcome());
        assertEquals("Cancelled by the user after 0 of 12 tests; no calibration was made.", run.outcomeMessage());
        assertTrue(run.shapes().isEmpty());
        CalibrationFitException e = org.junit.jupiter.api.Assertions.assertThrows(CalibrationFitException.class,
                () -> CalibrationFit.fit(run));
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
    }

    @Test
    void cancellingDuringARunKeepsWhatWasMeasured() {
        CancellationToken cancel = new CancellationToken();
        BenchmarkRun run = Benchmark.run(QUICK_CPU, (f, message) -> {
            if (message.startsWith("Test 3 of 12") && message.endsWith("timing")) {
                cancel.cancel();
            }
        }, cancel);
        assertEquals(RunOutcome.CANCELLED, run.outcome());
        assertEquals(2, run.shapes().size(), "the two tests before the third");
        assertEquals("Cancelled by the user after 2 of 12 tests; no calibration was made.", run.outcomeMessage());
    }

    @Test
    void aShapeThatCannotFitIsSkippedWithAPlainMessageAndTheRunGoesOn() {
        // 2^50 tokens × 64 values × 4 bytes = 2^58 bytes for the broadcast input alone: more than any address
        // space, so the allocation fails whatever the operating system's overcommit policy
        ShapeSpec impossible = new ShapeSpec("impossible", ShapeKind.MEMORY, ShapeRole.FIT,
                ShapeSpec.Family.MATMUL_CHAIN, 1L << 50, 64, 1, 0);
        ShapeSpec small = new ShapeSpec("small", ShapeKind.MEMORY, ShapeRole.FIT, ShapeSpec.Family.MATMUL_CHAIN,
                2, 64, 2, 0);
        BenchmarkRun run = Benchmark.run(QUICK_CPU, ProgressListener.NONE, new CancellationToken(),
                CommandRunner.SYSTEM, List.of(impossible, small));
        assertEquals(RunOutcome.COMPLETED, run.outcome());
        assertEquals(List.of("small"), run.shapes().stream().map(ShapeMeasurement::name).toList());
        String note = run.notes().stream().filter(n -> n.startsWith("The impossible test")).findFirst().orElseThrow();
        assertTrue(note.contains("did not fit the computer's memory even at a quarter of its size"), note);
        // shrunk twice by halving the tokens (activations dominate): 2^48 when it gave up
        assertTrue(note.contains("B=" + (1L << 48) + " D=64 L=1"), note);
        assertTrue(note.contains("Failed to allocate memory"), note);
        assertTrue(!note.contains("/onnxruntime_src"), "no source paths in a user's message: " + note);
    }

    @Test
    void anExpertShapeThatCannotFitWithTwoExpertsIsSkippedAtItsSmallest() {
        // two experts of 2^44 tokens each: the broadcast alone is 2^53 bytes (8 PiB), beyond any address space, and
        // one expert is no grouped GEMM
        ShapeSpec impossible = ShapeSpec.experts(ShapeKind.COMPUTE, 2, 1L << 44, 64, 64, 1);
        ShapeSpec small = new ShapeSpec("small", ShapeKind.MEMORY, ShapeRole.FIT, ShapeSpec.Family.MATMUL_CHAIN,
                2, 64, 2, 0);
        BenchmarkRun run = Benchmark.run(QUICK_CPU, ProgressListener.NONE, new CancellationToken(),
                CommandRunner.SYSTEM, List.of(impossible, small));
        String note = run.notes().stream().filter(n -> n.startsWith("The " + impossible.name() + " test"))
                .findFirst().orElseThrow();
        assertTrue(note.contains("did not fit the computer's memory even at its smallest (E=2 m=" + (1L << 44)
                + " D=64 F=64 L=1; "), note);
    }

    @Test
    void aRunWhereNothingFitsFails() {
        ShapeSpec impossible = new ShapeSpec("impossible", ShapeKind.MEMORY, ShapeRole.FIT,
                ShapeSpec.Family.MATMUL_CHAIN, 1L << 50, 64, 1, 0);
        BenchmarkRun run = Benchmark.run(QUICK_CPU, ProgressListener.NONE, new CancellationToken(),
                CommandRunner.SYSTEM, List.of(impossible));
        assertEquals(RunOutcome.FAILED, run.outcome());
        assertTrue(run.outcomeMessage().startsWith("No test could be measured"));
    }
}

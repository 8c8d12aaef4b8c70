package com.tokenfactory.benchmark;

import com.tokenfactory.benchmark.graph.BenchGraph;
import com.tokenfactory.benchmark.graph.Precision;
import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statistics, sizing, nvidia-smi parsing, power sampling and failure classification. */
class PiecesTest {
    private static final long GIB = 1L << 30;

    @Test
    void medianAndNearestRankP90() {
        assertEquals(3.0, Stats.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 3.0, 2.0)));
        List<Double> tenRuns = List.of(10.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
        assertEquals(9.0, Stats.percentile(tenRuns, 90), "ceil(0.9 × 10) = 9th smallest");
        assertEquals(5.0, Stats.percentile(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 90), "ceil(4.5) = 5th of 5");
    }

    @Test
    void unevenTimingsAreFlagged() {
        java.util.function.BiFunction<String, Double, com.tokenfactory.core.calibration.ShapeMeasurement> shape =
                (name, p90) -> new com.tokenfactory.core.calibration.ShapeMeasurement(name, ShapeKind.MEMORY,
                        ShapeRole.FIT, null, 1, 1, 1, 10.0, p90, 10, 0, null, null);
        assertTrue(Benchmark.unevenTimings(List.of(shape.apply("a", 11.0), shape.apply("b", 15.0))).isEmpty());
        assertEquals(Optional.of("Uneven timings (p90 above 1.5 times the median) in c: something else was probably "
                + "using the device; run again when it is idle."), Benchmark.unevenTimings(
                List.of(shape.apply("a", 11.0), shape.apply("c", 15.1))));
    }

    @Test
    void anH100GetsTheReferenceProbeSizes() {
        // 80 GB card, about 79 GiB free, 60% of it for one shape
        List<ShapeSpec> shapes = ShapePlanner.plan(true, Precision.FP16, (long) (79 * GIB * 0.6), false);
        ShapeSpec largest = shapes.get(3);
        assertEquals("decode-8192", largest.name());
        assertEquals(16, largest.tokens());
        assertEquals(32, largest.layers());
        // 32 × 8192² × 2 bytes = 4 GiB of weights, the reference probe's memory-bound size
        assertEquals(4 * GIB, largest.graph(Precision.FP16).weightBytes());
        assertEquals(List.of("decode-2880", "decode-4096", "decode-5824", "decode-8192", "decode-kv-4096",
                "mixed-step-4096", "prefill-8192", "prefill-mlp-8192", "prefill-layers-8192",
                // the routed experts of four published MoE models at 256 and 2,048 tokens each, then the reference
                // expert at fewer
                "experts-4.7M-m256", "experts-19M-m256", "experts-44M-m256", "experts-126M-m256",
                "experts-4.7M-m2048", "experts-19M-m2048", "experts-44M-m2048", "experts-126M-m2048",
                "experts-19M-m64", "experts-19M-m16"),
                shapes.stream().map(ShapeSpec::name).toList());
        assertFits(shapes, (long) (79 * GIB * 0.6), Precision.FP16);
    }

    @Test
    void aLaptopGpuGetsSmallerShapesThatFit() {
        long budget = (long) (3.5 * GIB * 0.6); // an 4 GB laptop GPU with 3.5 GiB free
        List<ShapeSpec> shapes = ShapePlanner.plan(true, Precision.FP16, budget, false);
        assertFits(shapes, budget, Precision.FP16);
        // the prefill shapes; the mixed step keeps the decode step's width
        assertTrue(shapes.stream().filter(s -> s.kind() == ShapeKind.COMPUTE && s.role() != ShapeRole.REPORTED
                && s.family() != ShapeSpec.Family.MIXED_STEP).allMatch(s -> s.width() == 4096));
    }

    @Test
    void theCpuBudgetIsSmall() {
        List<ShapeSpec> shapes = ShapePlanner.plan(false, Precision.FP32, 6 * GIB, false);
        assertEquals("decode-2048", shapes.get(3).name());
        // 16 × 2048² × 4 bytes = 256 MiB: seconds, not minutes
        assertEquals(256L << 20, shapes.get(3).graph(Precision.FP32).weightBytes());
        assertFits(shapes, 6 * GIB, Precision.FP32);
        // a machine with little memory gets less
        assertFits(ShapePlanner.plan(false, Precision.FP32, 100L << 20, false), 100L << 20, Precision.FP32);
    }

    private static void assertFits(List<ShapeSpec> shapes, long budget, Precision p) {
        assertEquals(shapes.size(), new HashSet<>(shapes.stream().map(ShapeSpec::name).toList()).size(), "unique names");
        List<ShapeSpec> memoryFit = shapes.stream().filter(s -> s.kind() == ShapeKind.MEMORY && s.role() == ShapeRole.FIT)
                .toList();
        assertEquals(4, memoryFit.size());
        long smallest = memoryFit.get(0).graph(p).weightBytes();
        long largest = memoryFit.get(3).graph(p).weightBytes();
        assertTrue(largest >= 6 * smallest, "a size spread the overhead fit can use: " + smallest + " to " + largest);
        for (ShapeSpec s : shapes) {
            BenchGraph g = s.graph(p);
            assertTrue(g.deviceBytesNeeded() <= budget, s.name() + " needs " + g.deviceBytesNeeded() + " of " + budget);
        }
        assertTrue(shapes.stream().anyMatch(s -> s.kind() == ShapeKind.MEMORY && s.role() == ShapeRole.HELD_OUT));
        assertTrue(shapes.stream().anyMatch(s -> s.kind() == ShapeKind.COMPUTE && s.role() == ShapeRole.HELD_OUT));
    }

    @Test
    void shrinkingHalvesWhatDominates() {
        ShapeSpec decode = new ShapeSpec("d", ShapeKind.MEMORY, ShapeRole.FIT, ShapeSpec.Family.MATMUL_CHAIN, 16,
                1024, 32, 0);
        assertEquals(16, decode.shrunk(decode.graph(Precision.FP16)).layers(), "weights dominate: half the layers");
        ShapeSpec prefill = new ShapeSpec("p", ShapeKind.COMPUTE, ShapeRole.FIT, ShapeSpec.Family.MATMUL_CHAIN, 8192,
                1024, 8, 0);
        assertEquals(4096, prefill.shrunk(prefill.graph(Precision.FP16)).tokens(), "activations dominate: half the tokens");

        // expert layers keep each expert's size and tokens, halve the experts, and stop below two
        ShapeSpec experts = ShapeSpec.experts(ShapeKind.COMPUTE, 5, 256, 512, 192, 2);
        ShapeSpec fewer = experts.shrunk(experts.graph(Precision.FP32));
        assertEquals(new com.tokenfactory.core.calibration.ExpertShape(2, 256, 294_912), fewer.expertShape());
        assertEquals("experts-0.29M-m256", fewer.name());
        assertEquals("E=2 m=256 D=512 F=192 L=2", fewer.dimensions());
        assertEquals(null, fewer.shrunk(fewer.graph(Precision.FP32)), "one expert is no grouped GEMM");
    }

    @Test
    void readsNvidiaSmi() {
        NvidiaSmi.Gpu g = NvidiaSmi.parseQuery("NVIDIA H100 80GB HBM3, 81559, 81003, 700.00\n").orElseThrow();
        assertEquals("NVIDIA H100 80GB HBM3", g.name());
        assertEquals(81559L << 20, g.memoryTotalBytes());
        assertEquals(81003L << 20, g.memoryFreeBytes());
        assertEquals(700.0, g.powerLimitWatts());
        assertEquals(null, NvidiaSmi.parseQuery("NVIDIA GeForce RTX 3050, 4096, 3900, [N/A]").orElseThrow()
                .powerLimitWatts());
        assertTrue(NvidiaSmi.parseQuery("garbage").isEmpty());
        assertEquals(OptionalDouble.of(523.45), NvidiaSmi.parseWatts(" 523.45 "));
        assertTrue(NvidiaSmi.parseWatts("[Not Supported]").isEmpty());
        assertEquals("0", NvidiaSmi.deviceIndex(Map.of()));
        assertEquals("GPU-5f2c", NvidiaSmi.deviceIndex(Map.of("CUDA_VISIBLE_DEVICES", "GPU-5f2c,GPU-77aa")));
    }

    @Test
    void samplesInstantPowerWhereTheDriverHasIt() {
        CommandRunner oldDriver = command -> command.get(1).equals("--query-gpu=power.draw.instant")
                ? Optional.empty() : Optional.of("350.10\n");
        assertEquals(Optional.of("power.draw"), new NvidiaSmi(oldDriver, "0").powerField());
        CommandRunner newDriver = command -> Optional.of("351.00\n");
        assertEquals(Optional.of("power.draw.instant"), new NvidiaSmi(newDriver, "0").powerField());
        CommandRunner noPower = command -> Optional.of("[N/A]\n");
        assertTrue(new NvidiaSmi(noPower, "0").powerField().isEmpty());
        assertEquals(List.of("nvidia-smi", "--query-gpu=power.draw", "--format=csv,noheader,nounits", "-lms", "100",
                "-i", "1"), new NvidiaSmi(noPower, "1").samplingCommand("power.draw"));
    }

    @Test
    void averagesPowerOverAWindowOnly() {
        PowerSampler s = PowerSampler.none();
        assertFalse(s.isSampling());
        PowerSampler window = PowerSampler.recording();
        window.add(100, 100);
        window.add(200, 300);
        window.add(300, 500);
        window.add(400, 700);
        assertEquals(OptionalDouble.of(500), window.averageWatts(200, 400));
        assertTrue(window.averageWatts(350, 400).isEmpty(), "fewer than three samples is no average");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void readsPowerFromARunningProcess() throws Exception {
        long from = System.nanoTime();
        try (PowerSampler s = PowerSampler.start(List.of("sh", "-c", "for i in 1 2 3 4 5; do echo 250.5; done"))) {
            s.awaitEndOfOutput();
            assertTrue(s.isSampling());
            assertEquals(250.5, s.averageWatts(from, System.nanoTime()).orElseThrow(), 1e-9);
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aCommandThatHangsIsKilledAtItsTimeout() throws Exception {
        CommandRunner runner = CommandRunner.system(Duration.ofMillis(300));
        assertEquals(Optional.of("ok\n"), runner.run(List.of("sh", "-c", "echo ok")));
        assertEquals(Optional.empty(), runner.run(List.of("sh", "-c", "exit 3")));
        assertEquals(Optional.empty(), runner.run(List.of("no-such-command-here")));
        assertEquals(Optional.empty(), runner.run(List.of("sleep", "600")), "killed, not its empty output");
        // the runner returned; the command it gave up on must not outlive it (it would sleep for ten minutes)
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            if (child.info().command().orElse("").endsWith("sleep")) {
                child.onExit().get(60, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void recognisesOutOfMemory() {
        assertTrue(Failures.isOutOfMemory(new OutOfMemoryError("Cannot reserve 4294967296 bytes of direct buffer memory")));
        assertTrue(Failures.isOutOfMemory(new RuntimeException("wrapped", new IllegalStateException(
                "CUDA failure 2: out of memory ; GPU=0"))));
        assertTrue(Failures.isOutOfMemory(new IllegalStateException("[ONNXRuntimeError] : 6 : RUNTIME_EXCEPTION : "
                + "Exception during initialization: std::bad_alloc")));
        assertFalse(Failures.isOutOfMemory(new IllegalStateException("Invalid model. Node input 'w' is not a graph input")));
        assertEquals("Failed to allocate memory for requested buffer of size 1024", Failures.firstLine(
                new IllegalStateException("Error code - ORT_FAIL - message: Non-zero status code returned while running "
                        + "Expand node. Name:'' Status Message: /onnxruntime_src/onnxruntime/core/framework/bfc_arena.cc:359 "
                        + "void* onnxruntime::BFCArena::AllocateRawInternal(size_t, bool, onnxruntime::Stream*) "
                        + "Failed to allocate memory for requested buffer of size 1024")));
    }

    @Test
    void aNativeLibraryThatDoesNotLoadIsExplainedByItsInnermostCause() {
        // the chain ONNX Runtime 1.29 gives when -Donnxruntime.native.path names a folder without the library
        Throwable failure = new ExceptionInInitializerError(new RuntimeException("Failed to load onnx-runtime library",
                new java.io.IOException("Native library 'onnxruntime' not found at /opt/none/libonnxruntime.so")));
        assertEquals("Native library 'onnxruntime' not found at /opt/none/libonnxruntime.so",
                Failures.firstLine(Failures.rootCause(failure)));
        Throwable alone = new UnsatisfiedLinkError("no onnxruntime in java.library.path");
        assertEquals("no onnxruntime in java.library.path", Failures.firstLine(Failures.rootCause(alone)));
    }
}

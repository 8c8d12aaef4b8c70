package com.tokenfactory.benchmark;

import com.tokenfactory.benchmark.graph.BenchGraph;
import com.tokenfactory.benchmark.graph.Precision;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.DeviceInfo;
import com.tokenfactory.core.calibration.ExpertGemms;
import com.tokenfactory.core.calibration.RunOutcome;
import com.tokenfactory.core.calibration.ShapeMeasurement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routed-expert shapes the planner sizes, and what the report makes of them on a GPU's roofline. */
class ExpertShapesTest {
    private static final long GIB = 1L << 30;
    /** An 80 GB card with about 79 GiB free, 60% of it for one shape (as {@link PiecesTest}). */
    private static final long H100_BUDGET = (long) (79 * GIB * 0.6);
    /** An H100 at compute efficiency 0.7 and memory efficiency 0.8: a ridge point of 258 FLOP a byte. */
    private static final double DENSE_FLOPS = 989e12 * 0.7;
    private static final double DENSE_BYTES = 3.35e12 * 0.8;

    private static List<ShapeSpec> h100Experts() {
        return ShapePlanner.plan(true, Precision.FP16, H100_BUDGET, false).stream()
                .filter(s -> s.family() == ShapeSpec.Family.EXPERT_LAYERS).toList();
    }

    @Test
    void anH100HoldsAboutOneGibOfExpertsInEachShape() {
        List<ShapeSpec> experts = h100Experts();
        // per layer: 512 MiB ÷ (3·D·F fp16 values) experts, at most 128, over the 2 layers
        assertEquals(List.of(56, 14, 6, 2, 56, 14, 6, 2, 14, 14),
                experts.stream().map(ShapeSpec::experts).toList());
        long weights = 0;
        for (ShapeSpec s : experts) {
            long w = s.graph(Precision.FP16).weightBytes();
            assertTrue(w > 0.93 * GIB && w <= GIB, s.name() + " holds " + w);
            weights += w;
        }
        long all = ShapePlanner.plan(true, Precision.FP16, H100_BUDGET, false).stream()
                .mapToLong(s -> s.graph(Precision.FP16).weightBytes()).sum();
        assertEquals(9.75, weights / (double) GIB, 0.01);
        assertEquals(28.27, all / (double) GIB, 0.01, "the whole run's generated weights (docs/benchmark.md)");
    }

    @Test
    void aCpuWithLittleMemoryDropsTheLargestExperts() {
        List<ShapeSpec> shapes = ShapePlanner.plan(false, Precision.FP32, 100L << 20, false);
        List<String> experts = shapes.stream().filter(s -> s.family() == ShapeSpec.Family.EXPERT_LAYERS)
                .map(ShapeSpec::name).toList();
        // 25 MiB of weights: 11 of Qwen3-30B's quartered experts a layer, 2 of Qwen3-235B's, none of the larger
        assertEquals(List.of("experts-0.29M-m64", "experts-1.2M-m64", "experts-0.29M-m256", "experts-1.2M-m256",
                "experts-1.2M-m16", "experts-1.2M-m4"), experts);
        assertEquals(15, shapes.size());
    }

    /**
     * The planned H100 shapes timed with the roofline at these rates, the experts' math at 0.8 · P ÷ (P + 20M) of the
     * dense rate: at 2,048 tokens every size is clearly bound by its math and the curve comes back; at 256 tokens no
     * shape can be (its FLOPs a byte cannot exceed 256), and the curve comes back from FLOPs over time, saying so.
     */
    @Test
    void onAnH100BothCurvesComeBackTheOneAt256TokensNearTheRidge() {
        List<ShapeMeasurement> measured = new ArrayList<>();
        for (ShapeSpec s : h100Experts()) {
            BenchGraph g = s.graph(Precision.FP16);
            double p = s.expertShape().paramsPerExpert();
            double gemms = 0;
            for (var o : g.operators()) {
                double share = 0.8 * p / (p + 20e6);
                gemms += o.operator().equals("weights")
                        ? Math.max(o.flops() / (DENSE_FLOPS * share), o.bytes() / DENSE_BYTES)
                        : Math.max(o.flops() / DENSE_FLOPS, o.bytes() / DENSE_BYTES);
            }
            double ms = 0.02 + gemms * 1e3;
            measured.add(new ShapeMeasurement(s.name(), s.kind(), s.role(), s.dimensions(), g.flops(), g.bytesMoved(),
                    s.tokens(), ms, ms * 1.05, 20, 300, null, null, g.operators(), s.expertShape()));
        }
        BenchmarkRun run = new BenchmarkRun(new DeviceInfo("NVIDIA H100 80GB HBM3", DeviceInfo.CUDA, 85_520_809_984L,
                700.0, null), "fp16", "ONNX Runtime 1.29.0", LocalDate.of(2026, 12, 8), RunOutcome.COMPLETED, null,
                measured, List.of());
        ExpertGemms e = ExpertGemms.of(run, DENSE_FLOPS, DENSE_BYTES, 0.02).orElseThrow();

        assertEquals(List.of(ExpertGemms.Bound.NEAR_THE_RIDGE), e.points().subList(0, 4).stream()
                .map(ExpertGemms.Point::bound).distinct().toList(), "256 tokens an expert");
        assertEquals(List.of(ExpertGemms.Bound.MATH), e.points().subList(4, 8).stream()
                .map(ExpertGemms.Point::bound).distinct().toList(), "2,048 tokens an expert");
        assertEquals(ExpertGemms.Bound.READS, e.points().get(9).bound(), "16 tokens an expert");
        assertEquals(2, e.curves().size());
        ExpertGemms.SizeCurve at256 = e.curves().get(0);
        ExpertGemms.SizeCurve at2048 = e.curves().get(1);
        assertEquals(256, at256.tokensPerExpert());
        assertTrue(at256.nearTheRidge());
        assertEquals(20e6, at256.halfSpeedParams(), 20e6 * 0.03);
        assertEquals(2048, at2048.tokensPerExpert());
        assertTrue(!at2048.nearTheRidge());
        assertEquals(20e6, at2048.halfSpeedParams(), 20e6 * 0.03);
        assertEquals(1.0, e.readShares().get(0), 1e-9);
    }
}

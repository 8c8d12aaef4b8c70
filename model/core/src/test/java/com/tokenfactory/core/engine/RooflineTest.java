package com.tokenfactory.core.engine;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.result.Bound;
import com.tokenfactory.core.result.ThroughputEstimate;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RooflineTest {
    private static final Assumptions A = Assumptions.defaults();
    private static final Efficiencies DEFAULT = new Efficiencies(A.computeEfficiency(), A.memoryEfficiency(),
            A.stepOverheadMs(), A.computeBoundPowerFraction(), A.memoryBoundPowerFraction(), A.idlePowerFraction(), "test");
    private static final ModelShape LLAMA_70B_FP8 = new ModelShape("Llama 3.1 70B", 70.6, 70.6, 80, 8192, 64, 8,
            131_072, 1, 1);
    private static final ModelShape LLAMA_405B_BF16 = new ModelShape("Llama 3.1 405B", 405, 405, 126, 16_384, 128, 8,
            131_072, 2, 2);
    private static final ModelShape MOE = new ModelShape("MoE 400B/17B", 400, 17, 48, 5120, 40, 8, 131_072, 1, 1);

    private static InferenceService service(ModelShape m, LatencyClass latency) {
        return new InferenceService("s", "S", new DemandCurve.Growth(YearMonth.of(2026, 1), 1, 0), 2000, 400, m,
                latency, 1, null, new TreeSet<>(), 1, null);
    }

    @Test
    void seventyBillionFp8OnH100SplitsOverGpusToMakeRoomForTheKvCache() {
        ThroughputEstimate e = Roofline.estimate(service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE), BuiltInCatalog.H100,
                DEFAULT, A);
        assertTrue(e.fits());
        assertTrue(e.tensorParallel() >= 2, "70.6 GB of weights leave almost no KV room on one 72 GB (usable) GPU");
        assertTrue(e.meetsLatency());
        assertTrue(e.stepMs() <= 40.0);
        assertTrue(e.decodeBatch() > 8 && e.decodeBatch() <= 256);
        // a plausible range for an H100 (input and output tokens together)
        assertTrue(e.tokensPerSecondPerGpu() > 1000 && e.tokensPerSecondPerGpu() < 50_000, "" + e);
        assertEquals(Bound.MEMORY, e.bound());
    }

    @Test
    void aModelLargerThanTheScaleUpDomainDoesNotFit() {
        // 405B × 2 bytes = 810 GB > 8 × 80 GB × 0.9
        ThroughputEstimate h100 = Roofline.estimate(service(LLAMA_405B_BF16, LatencyClass.STANDARD), BuiltInCatalog.H100,
                DEFAULT, A);
        assertFalse(h100.fits());
        assertEquals(0.0, h100.tokensPerSecondPerGpu());
        // an NVL72 rack holds it
        assertTrue(Roofline.estimate(service(LLAMA_405B_BF16, LatencyClass.STANDARD), BuiltInCatalog.GB200, DEFAULT, A)
                .fits());
    }

    @Test
    void looserLatencyNeverShrinksTheBatchOrThroughput() {
        ThroughputEstimate fast = Roofline.estimate(service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE), BuiltInCatalog.H200,
                DEFAULT, A);
        ThroughputEstimate slow = Roofline.estimate(service(LLAMA_70B_FP8, LatencyClass.BATCH), BuiltInCatalog.H200,
                DEFAULT, A);
        assertTrue(slow.decodeBatch() * slow.tensorParallel() >= fast.decodeBatch() * fast.tensorParallel() / 8);
        assertTrue(slow.tokensPerSecondPerGpu() >= fast.tokensPerSecondPerGpu());
    }

    @Test
    void mixtureOfExpertsOutservesADenseModelOfTheSameSize() {
        ModelShape dense = new ModelShape("Dense 400B", 400, 400, 48, 5120, 40, 8, 131_072, 1, 1);
        double moe = Roofline.estimate(service(MOE, LatencyClass.STANDARD), BuiltInCatalog.B200, DEFAULT, A)
                .tokensPerSecondPerGpu();
        double d = Roofline.estimate(service(dense, LatencyClass.STANDARD), BuiltInCatalog.B200, DEFAULT, A)
                .tokensPerSecondPerGpu();
        assertTrue(moe > 3 * d, "moe " + moe + " dense " + d);
    }

    @Test
    void betterMemoryEfficiencyRaisesMemoryBoundThroughput() {
        Efficiencies better = new Efficiencies(0.65, 0.95, 0, 1, 0.75, 0.3, "test");
        InferenceService s = service(LLAMA_70B_FP8, LatencyClass.STANDARD);
        assertTrue(Roofline.estimate(s, BuiltInCatalog.H100, better, A).tokensPerSecondPerGpu()
                > Roofline.estimate(s, BuiltInCatalog.H100, DEFAULT, A).tokensPerSecondPerGpu());
    }

    @Test
    void anUnreachableLatencyTargetStillServesAtBatchOneAndSaysSo() {
        Efficiencies slowOverhead = new Efficiencies(0.65, 0.8, 100, 1, 0.75, 0.3, "test");
        ThroughputEstimate e = Roofline.estimate(service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE), BuiltInCatalog.H100,
                slowOverhead, A);
        assertFalse(e.meetsLatency());
        assertTrue(e.tokensPerSecondPerGpu() > 0);
    }

    @Test
    void tensorParallelCandidatesArePowersOfTwoAndTheWholeDomain() {
        assertArrayEquals(new int[]{1, 2, 4, 8}, Roofline.tensorParallelCandidates(8));
        assertArrayEquals(new int[]{1, 2, 4, 8, 16, 32, 64, 72}, Roofline.tensorParallelCandidates(72));
    }
}

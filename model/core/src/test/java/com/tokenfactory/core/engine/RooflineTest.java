package com.tokenfactory.core.engine;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.catalog.KnownModels;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.ServingHardware;
import com.tokenfactory.core.plan.ServingOptions;
import com.tokenfactory.core.result.Bound;
import com.tokenfactory.core.result.Limit;
import com.tokenfactory.core.result.ThroughputEstimate;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RooflineTest {
    private static final Assumptions A = Assumptions.defaults();
    private static final Efficiencies DEFAULT = efficiencies(A.computeEfficiency(), A.memoryEfficiency(),
            A.stepOverheadMs(), Collectives.LATENCY_US.value());
    /** 400B total, 17B active, 48 layers, hidden 5,120, 128 experts, one per token, FP8 (Llama 4 Maverick's shape). */
    private static final ModelShape MOE_400B = new ModelShape("MoE", 400, 17, 48, 5120, 40, 8, 131_072, 1, 1,
            new ModelServingShape(1, 1, 128));
    private static final ModelShape LLAMA_70B_FP8 = new ModelShape("Llama 3.1 70B", 70.6, 70.6, 80, 8192, 64, 8,
            131_072, 1, 1);
    private static final ModelShape LLAMA_405B_BF16 = new ModelShape("Llama 3.1 405B", 405, 405, 126, 16_384, 128, 8,
            131_072, 2, 2);
    private static final ModelShape MOE = new ModelShape("MoE 400B/17B", 400, 17, 48, 5120, 40, 8, 131_072, 1, 1);

    /** The given efficiencies, overhead (ms) and collective latency (µs); the plan defaults' power fractions,
     *  host time per sequence, expert efficiency and FP4 efficiency, and the engine's fixed time per MoE layer. */
    private static Efficiencies efficiencies(double compute, double memory, double stepOverheadMs,
                                             double collectiveLatencyUs) {
        return new Efficiencies(compute, memory, stepOverheadMs, A.computeBoundPowerFraction(),
                A.memoryBoundPowerFraction(), A.idlePowerFraction(), collectiveLatencyUs, A.sequenceOverheadUs(),
                A.expertEfficiency(), A.fp4Efficiency(), ReplicaPass.MOE_LAYER_US.value(),
                ReplicaPass.EXPERT_READ_EFFICIENCY.value(), "test");
    }

    private static InferenceService service(ModelShape m, LatencyClass latency) {
        return service(m, latency, 2000, 400, ServingOptions.DEFAULT);
    }

    private static InferenceService service(ModelShape m, LatencyClass latency, double in, double out,
                                            ServingOptions options) {
        return new InferenceService("s", "S", new DemandCurve.Growth(YearMonth.of(2026, 1), 1, 0), in, out, m,
                latency, null, new TreeSet<>(), 1, null, false, 1, 1, 1, options);
    }

    private static ThroughputEstimate on(HardwareSku sku, InferenceService s) {
        return Roofline.estimate(s, sku, DEFAULT, A);
    }

    @Test
    void seventyBillionFp8OnH100MeetsItsTargetsAndSaysWhatBoundIt() {
        ThroughputEstimate e = on(BuiltInCatalog.H100, service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE));
        assertTrue(e.fits());
        assertTrue(e.tensorParallel() >= 2, "70.6 GB of weights leave almost no KV room on one 72 GB (usable) GPU");
        assertTrue(e.meetsLatency() && e.tpotMs() <= 40.0, "" + e);
        assertTrue(e.meetsTtft() && e.ttftMs() <= 450.0, "" + e);
        assertTrue(e.communicationMs() > 0, "split over NVLink costs all-reduces");
        assertEquals("FP8", e.precision());
        assertTrue(e.outputTokensPerSecondPerGpu() > 200 && e.outputTokensPerSecondPerGpu() < 10_000, "" + e);
        // 2,000 prompt tokens per 400 output tokens
        assertEquals(5.0, e.inputTokensPerSecondPerGpu() / e.outputTokensPerSecondPerGpu(), 1e-9);
        assertTrue(e.limit() == Limit.LATENCY || e.limit() == Limit.COMPUTE, "" + e.limit());
    }

    @Test
    void theLatencyClassChangesThroughputWhenDecodeDominates() {
        // a long generation (16,000 tokens after a 100-token prompt): every step reads GBs of KV cache. Reading a
        // full MI300X (0.9 × 192 GB at 0.8 × 5.3 TB/s) takes 41 ms, so the 40 ms target stops an interactive batch
        // while a batch job fills the memory. (An H100 or H200 reads its whole HBM in 27–33 ms.)
        InferenceService fast = service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE, 100, 16_000, ServingOptions.DEFAULT);
        InferenceService slow = service(LLAMA_70B_FP8, LatencyClass.BATCH, 100, 16_000, ServingOptions.DEFAULT);
        ThroughputEstimate f = on(BuiltInCatalog.MI300X, fast);
        ThroughputEstimate s = on(BuiltInCatalog.MI300X, slow);
        assertEquals(Limit.LATENCY, f.limit());
        assertEquals(Limit.KV_MEMORY, s.limit());
        assertTrue(s.outputTokensPerSecondPerGpu() > f.outputTokensPerSecondPerGpu(), f + "\n" + s);
        assertTrue(s.decodeBatch() / (double) s.tensorParallel() > f.decodeBatch() / (double) f.tensorParallel(),
                f + "\n" + s);
        // with prompts interleaved the step turns compute-bound first, and the tighter target still costs throughput
        InferenceService chatFast = service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE);
        InferenceService chatSlow = service(LLAMA_70B_FP8, LatencyClass.BATCH);
        assertTrue(on(BuiltInCatalog.H100, chatFast).tokensPerSecondPerGpu()
                < on(BuiltInCatalog.H100, chatSlow).tokensPerSecondPerGpu());
    }

    @Test
    void moreHbmServesMoreWhenTheKvCacheBinds() {
        // batch work on a long generation: KV memory, not latency, stops the batch; the H200's 141 GB buys throughput
        InferenceService s = service(LLAMA_70B_FP8, LatencyClass.BATCH, 100, 16_000, ServingOptions.DEFAULT);
        ThroughputEstimate h100 = on(BuiltInCatalog.H100, s);
        ThroughputEstimate h200 = on(BuiltInCatalog.H200, s);
        assertTrue(h200.outputTokensPerSecondPerGpu() > 1.3 * h100.outputTokensPerSecondPerGpu(), h100 + "\n" + h200);
    }

    @Test
    void aServingSoftwareBatchLimitBindsOnlyWhenSet() {
        InferenceService s = service(LLAMA_70B_FP8, LatencyClass.BATCH, 200, 1000, ServingOptions.DEFAULT);
        Assumptions limited = ReferencePlanAccess.withMaxDecodeBatch(A, 16);
        ThroughputEstimate capped = Roofline.estimate(s, BuiltInCatalog.H200, DEFAULT, limited);
        assertEquals(Limit.BATCH_LIMIT, capped.limit());
        assertTrue(capped.decodeBatch() <= 16);
        assertTrue(on(BuiltInCatalog.H200, s).decodeBatch() > 16);
    }

    @Test
    void aModelLargerThanTheScaleUpDomainIsPipelinedOverSeveral() {
        // 405B × 2 bytes = 810 GB > 8 × 80 GB × 0.9: two HGX H100 servers, one pipeline stage each
        ThroughputEstimate h100 = on(BuiltInCatalog.H100, service(LLAMA_405B_BF16, LatencyClass.STANDARD));
        assertTrue(h100.fits());
        assertTrue(h100.pipelineStages() >= 2, "" + h100);
        assertEquals(8, h100.tensorParallel());
        // an NVL72 rack holds it in one domain
        assertEquals(1, on(BuiltInCatalog.GB200, service(LLAMA_405B_BF16, LatencyClass.STANDARD)).pipelineStages());
    }

    @Test
    void fp4MathRunsAtTheFp4PeakWhereTheGpuHasItAndAtFp8Elsewhere() {
        ModelShape w4a4 = new ModelShape("70B NVFP4", 70.6, 70.6, 80, 8192, 64, 8, 131_072, 0.5, 1,
                new ModelServingShape(0.5, 1));
        ModelShape w4a8 = new ModelShape("70B W4A8", 70.6, 70.6, 80, 8192, 64, 8, 131_072, 0.5, 1, null);
        InferenceService prefillHeavy = service(w4a4, LatencyClass.BATCH, 8000, 200, ServingOptions.DEFAULT);
        assertEquals("FP4", on(BuiltInCatalog.B200, prefillHeavy).precision());
        assertEquals("FP8", on(BuiltInCatalog.H100, prefillHeavy).precision());
        assertEquals("FP8", on(BuiltInCatalog.B200, service(w4a8, LatencyClass.BATCH)).precision());
        assertEquals(9000e12, BuiltInCatalog.B200.peakFlopsFor(0.5));
        assertEquals(1979e12, BuiltInCatalog.H100.peakFlopsFor(0.5));
        // compute-bound prefill-heavy work gains from FP4 math on the same GPU, at most the peaks' 2× times the FP4
        // efficiency (attention stays FP8)
        double fp4 = on(BuiltInCatalog.B200, prefillHeavy).tokensPerSecondPerGpu();
        double fp8 = on(BuiltInCatalog.B200, service(w4a8, LatencyClass.BATCH, 8000, 200, ServingOptions.DEFAULT))
                .tokensPerSecondPerGpu();
        assertTrue(fp4 > 1.1 * fp8 && fp4 < 2 * A.fp4Efficiency() * fp8, fp4 + " vs " + fp8);
    }

    @Test
    void blockScaledFp4StoredWithItsScalesStillComputesInFp4() {
        // NVFP4 stores 4.5 bits (an FP8 scale per 16 values), MXFP4 4.25, MXFP6 6.25: storage, not the math's width
        assertEquals(9000e12, BuiltInCatalog.B200.peakFlopsFor(4.5 / 8));
        assertEquals(9000e12, BuiltInCatalog.B200.peakFlopsFor(4.25 / 8));
        assertEquals(4500e12, BuiltInCatalog.B200.peakFlopsFor(6.25 / 8));
        assertEquals(4500e12, BuiltInCatalog.B200.peakFlopsFor(8.25 / 8));
        assertEquals(2250e12, BuiltInCatalog.B200.peakFlopsFor(2.0));
    }

    /**
     * A prefill-only pass by hand, per operator: 1,000 prompt tokens of a dense 8B W4A4 model with FP8 KV on one
     * B200 at η_c 0.5, FP4 efficiency 0.6 and η_m 0.8, no overhead. Weights, FP4 GEMMs at 0.5 × 0.6 of the FP4 peak:
     * max(2·8e9·1000 / (9000e12·0.5·0.6), 4e9 / (8e12·0.8)) = max(5.926 ms, 0.625 ms). Attention (prompt of 1,000,
     * none cached: 4·32·500·4096 per token) computes at FP8, 4,500 TFLOP/s, not FP4, so the FP4 efficiency does not
     * slow it: 1000·2.6214e8 / (4500e12·0.5) = 0.1165 ms; it reads no KV of decoding sequences.
     */
    @Test
    void eachOperatorRunsAtItsOwnRooflineFp4GemmsAtTheFp4EfficiencyAndAttentionNeverInFp4() {
        ModelShape m = new ModelShape("8B NVFP4", 8, 8, 32, 4096, 32, 8, 131_072, 0.5, 1,
                new ModelServingShape(0.5, 1));
        InferenceService s = service(m, LatencyClass.BATCH, 1000, 100, ServingOptions.DEFAULT);
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 0.6, 0.0, 1.0, "test");
        ReplicaPass pass = new ReplicaPass(s, BuiltInCatalog.B200, eff, Collectives.of(BuiltInCatalog.B200, 0.0), 1,
                1);
        double weights = Math.max(2 * 8e9 * 1000 / (9000e12 * 0.5 * 0.6), 4e9 / (8e12 * 0.8));
        double attention = 1000 * 4.0 * 32 * 500 * 4096 / (4500e12 * 0.5);
        assertEquals(weights + attention, pass.seconds(0, 1000), 1e-12);
        // the same model computing in FP8 (on an H100) is not slowed by the FP4 efficiency
        ReplicaPass h100 = new ReplicaPass(s, BuiltInCatalog.H100, eff, Collectives.of(BuiltInCatalog.H100, 0.0), 1,
                1);
        assertEquals(Math.max(2 * 8e9 * 1000 / (1979e12 * 0.5), 4e9 / (3.35e12 * 0.8))
                + 1000 * 4.0 * 32 * 500 * 4096 / (1979e12 * 0.5), h100.seconds(0, 1000), 1e-12);
    }

    /**
     * The decoders' attention and the prompts' attention are two kernels, one after the other, so a long prompt's math
     * does not hide under the decoders' KV reads. An 8B FP8 model on one H100 (η_c 0.5, η_m 0.8, no overhead), 64
     * sequences decoding over a mean live length of 8,000 + 1,000/2 = 8,500 tokens, plus 8,000 prompt tokens:
     * weights max(2·8e9·8064 / (1979e12·0.5), 8e9 / (3.35e12·0.8)) = 130.4 ms; the decoders' attention
     * max(64·4·32·8500·4096 / (1979e12·0.5), 64·(2·32·8·128)·8500 / (3.35e12·0.8)) = 13.3 ms (their reads);
     * the prompt's 8000·4·32·(8000 − 4000)·4096 / (1979e12·0.5) = 17.0 ms. The pass is the sum, 160.7 ms — not
     * the 147.6 ms of one attention operator (weights + the larger of all attention math, 17.2 ms, and the KV
     * reads).
     */
    @Test
    void theDecodersAttentionAndThePromptsAttentionAreTwoKernels() {
        ModelShape m = new ModelShape("8B FP8", 8, 8, 32, 4096, 32, 8, 131_072, 1, 1);
        InferenceService s = service(m, LatencyClass.BATCH, 8000, 1000, ServingOptions.DEFAULT);
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        ReplicaPass pass = new ReplicaPass(s, BuiltInCatalog.H100, eff, Collectives.of(BuiltInCatalog.H100, 0.0), 1,
                1);
        double weights = Math.max(2 * 8e9 * 8064 / (1979e12 * 0.5), 8e9 / (3.35e12 * 0.8));
        double decoders = Math.max(64 * 4.0 * 32 * 8500 * 4096 / (1979e12 * 0.5),
                64 * 2.0 * 32 * 8 * 128 * 8500 / (3.35e12 * 0.8));
        double prompt = 8000 * 4.0 * 32 * 4000 * 4096 / (1979e12 * 0.5);
        assertEquals(0.1304, weights, 1e-4);
        assertEquals(0.0133, decoders, 1e-4);
        assertEquals(0.0170, prompt, 1e-4);
        assertEquals(weights + decoders + prompt, pass.seconds(64, 8000), 1e-12);
    }

    /**
     * A model that states a head wider than hidden ÷ heads (Qwen3-235B-A22B: 64 heads of 128 on a hidden size of
     * 4,096, 4 KV heads, 94 layers) has twice the attention math and KV cache the hidden size says: width 8,192,
     * KV 2·94·4·128 = 96,256 bytes a token in FP8 — and its prompt tokens' attention (1,000-token prompts,
     * 4·94·500·width FLOPs each) costs twice as long.
     */
    @Test
    void aStatedWiderHeadWidensAttentionsMathAndItsKvCache() {
        ModelShape unstated = new ModelShape("Qwen3", 235, 22, 94, 4096, 64, 4, null, 32_768, 1, 1,
                new ModelServingShape(1, 8, 128));
        ModelShape stated = new ModelShape("Qwen3", 235, 22, 94, 4096, 64, 4, 128, 32_768, 1, 1,
                new ModelServingShape(1, 8, 128));
        assertEquals(4096, unstated.attentionWidth());
        assertEquals(8192, stated.attentionWidth());
        assertEquals(96_256, stated.kvBytesPerToken());
        assertEquals(2 * unstated.kvBytesPerToken(), stated.kvBytesPerToken());
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        Collectives net = Collectives.of(BuiltInCatalog.H100, 0.0);
        double narrow = new ReplicaPass(service(unstated, LatencyClass.BATCH, 1000, 100, ServingOptions.DEFAULT),
                BuiltInCatalog.H100, eff, net, 1, 1).prefillSecondsPerToken();
        double wide = new ReplicaPass(service(stated, LatencyClass.BATCH, 1000, 100, ServingOptions.DEFAULT),
                BuiltInCatalog.H100, eff, net, 1, 1).prefillSecondsPerToken();
        assertEquals(4.0 * 94 * 500 * 4096 / (1979e12 * 0.5), wide - narrow, 1e-15);
    }

    /**
     * A mixture of experts splits its weights into the non-expert part each GPU reads whole and the routed experts,
     * each at its own roofline: the experts' math slowed by the expert efficiency, their weight reads by the expert
     * read efficiency. 400B total, 17B active, 128 experts, one per token, FP8, one H100, 100 decoding sequences (2
     * prompt + 96 output tokens each), η_c 0.5, η_m 0.8, expert efficiency 0.25, expert read efficiency 0.7: per
     * expert e = 383/127 B, shared S = 17 − e. Shared: max(2·S·1e9·100 / (1979e12·0.5), S·1e9 / (3.35e12·0.8)).
     * Experts: max(2·e·1e9·100 / (1979e12·0.5·0.25), 128e·1e9·(1 − (127/128)^100) / (3.35e12·0.8·0.7)) — the reads,
     * 112 ms against 2.4 ms of math.
     */
    @Test
    void routedExpertsRunAtTheirOwnRooflineSlowedByTheExpertEfficiencies() {
        ModelShape moe = MOE_400B;
        InferenceService s = service(moe, LatencyClass.BATCH, 2, 96, ServingOptions.DEFAULT);
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 0.7, "test");
        ReplicaPass pass = new ReplicaPass(s, BuiltInCatalog.H100, eff, Collectives.of(BuiltInCatalog.H100, 0.0), 1,
                1);
        double e = 383.0 / 127;
        double shared = 17 - e;
        double sharedSeconds = Math.max(2 * shared * 1e9 * 100 / (1979e12 * 0.5), shared * 1e9 / (3.35e12 * 0.8));
        double expertSeconds = Math.max(2 * e * 1e9 * 100 / (1979e12 * 0.5 * 0.25),
                128 * e * 1e9 * (1 - Math.pow(127.0 / 128, 100)) / (3.35e12 * 0.8 * 0.7));
        assertEquals(0.112, expertSeconds, 0.001);
        // attention over the mean live length, 2 + 96/2 tokens: FP8 math, and the KV of 2·48·8·128 bytes a token
        double attention = Math.max(100 * 4.0 * 48 * 50 * 5120 / (1979e12 * 0.5),
                100 * 2.0 * 48 * 8 * 128 * 50 / (3.35e12 * 0.8));
        assertEquals(sharedSeconds + expertSeconds + attention, pass.seconds(100, 0), 1e-12);
    }

    /**
     * Each layer of a mixture of experts adds a fixed time to the pass, whatever the batch: at 100 µs, the 48-layer
     * model's pass takes 48 × 100 µs = 4.8 ms longer at one sequence and at 100; a dense model's pass is unchanged.
     */
    @Test
    void eachMixtureOfExpertsLayerAddsAFixedTimeToThePass() {
        Efficiencies without = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        Efficiencies with = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 100.0, 1.0, "test");
        Collectives net = Collectives.of(BuiltInCatalog.H100, 0.0);
        InferenceService moe = service(MOE_400B, LatencyClass.BATCH, 2, 96, ServingOptions.DEFAULT);
        for (int b : new int[]{1, 100}) {
            assertEquals(48 * 100e-6, new ReplicaPass(moe, BuiltInCatalog.H100, with, net, 1, 1).seconds(b, 0)
                    - new ReplicaPass(moe, BuiltInCatalog.H100, without, net, 1, 1).seconds(b, 0), 1e-12);
        }
        InferenceService dense = service(LLAMA_70B_FP8, LatencyClass.BATCH, 2, 96, ServingOptions.DEFAULT);
        assertEquals(new ReplicaPass(dense, BuiltInCatalog.H100, without, net, 1, 1).seconds(100, 0),
                new ReplicaPass(dense, BuiltInCatalog.H100, with, net, 1, 1).seconds(100, 0), 1e-15);
    }

    /**
     * A chunked layer attends only within its token's aligned chunk. A 4-layer model, 3 layers chunked at 1,000
     * tokens, 2,500-token prompts and 1,000 output tokens: a decoded token (positions 2,500–3,500) sees 3,000 keys on
     * average in the global layer and 500 in each chunked one (750 over 2,500–3,000, 250 over 3,000–3,500), so
     * 3,000 + 3 × 500 = 4,500 token-layers, not 4 × 3,000 = 12,000; a prompt token (0–2,500) 1,250 and 450
     * ((1,000 × 500 + 1,000 × 500 + 500 × 250) / 2,500), so 1,250 + 3 × 450 = 2,600, not 5,000. The decoders read
     * that much KV a step but hold their whole context's.
     */
    @Test
    void aChunkedLayerAttendsOnlyWithinItsChunkButHoldsTheWholeContext() {
        ModelShape chunked = new ModelShape("chunked", 1, 1, 4, 1024, 8, 8, 131_072, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 3, 1000));
        ModelShape global = new ModelShape("global", 1, 1, 4, 1024, 8, 8, 131_072, 1, 1);
        assertEquals(4500, chunked.attendedTokenLayers(2500, 3500), 1e-9);
        assertEquals(12_000, global.attendedTokenLayers(2500, 3500), 1e-9);
        assertEquals(2600, chunked.attendedTokenLayers(0, 2500), 1e-9);
        assertEquals(5000, global.attendedTokenLayers(0, 2500), 1e-9);
        // with 500 of the prompt's tokens cached, the computed ones sit at 500–2,500: 1,500 in the global layer, and
        // (500 × 750 + 1,000 × 500 + 500 × 250) / 2,000 = 500 in each chunked one
        assertEquals(1500 + 3 * 500, chunked.attendedTokenLayers(500, 2500), 1e-9);
        // a chunk as long as the context chunks nothing
        ModelShape wholeChunk = new ModelShape("chunked", 1, 1, 4, 1024, 8, 8, 8192, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 3, 8192));
        ModelShape short8k = new ModelShape("global", 1, 1, 4, 1024, 8, 8, 8192, 1, 1);
        assertEquals(short8k.attendedTokenLayers(4000, 12_000), wholeChunk.attendedTokenLayers(4000, 12_000), 1e-9);
        ReplicaPass c = passOnOneH100(chunked, 2500, 1000);
        ReplicaPass g = passOnOneH100(global, 2500, 1000);
        assertEquals(g.kvPerSequence, c.kvPerSequence);
        // 100 sequences read (12,000 − 4,500) token-layers × 2 · 8 heads · 128 · 1 byte less KV
        assertEquals(100 * 7500 * 2.0 * 8 * 128 / (3.35e12 * 0.8), g.memorySeconds(100, 0) - c.memorySeconds(100, 0),
                1e-12);
    }

    /**
     * A sliding-window layer attends to, and holds, only the last window's tokens. A 4-layer model, 2 layers with a
     * window of 1,000 tokens, 2,500-token prompts and 1,000 output tokens: a decoded token (positions 2,500–3,500)
     * sees 3,000 keys on average in each global layer and 1,000 in each sliding one, so 2 × 3,000 + 2 × 1,000 = 8,000
     * token-layers, not 12,000; a prompt token (0–2,500) 1,250 and (1,000²/2 + 1,000 × 1,500) / 2,500 = 800, so
     * 2 × 1,250 + 2 × 800 = 4,100, not 5,000. A decoding sequence holds 8,000 token-layers at its mean live length
     * (12,000 without the window), a whole request 2 × 3,500 + 2 × 1,000 = 9,000 (14,000), a finished prompt
     * 2 × 2,500 + 2 × 1,000 = 7,000 (10,000).
     */
    @Test
    void aSlidingWindowLayerAttendsToAndHoldsOnlyItsWindow() {
        ModelShape sliding = new ModelShape("sliding", 1, 1, 4, 1024, 8, 8, 131_072, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 0, 0, 2, 1000));
        ModelShape global = new ModelShape("global", 1, 1, 4, 1024, 8, 8, 131_072, 1, 1);
        assertEquals(8000, sliding.attendedTokenLayers(2500, 3500), 1e-9);
        assertEquals(4100, sliding.attendedTokenLayers(0, 2500), 1e-9);
        assertEquals(8000, sliding.heldTokenLayers(2500, 3500), 1e-9);
        assertEquals(12_000, global.heldTokenLayers(2500, 3500), 1e-9);
        assertEquals(9000, sliding.heldTokenLayers(3500, 3500), 1e-9);
        assertEquals(7000, sliding.heldTokenLayers(2500, 2500), 1e-9);
        // before the window fills it changes nothing; a window as long as the context is no window
        assertEquals(global.attendedTokenLayers(0, 500), sliding.attendedTokenLayers(0, 500), 1e-9);
        ModelShape wholeWindow = new ModelShape("sliding", 1, 1, 4, 1024, 8, 8, 8192, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 0, 0, 2, 8192));
        ModelShape short8k = new ModelShape("global", 1, 1, 4, 1024, 8, 8, 8192, 1, 1);
        assertEquals(short8k.heldTokenLayers(4000, 12_000), wholeWindow.heldTokenLayers(4000, 12_000), 1e-9);
        ReplicaPass s = passOnOneH100(sliding, 2500, 1000);
        ReplicaPass g = passOnOneH100(global, 2500, 1000);
        // 2 · 8 KV heads · 128 · 1 byte = 2,048 bytes a token-layer
        assertEquals(8000 * 2048.0, s.kvPerSequence, 1e-6);
        assertEquals(12_000 * 2048.0, g.kvPerSequence, 1e-6);
        assertEquals(9000 * 2048.0, s.kvPerWholeRequest, 1e-6);
        assertEquals(100 * 4000 * 2048.0 / (3.35e12 * 0.8), g.memorySeconds(100, 0) - s.memorySeconds(100, 0),
                1e-12);
    }

    /**
     * Chunked and sliding layers in one model read and hold differently. 4 layers — 1 global, 1 chunked at 1,000
     * tokens, 2 sliding at 1,000 — decoding over positions 2,500–3,500: each decoded token reads 3,000 + 500 +
     * 2 × 1,000 = 5,500 token-layers; the sequence holds 3,000 + 3,000 (the chunked layer keeps its whole context) +
     * 2 × 1,000 = 8,000. Positions past the context still slide: over 0–20,000 with a context of 8,192, a sliding layer
     * averages (1,000²/2 + 1,000 × 19,000) / 20,000 = 975 keys, a global one 8,192.
     */
    @Test
    void chunkedAndSlidingLayersReadAndHoldTheirOwnTokens() {
        ModelShape mixed = new ModelShape("mixed", 1, 1, 4, 1024, 8, 8, 131_072, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 1, 1000, 2, 1000));
        assertEquals(5500, mixed.attendedTokenLayers(2500, 3500), 1e-9);
        assertEquals(8000, mixed.heldTokenLayers(2500, 3500), 1e-9);
        ReplicaPass pass = passOnOneH100(mixed, 2500, 1000);
        assertEquals(8000 * 2048.0, pass.kvPerSequence, 1e-6);
        ModelShape short8k = new ModelShape("sliding", 1, 1, 4, 1024, 8, 8, 8192, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 0, 0, 2, 1000));
        assertEquals(2 * 8192 + 2 * 975, short8k.attendedTokenLayers(0, 20_000), 1e-9);
    }

    /**
     * Routed experts stored at their own precision. The 400B mixture of experts (17B active, 128 experts, 1 per token)
     * splits into S = 17 − 383/127 = 13.98B shared and 386.02B routed parameters. With FP8 weights but NVFP4 experts
     * (0.5625 bytes) it stores 13.98 + 386.02 × 0.5625 = 231.1 GB, not 400, and a step reads its experts at that
     * precision. With FP4 activations the experts' math runs at B200's FP4 peak (9,000 TFLOP/s × 0.5) while the rest
     * stays at FP8 (4,500 × 0.5): a prompt token's 2 × 3.016B expert FLOPs take 6.03e9 ÷ 4.5e15 = 1.34 µs less than
     * at FP8.
     */
    @Test
    void routedExpertsAtTheirOwnPrecisionStoreReadAndComputeAtIt() {
        double shared = 17 - 383.0 / 127;
        ModelShape fp4Experts = new ModelShape("MoE", 400, 17, 48, 5120, 40, 8, 131_072, 1, 1,
                new ModelServingShape(0.5, 1, 128, 0, 0, 0, 0, 0, 0.5625));
        ModelShape fp8Experts = new ModelShape("MoE", 400, 17, 48, 5120, 40, 8, 131_072, 1, 1,
                new ModelServingShape(0.5, 1, 128));
        assertEquals(shared, fp4Experts.sharedParamsBillions(), 1e-12);
        assertEquals(1e9 * (shared + (400 - shared) * 0.5625), fp4Experts.weightBytes(), 1e-3);
        assertEquals(400e9, fp8Experts.weightBytes(), 1e-3);
        assertEquals(1.0, fp4Experts.mathBytesPerValue());
        assertEquals(0.5625, fp4Experts.expertMathBytesPerValue());
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        Collectives net = Collectives.of(BuiltInCatalog.B200, 0.0);
        ReplicaPass fp4 = new ReplicaPass(service(fp4Experts, LatencyClass.BATCH, 1000, 100, ServingOptions.DEFAULT),
                BuiltInCatalog.B200, eff, net, 1, 1);
        ReplicaPass fp8 = new ReplicaPass(service(fp8Experts, LatencyClass.BATCH, 1000, 100, ServingOptions.DEFAULT),
                BuiltInCatalog.B200, eff, net, 1, 1);
        double expertFlops = 2 * (17 - shared) * 1e9;
        assertEquals(expertFlops * (1 / 2.25e15 - 1 / 4.5e15),
                fp8.prefillSecondsPerToken() - fp4.prefillSecondsPerToken(), 1e-15);
        // at one sequence a step reads one expert's 383/127 = 3.016B weights: 0.4375 bytes each fewer in NVFP4
        assertEquals(383e9 / 127 * (1 - 0.5625) / (8e12 * 0.8), fp8.memorySeconds(1, 0) - fp4.memorySeconds(1, 0),
                1e-12);
        // a compute-bound pass of 1,000 prompt tokens: the same 1.34 µs a token, 1.34 ms in all
        assertEquals(1000 * expertFlops * (1 / 2.25e15 - 1 / 4.5e15),
                fp8.computeSeconds(0, 1000) - fp4.computeSeconds(0, 1000), 1e-12);
        assertEquals("FP8 / FP4", Roofline.mathPrecision(fp4Experts, BuiltInCatalog.B200));
        assertEquals("FP8", Roofline.mathPrecision(fp8Experts, BuiltInCatalog.B200));
        // over 8 GPUs each holds the 13.98B shared weights whole (1 byte each) and an eighth of the experts
        ReplicaPass eight = new ReplicaPass(service(fp4Experts, LatencyClass.BATCH, 1000, 100,
                ServingOptions.DEFAULT), BuiltInCatalog.B200, eff, net, 8, 1);
        assertEquals(8 * 180e9 * 0.9 - 1e9 * (shared + (400 - shared) * 0.5625) - 7 * shared * 1e9,
                eight.freeBytes(0.9, 180e9), 1e-3);
    }

    /**
     * The experts' precision needs the experts stated (they split the weights); a dense model has none, and ignores
     * it.
     */
    @Test
    void theExpertsPrecisionNeedsTheExpertsAndADenseModelIgnoresIt() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> new ModelShape("MoE", 400, 17, 48,
                5120, 40, 8, 131_072, 1, 1, new ModelServingShape(0.5, 1, 0, 0, 0, 0, 0, 0, 0.5625)));
        assertEquals("serving.expertWeightBytesPerParam", e.field());
        ModelShape dense = new ModelShape("Llama 3.1 70B", 70.6, 70.6, 80, 8192, 64, 8, 131_072, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 0, 0, 0, 0, 0.5625));
        assertEquals(LLAMA_70B_FP8.weightBytes(), dense.weightBytes());
        assertEquals(1.0, dense.expertMathBytesPerValue());
        InvalidPlanException range = assertThrows(InvalidPlanException.class,
                () -> new ModelServingShape(1, 1, 128, 0, 0, 0, 0, 0, 8));
        assertEquals("must be 0 (the model's weight precision) or between 0.125 and 4 (was 8.0)", range.detail());
    }

    /** A replica of one H100 for a batch service of the model, at round efficiencies and no fixed costs. */
    private static ReplicaPass passOnOneH100(ModelShape model, double in, double out) {
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        return new ReplicaPass(service(model, LatencyClass.BATCH, in, out, ServingOptions.DEFAULT),
                BuiltInCatalog.H100, eff, Collectives.of(BuiltInCatalog.H100, 0.0), 1, 1);
    }

    /**
     * Latent attention (DeepSeek-V3's MLA) caches one latent per token and layer for every head. A 4-layer model with
     * 8 heads of 192 (128 + a 64-value positional part), a 512-value latent and FP8 KV: a token holds 4 × (512 + 64) =
     * 2,304 bytes, not the 2 · 4 · 8 · 192 = 12,288 of 8 KV heads of that size; a decoded token spends
     * 8 · 2 · (2 · 512 + 64) = 17,408 FLOPs on a key (scores over latent + positional key, values over the latent)
     * against 4 · 8 · 192 = 6,144, a prompt token 6,144 either way. With 2,500-token prompts and 1,000 output tokens a
     * decoding sequence sees 4 × 3,000 = 12,000 token-layers and holds 12,000 × 576 = 6,912,000 bytes. Split over two
     * GPUs (tensor parallelism) the one latent sits on both: 13,824,000 bytes, and 100 sequences' KV reads take as
     * long on the two GPUs as on one. A mixture of experts runs attention data-parallel: one copy.
     */
    @Test
    void latentAttentionCachesOneLatentForEveryHeadAndScoresItInEach() {
        ModelShape latent = new ModelShape("latent", 1, 1, 4, 1024, 8, 1, 192, 131_072, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 0, 0, 0, 0, 0.0, 512, 64));
        ModelShape grouped = new ModelShape("grouped", 1, 1, 4, 1024, 8, 8, 192, 131_072, 1, 1, null);
        assertEquals(2304, latent.kvBytesPerToken(), 1e-9);
        assertEquals(12_288, grouped.kvBytesPerToken(), 1e-9);
        assertEquals(17_408, latent.decodeAttentionFlopsPerKey(), 1e-9);
        assertEquals(6144, grouped.decodeAttentionFlopsPerKey(), 1e-9);
        assertEquals(6144, latent.promptAttentionFlopsPerKey(), 1e-9);
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        Collectives net = Collectives.of(BuiltInCatalog.H100, 0.0);
        InferenceService s = service(latent, LatencyClass.BATCH, 2500, 1000, ServingOptions.DEFAULT);
        ReplicaPass one = new ReplicaPass(s, BuiltInCatalog.H100, eff, net, 1, 1);
        ReplicaPass two = new ReplicaPass(s, BuiltInCatalog.H100, eff, net, 2, 1);
        assertEquals(6_912_000, one.kvPerSequence, 1e-6);
        assertEquals(13_824_000, two.kvPerSequence, 1e-6);
        double bandwidth = BuiltInCatalog.H100.hbmBytesPerSecond() * 0.8;
        assertEquals(100 * 6_912_000 / bandwidth, two.memorySeconds(100, 0) - 1e9 / (2 * bandwidth), 1e-12);
        ModelShape latentMoe = new ModelShape("latent MoE", 2, 1, 4, 1024, 8, 1, 192, 131_072, 1, 1,
                new ModelServingShape(1, 1, 0, 0, 0, 0, 0, 0, 0.0, 512, 64));
        assertEquals(1.0, ReplicaPass.kvCopies(latentMoe, 8, true));
        assertEquals(8.0, ReplicaPass.kvCopies(latentMoe, 8, false));
        assertEquals(2.0, ReplicaPass.kvCopies(new ModelShape("grouped", 1, 1, 4, 1024, 8, 2, 131_072, 1, 1), 4,
                false));
    }

    /**
     * A mixture of experts whose attention is split over its GPUs by heads (vLLM's and SGLang's default) holds a latent
     * on every GPU and reads its non-expert weights once between them; data-parallel attention holds each sequence's
     * latent once and reads the non-expert weights whole on every GPU. A 4-layer latent model of 2.5B parameters, 1B
     * active: 16 routed experts of (2.5 − 1) ÷ (16 − 1) = 0.1B, 1 per token, and 1 − 0.1 = 0.9B shared, over 4 GPUs:
     * 2,500-token prompts and 1,000 outputs hold 12,000 × 576 = 6,912,000 bytes a sequence data-parallel and 4 × that
     * split; the shared weights take 4 × 0.9 GB of the replica's memory data-parallel and 0.9 GB split.
     */
    @Test
    void splittingAMixtureOfExpertsAttentionCopiesTheLatentAndSharesTheWeights() {
        ModelShape latentMoe = new ModelShape("latent MoE", 2.5, 1, 4, 1024, 8, 1, 192, 131_072, 1, 1,
                new ModelServingShape(1, 1, 16, 0, 0, 0, 0, 0, 0.0, 512, 64));
        assertEquals(0.9, latentMoe.sharedParamsBillions(), 1e-12);
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 10.0, 0.25, 1.0, 0.0, 1.0, "test");
        Collectives net = Collectives.of(BuiltInCatalog.H100, 0.0);
        ReplicaPass dp = new ReplicaPass(service(latentMoe, LatencyClass.BATCH, 2500, 1000, ServingOptions.DEFAULT),
                BuiltInCatalog.H100, eff, net, 4, 1);
        ReplicaPass split = new ReplicaPass(service(latentMoe, LatencyClass.BATCH, 2500, 1000,
                new ServingOptions(false, 0, 0, 1, true)), BuiltInCatalog.H100, eff, net, 4, 1);
        assertEquals(6_912_000, dp.kvPerSequence, 1e-6);
        assertEquals(4 * 6_912_000, split.kvPerSequence, 1e-6);
        assertEquals(3 * 0.9e9, split.freeBytes(0.9, 80e9) - dp.freeBytes(0.9, 80e9), 1e-3);
        // one scheduler walks all 100 sequences (10 µs each) instead of four walking 25
        assertEquals(1e-3, split.schedulerSeconds(100), 1e-12);
        assertEquals(0.25e-3, dp.schedulerSeconds(100), 1e-12);
    }

    /**
     * A routed expert computes at the expert efficiency times P ÷ (P + 23M) over the same for Qwen3-235B-A22B's expert
     * (213B routed parameters ÷ 120 experts ÷ 94 layers = 18.88M, 0.4509): Qwen3-235B itself ×1, Qwen3-30B-A3B
     * (27B ÷ 120 ÷ 48 = 4.69M: 0.1693) ×0.375, Mixtral 8x7B's 8 experts of 176M in 32 layers (0.8845) ×1.96; a dense
     * model ×1.
     */
    @Test
    void largerExpertsComputeFasterThanTheReferenceSmallerSlower() {
        double ref = 213e9 / 120 / 94;
        assertEquals(ref, ReplicaPass.REFERENCE_EXPERT_PARAMS, 1e-3);
        double f = ref / (ref + 23e6);
        assertEquals(1.0, ReplicaPass.expertSizeFactor(KnownModels.QWEN3_235B.shape()), 1e-12);
        ModelShape qwen30 = new ModelShape("Qwen3-30B-A3B", 30, 3, 48, 2048, 32, 4, 128, 131_072, 1, 1,
                new ModelServingShape(1, 8, 128));
        double p30 = 27e9 / 120 / 48;
        assertEquals(p30, qwen30.paramsPerRoutedExpertLayer(), 1e-3);
        assertEquals((p30 / (p30 + 23e6)) / f, ReplicaPass.expertSizeFactor(qwen30), 1e-12);
        assertEquals(0.375, ReplicaPass.expertSizeFactor(qwen30), 0.001);
        ModelShape mixtral = new ModelShape("Mixtral 8x7B", 46.7, 12.9, 32, 4096, 32, 8, 32_768, 1, 1,
                new ModelServingShape(1, 2, 8));
        double pm = (46.7 - 12.9) * 1e9 / 6 / 32;
        assertEquals((pm / (pm + 23e6)) / f, ReplicaPass.expertSizeFactor(mixtral), 1e-12);
        assertEquals(1.96, ReplicaPass.expertSizeFactor(mixtral), 0.01);
        assertEquals(1.0, ReplicaPass.expertSizeFactor(LLAMA_70B_FP8));
    }

    /**
     * A latent needs its positional key, one KV head and a stated query/key head larger than that key; each refusal
     * names its field.
     */
    @Test
    void latentAttentionRefusesWhatItCannotMean() {
        InvalidPlanException rope = assertThrows(InvalidPlanException.class,
                () -> new ModelServingShape(1, 1, 0, 0, 0, 0, 0, 0, 0.0, 512, 0));
        assertEquals("latentRopeDim", rope.field());
        ModelServingShape mla = new ModelServingShape(1, 1, 0, 0, 0, 0, 0, 0, 0.0, 512, 64);
        InvalidPlanException heads = assertThrows(InvalidPlanException.class,
                () -> new ModelShape("m", 1, 1, 4, 1024, 8, 8, 192, 131_072, 1, 1, mla));
        assertEquals("kvHeads", heads.field());
        InvalidPlanException head = assertThrows(InvalidPlanException.class,
                () -> new ModelShape("m", 1, 1, 4, 1024, 8, 1, null, 131_072, 1, 1, mla));
        assertEquals("headDim", head.field());
        assertTrue(head.getMessage().contains("was not stated"), head.getMessage());
    }

    /**
     * Only the layers that route to experts pay a MoE layer's costs: with 24 of its 48 layers MoE (Llama 4
     * Maverick's interleave), the 400B model's fixed time is 24 × 100 µs = 2.4 ms, not 4.8 ms, and its expert
     * exchange over 8 GPUs half the every-layer figure; its dense layers run data-parallel and exchange nothing.
     */
    @Test
    void onlyTheLayersThatRouteToExpertsPayTheMoeLayersCosts() {
        Efficiencies without = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        Efficiencies with = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 100.0, 1.0, "test");
        Collectives net = Collectives.of(BuiltInCatalog.H100, 0.0);
        ModelShape interleaved = new ModelShape("MoE", 400, 17, 48, 5120, 40, 8, 131_072, 1, 1,
                new ModelServingShape(1, 1, 128, 24));
        assertEquals(24, interleaved.moeLayers());
        assertEquals(48, MOE_400B.moeLayers());
        assertEquals(0, LLAMA_70B_FP8.moeLayers());
        InferenceService half = service(interleaved, LatencyClass.BATCH, 2, 96, ServingOptions.DEFAULT);
        InferenceService every = service(MOE_400B, LatencyClass.BATCH, 2, 96, ServingOptions.DEFAULT);
        assertEquals(24 * 100e-6, new ReplicaPass(half, BuiltInCatalog.H100, with, net, 1, 1).seconds(100, 0)
                - new ReplicaPass(half, BuiltInCatalog.H100, without, net, 1, 1).seconds(100, 0), 1e-12);
        for (boolean gathered : new boolean[]{false, true}) {
            double all = new ReplicaPass(every, BuiltInCatalog.H100, without, net, 8, 1, gathered)
                    .communicationSeconds(100, 0);
            assertEquals(all / 2, new ReplicaPass(half, BuiltInCatalog.H100, without, net, 8, 1, gathered)
                    .communicationSeconds(100, 0), 1e-15);
        }
    }

    /**
     * Host time per sequence per step: a dense replica's one scheduler walks all its sequences; a mixture of experts'
     * attention-data-parallel GPUs each walk their own at once. At 20 µs a sequence, 100 sequences cost a dense
     * replica 2 ms a step whatever its tensor parallelism, and a mixture of experts on 4 GPUs 0.5 ms.
     */
    @Test
    void eachSchedulerSpendsHostTimeOnItsOwnSequences() {
        Efficiencies with = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 20.0, 0.25, 1.0, 0.0, 1.0, "test");
        Efficiencies without = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 0.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        ModelShape moe = MOE_400B;
        for (ModelShape m : new ModelShape[]{LLAMA_70B_FP8, moe}) {
            InferenceService s = service(m, LatencyClass.BATCH, 1000, 100, ServingOptions.DEFAULT);
            Collectives net = Collectives.of(BuiltInCatalog.H100, 0.0);
            double extra = new ReplicaPass(s, BuiltInCatalog.H100, with, net, 4, 1).seconds(100, 0)
                    - new ReplicaPass(s, BuiltInCatalog.H100, without, net, 4, 1).seconds(100, 0);
            assertEquals(m == moe ? 0.5e-3 : 2e-3, extra, 1e-12, m.name());
        }
    }

    /**
     * A mixture of experts' token exchange by hand: 100 decoding tokens of a 48-layer model (hidden 5,120, 128
     * experts, one per token, FP8 activations) over 8 H100s (NVLink 900 GB/s both ways = 450e9 B/s one way), 10 µs a
     * collective. All-to-all, per layer: a dispatch of each GPU's 100/8 tokens × 1 expert × 5,120 values in FP8 and a
     * combine of their results in BF16, (10 µs + 7/8 · 64,000 / 450e9) + (10 µs + 7/8 · 128,000 / 450e9). Gathered
     * (TensorRT-LLM's CUTLASS MoE under attention data parallelism): an all-gather of all 100 tokens in FP8 and a
     * reduce-scatter of the results in BF16, (10 µs + 7/8 · 512,000 / 450e9) + (10 µs + 7/8 · 1,024,000 / 450e9).
     * Times 48 layers.
     */
    @Test
    void gatheredExpertsMoveEveryTokenToEveryGpuWhereAllToAllMovesOnlyEachTokensExperts() {
        ModelShape moe = MOE_400B;
        InferenceService s = service(moe, LatencyClass.BATCH, 2, 96, ServingOptions.DEFAULT);
        Efficiencies eff = new Efficiencies(0.5, 0.8, 0.0, 1.0, 0.75, 0.3, 10.0, 0.0, 0.25, 1.0, 0.0, 1.0, "test");
        Collectives net = Collectives.of(BuiltInCatalog.H100, 10.0);
        double allToAll = 48 * ((10e-6 + 7.0 / 8 * 100.0 / 8 * 5120 / 450e9)
                + (10e-6 + 7.0 / 8 * 100.0 / 8 * 5120 * 2 / 450e9));
        double gathered = 48 * ((10e-6 + 7.0 / 8 * 100 * 5120 / 450e9) + (10e-6 + 7.0 / 8 * 100 * 5120 * 2 / 450e9));
        assertEquals(allToAll, new ReplicaPass(s, BuiltInCatalog.H100, eff, net, 8, 1).communicationSeconds(100, 0),
                1e-12);
        assertEquals(gathered, new ReplicaPass(s, BuiltInCatalog.H100, eff, net, 8, 1, true)
                .communicationSeconds(100, 0), 1e-12);
        // a dense model's all-reduces do not change
        InferenceService dense = service(LLAMA_70B_FP8, LatencyClass.BATCH, 2, 96, ServingOptions.DEFAULT);
        assertEquals(new ReplicaPass(dense, BuiltInCatalog.H100, eff, net, 8, 1).communicationSeconds(100, 0),
                new ReplicaPass(dense, BuiltInCatalog.H100, eff, net, 8, 1, true).communicationSeconds(100, 0));
    }

    /**
     * A dense model's all-reduces by hand: 100 tokens of Llama 3.1 70B (80 layers, hidden 8,192) over 4 H100s, 10 µs a
     * collective. The row-parallel GEMMs' outputs are reduced in BF16 whatever precision the GEMMs compute in, so FP8
     * weights and activations move 2 bytes a value: per layer 2·(10 µs + 2·3/4 · 100 · 8,192 · 2 / 450e9).
     */
    @Test
    void denseAllReducesMoveBf16HiddenStatesWhateverTheGemmsPrecision() {
        Efficiencies eff = efficiencies(0.5, 0.8, 0.0, 10.0);
        Collectives net = Collectives.of(BuiltInCatalog.H100, 10.0);
        double expected = 80 * 2 * (10e-6 + 2 * 3.0 / 4 * 100 * 8192 * 2 / 450e9);
        InferenceService fp8 = service(LLAMA_70B_FP8, LatencyClass.BATCH, 2, 96, ServingOptions.DEFAULT);
        assertEquals(expected, new ReplicaPass(fp8, BuiltInCatalog.H100, eff, net, 4, 1).communicationSeconds(100, 0),
                1e-12);
    }

    @Test
    void tensorParallelCommunicationCostsTimeFromTheScaleUpBandwidth() {
        HardwareSku noLink = withServing(BuiltInCatalog.H100, ServingHardware.NONE);
        InferenceService s = service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE);
        ThroughputEstimate free = on(noLink, s);
        ThroughputEstimate costed = on(BuiltInCatalog.H100, s);
        assertEquals(0.0, free.communicationMs());
        assertTrue(costed.communicationMs() > 0);
        assertTrue(costed.tokensPerSecondPerGpu() < free.tokensPerSecondPerGpu());
        // the ring all-reduce by hand: 2 per layer of tokens × 8,192 × 1 byte, 2(n−1)/n over 450 GB/s, plus latency
        Collectives net = Collectives.of(BuiltInCatalog.H100, 10.0);
        assertEquals(10e-6 + 2.0 * 7 / 8 * 1e6 / 450e9, net.allReduceSeconds(1e6, 8), 1e-15);
    }

    @Test
    void mixtureOfExpertsSpreadsItsExpertsAndOutservesADenseModelOfTheSameSize() {
        ModelShape dense = new ModelShape("Dense 400B", 400, 400, 48, 5120, 40, 8, 131_072, 1, 1);
        ThroughputEstimate moe = on(BuiltInCatalog.B200, service(MOE, LatencyClass.STANDARD));
        ThroughputEstimate d = on(BuiltInCatalog.B200, service(dense, LatencyClass.STANDARD));
        assertTrue(moe.tokensPerSecondPerGpu() > 3 * d.tokensPerSecondPerGpu(), moe + "\n" + d);
        assertEquals(moe.tensorParallel(), moe.expertParallel());
        assertEquals(1, d.expertParallel());
    }

    @Test
    void prefixCachingSkipsPrefillWork() {
        InferenceService plain = service(LLAMA_70B_FP8, LatencyClass.STANDARD, 8000, 300, ServingOptions.DEFAULT);
        InferenceService cached = service(LLAMA_70B_FP8, LatencyClass.STANDARD, 8000, 300,
                new ServingOptions(false, 0.75, 0, 1));
        assertTrue(on(BuiltInCatalog.H200, cached).tokensPerSecondPerGpu()
                > 1.5 * on(BuiltInCatalog.H200, plain).tokensPerSecondPerGpu());
    }

    @Test
    void speculativeDecodingPaysWhenMemoryBoundAndCostsWhenComputeBound() {
        ServingOptions eagle = new ServingOptions(false, 0, 3, 2.5);
        // memory-bound long generation: verifying 4 tokens per sequence costs little, 2.5 are kept
        ThroughputEstimate p = on(BuiltInCatalog.H200, service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE, 100, 16_000,
                ServingOptions.DEFAULT));
        ThroughputEstimate s = on(BuiltInCatalog.H200, service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE, 100, 16_000,
                eagle));
        assertEquals(s.stepMs() / 2.5, s.tpotMs(), 1e-9);
        assertTrue(s.outputTokensPerSecondPerGpu() > 1.3 * p.outputTokensPerSecondPerGpu(), p + "\n" + s);
        // compute-bound (short requests, so a large batch and little KV cache to read): the rejected drafts are
        // wasted FLOPs. (With long contexts the fewer steps also save KV reads and per-step overhead, which can
        // outweigh them.)
        ThroughputEstimate cp = on(BuiltInCatalog.H200, service(LLAMA_70B_FP8, LatencyClass.BATCH, 200, 50,
                ServingOptions.DEFAULT));
        ThroughputEstimate cs = on(BuiltInCatalog.H200, service(LLAMA_70B_FP8, LatencyClass.BATCH, 200, 50, eagle));
        assertEquals(Bound.COMPUTE, cp.bound());
        assertTrue(cs.outputTokensPerSecondPerGpu() < cp.outputTokensPerSecondPerGpu(), cp + "\n" + cs);
    }

    @Test
    void disaggregationSplitsThePoolAndKeepsPrefillOutOfTheDecodeStep() {
        InferenceService together = service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE);
        InferenceService apart = service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE, 2000, 400,
                new ServingOptions(true, 0, 0, 1));
        ThroughputEstimate t = on(BuiltInCatalog.H200, together);
        ThroughputEstimate d = on(BuiltInCatalog.H200, apart);
        assertEquals(0.0, t.prefillGpuShare());
        assertTrue(d.prefillGpuShare() > 0 && d.prefillGpuShare() < 1, "" + d);
        assertTrue(d.decodeBatch() > t.decodeBatch(), "decode steps without prefill chunks fit a larger batch");
        assertEquals(5.0, d.inputTokensPerSecondPerGpu() / d.outputTokensPerSecondPerGpu(), 1e-9);
    }

    @Test
    void anUnreachableLatencyTargetStillServesAtBatchOneAndSaysSo() {
        Efficiencies slowOverhead = efficiencies(0.65, 0.8, 100, 0);
        ThroughputEstimate e = Roofline.estimate(service(LLAMA_70B_FP8, LatencyClass.INTERACTIVE), BuiltInCatalog.H100,
                slowOverhead, A);
        assertFalse(e.meetsLatency());
        assertEquals(Limit.LATENCY, e.limit());
        assertTrue(e.tokensPerSecondPerGpu() > 0);
    }

    @Test
    void tensorParallelCandidatesArePowersOfTwoAndTheWholeDomain() {
        assertArrayEquals(new int[]{1, 2, 4, 8}, Roofline.tensorParallelCandidates(8));
        assertArrayEquals(new int[]{1, 2, 4, 8, 16, 32, 64, 72}, Roofline.tensorParallelCandidates(72));
    }

    private static HardwareSku withServing(HardwareSku s, ServingHardware serving) {
        return new HardwareSku(s.id(), s.name(), s.vendor(), s.bf16Tflops(), s.fp8Tflops(), s.hbmGb(), s.hbmTbps(),
                s.gpuWatts(), s.allInWattsPerGpu(), s.priceUsdPerGpu(), s.scaleUpGpus(), s.firstAvailable(),
                s.availabilitySource(), s.rentalUsdPerGpuHour(), serving);
    }

    /** Assumptions with one serving-software batch limit changed. */
    private static final class ReferencePlanAccess {
        static Assumptions withMaxDecodeBatch(Assumptions a, int limit) {
            return new Assumptions(a.discountRate(), a.bookLifeYears(), a.economicLifeYears(), a.facilityLifeYears(),
                    a.opexUsdPerMwYear(), a.softwareEfficiencyGainPerYear(), a.tokenPriceDeclinePerYear(),
                    a.hardwarePerfPerDollarGainPerYear(), a.hardwareEnergyEfficiencyGainPerYear(),
                    a.planningHeadroom(), a.trainingMfu(), a.idlePowerFraction(), a.computeBoundPowerFraction(),
                    a.memoryBoundPowerFraction(), a.usableHbmFraction(), limit, a.computeEfficiency(),
                    a.memoryEfficiency(), a.stepOverheadMs());
        }
    }
}

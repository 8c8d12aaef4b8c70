package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.result.Bound;
import com.tokenfactory.core.result.Limit;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.util.Arrays;

/**
 * Per-GPU throughput of an inference service on a SKU: the decode batch its latency targets and the GPU's memory
 * choose, with the prefill work scheduled into each step (see {@link ReplicaPass} for one pass's time).
 * <ul>
 *   <li><b>Chunked prefill</b> (Sarathi-Serve, Agrawal et al. OSDI 2024; vLLM, TensorRT-LLM and SGLang default to it):
 *       every request's prompt is prefilled in chunks riding on decode steps. With b sequences per microbatch each
 *       emitting a tokens per step and living out/a steps, b·a/out new requests start each step, so each step
 *       carries p = b·a·computedInput/out prefill tokens; the time per output token is pass(b, p)/a.</li>
 *   <li><b>Batch</b>: the largest b whose time per output token meets the latency class, whose KV cache fits the HBM
 *       left after the weights, and within the serving software's batch and per-step token limits where set. The
 *       limit that stopped it is reported ({@link Limit}); a compute-bound step reports {@link Limit#COMPUTE}.</li>
 *   <li><b>Time to first token</b>: a prompt's chunks ride on max(1, out/(b·a)) steps of its microbatch;
 *       disaggregated, it is the prompt's own prefill pass, its KV transfer and one decode step. Queueing is not
 *       included.</li>
 *   <li><b>Disaggregated</b> (Splitwise, DistServe): decode replicas run without prefill chunks; prefill replicas
 *       run compute-bound passes of {@link #PREFILL_PASS_TOKENS}; the engine sizes the prefill GPUs to the prompt
 *       tokens the decode GPUs' requests need, and per-GPU throughput counts both.</li>
 *   <li><b>Parallelism</b>: tensor (or, for mixture-of-experts, expert) parallel degrees of 1, 2, 4… and the whole
 *       scale-up domain are tried; the one that meets latency, then TTFT, with the most tokens per GPU wins. A model
 *       that fits no single domain is pipelined over the fewest domains that hold it (and twice that).</li>
 * </ul>
 * Per-GPU tokens/s: output = pp·b·a ÷ (pass × tp·pp); input = output × input/output tokens per request.
 */
public final class Roofline {
    /**
     * Tokens a prefill GPU group processes per pass when disaggregated: TensorRT-LLM's default max_num_tokens (8,192);
     * a longer prompt is one pass of its own.
     */
    static final int PREFILL_PASS_TOKENS = 8192;
    /**
     * Most scale-up domains one replica is pipelined over. Published multi-node serving recipes (vLLM, TensorRT-LLM,
     * SGLang) pipeline over 2–4 nodes; beyond 8 a model is taken not to fit the SKU.
     */
    public static final int MAX_PIPELINE_STAGES = 8;
    /** Upper bound of the batch search, sequences per microbatch. */
    private static final int MAX_MICROBATCH = 1 << 20;

    private Roofline() {
    }

    public static ThroughputEstimate estimate(InferenceService service, HardwareSku sku, Efficiencies eff, Assumptions a) {
        return estimate(service, sku, eff, ServingLimits.of(service.latency(), a), 0);
    }

    /**
     * The estimate under explicit limits; {@code maxTokensPerStep} caps decode plus prefill tokens per pass
     * (TensorRT-LLM max_num_tokens; 0 = none).
     */
    static ThroughputEstimate estimate(InferenceService service, HardwareSku sku, Efficiencies eff,
                                       ServingLimits limits, int maxTokensPerStep) {
        Collectives net = Collectives.of(sku, eff.collectiveLatencyUs());
        ThroughputEstimate best = null;
        for (int tp : tensorParallelCandidates(sku.scaleUpGpus())) {
            best = better(best, candidate(service, sku, eff, limits, maxTokensPerStep, net, tp, 1));
        }
        if (best == null) {
            int stages = fewestStages(service.model(), sku, limits.usableHbmFraction());
            for (int pp : new int[]{stages, Math.min(2 * stages, MAX_PIPELINE_STAGES)}) {
                if (pp > MAX_PIPELINE_STAGES) {
                    continue;
                }
                best = better(best, candidate(service, sku, eff, limits, maxTokensPerStep, net, sku.scaleUpGpus(), pp));
            }
        }
        return best != null ? best : ThroughputEstimate.doesNotFit(service.id(), sku.id());
    }

    /**
     * The estimate with the parallel layout given rather than chosen — for measurements taken at a stated tensor
     * parallelism and pipeline depth. Does-not-fit when that layout cannot hold the model.
     */
    static ThroughputEstimate estimateAt(InferenceService service, HardwareSku sku, Efficiencies eff,
                                         ServingLimits limits, int maxTokensPerStep, int tp, int pp) {
        ThroughputEstimate e = candidate(service, sku, eff, limits, maxTokensPerStep,
                Collectives.of(sku, eff.collectiveLatencyUs()), tp, pp);
        return e != null ? e : ThroughputEstimate.doesNotFit(service.id(), sku.id());
    }

    private static ThroughputEstimate candidate(InferenceService s, HardwareSku sku, Efficiencies eff,
                                                ServingLimits limits, int maxTokensPerStep, Collectives net, int tp,
                                                int pp) {
        ReplicaPass pass = new ReplicaPass(s, sku, eff, net, tp, pp, limits.gatheredExperts());
        double free = pass.freeBytes(limits.usableHbmFraction(), sku.hbmBytes());
        double kvBatch = Math.floor(free / (pp * (limits.kvForWholeRequest() ? pass.kvPerWholeRequest
                : pass.kvPerSequence)));
        if (kvBatch < 1) {
            return null;
        }
        boolean disaggregated = s.serving().disaggregated();
        double accepted = s.serving().acceptedTokensPerStep();
        double in = s.inputTokensPerRequest();
        double out = s.outputTokensPerRequest();
        double computedIn = in * (1.0 - s.serving().prefixCacheHitRate());
        // prefill tokens each step carries per decoding sequence (none on disaggregated decode GPUs)
        double prefillPerSequence = disaggregated ? 0.0 : accepted * computedIn / out;

        // the largest microbatch each limit allows, and which binds
        double cap = Math.min(kvBatch, MAX_MICROBATCH);
        Limit capLimit = Limit.KV_MEMORY;
        if (limits.maxBatch() > 0 && Math.floor((double) limits.maxBatch() / pp) < cap) {
            cap = Math.max(1, Math.floor((double) limits.maxBatch() / pp));
            capLimit = Limit.BATCH_LIMIT;
        }
        if (maxTokensPerStep > 0) {
            double byTokens = Math.floor(maxTokensPerStep / (pass.verifiedPerSequence + prefillPerSequence));
            if (byTokens < cap) {
                cap = Math.max(1, byTokens);
                capLimit = Limit.BATCH_LIMIT;
            }
        }
        double tpotTarget = limits.maxMsPerOutputToken() / 1000.0;
        int b = largestMicrobatch(pass, (int) cap, prefillPerSequence, accepted, tpotTarget);
        double p = b * prefillPerSequence;
        double step = pass.seconds(b, p);
        double tpot = step / accepted;
        boolean meets = tpot <= tpotTarget;
        boolean computeBound = pass.computeBound(b, p);
        Limit limit = !meets || (b < cap && !computeBound) ? Limit.LATENCY : computeBound ? Limit.COMPUTE : capLimit;

        double outputPerGpu = pp * b * accepted / (step * pass.gpus());
        double ttft;
        double prefillShare = 0.0;
        double power = busyPower(pass, b, p, eff);
        if (disaggregated) {
            double passTokens = Math.max(computedIn, PREFILL_PASS_TOKENS);
            double prefillPass = pass.seconds(0, passTokens);
            double prefillPerGpu = pp * passTokens / (prefillPass * pass.gpus());
            double prefillGpusPerDecodeGpu = outputPerGpu / out * computedIn / prefillPerGpu;
            prefillShare = prefillGpusPerDecodeGpu / (1.0 + prefillGpusPerDecodeGpu);
            outputPerGpu /= 1.0 + prefillGpusPerDecodeGpu;
            double kvTransfer = Collectives.scaleOutSeconds(s.model().kvBytesHeld(in, in), pass.gpus());
            ttft = pass.seconds(0, computedIn) + kvTransfer + step;
            power = prefillShare * busyPower(pass, 0, passTokens, eff) + (1 - prefillShare) * power;
        } else {
            ttft = Math.max(1.0, out / (b * accepted)) * step;
        }
        boolean meetsTtft = ttft * 1000.0 <= limits.maxMsToFirstToken();
        double inputPerGpu = outputPerGpu * in / out;
        ModelShape m = s.model();
        return new ThroughputEstimate(s.id(), sku.id(), true, tp, m.mixtureOfExperts() ? tp : 1, pp, pp * b,
                step * 1000.0, tpot * 1000.0, ttft * 1000.0, computeBound ? Bound.COMPUTE : Bound.MEMORY, limit,
                meets, meetsTtft, mathPrecision(m, sku),
                pass.communicationSeconds(b, p) * 1000.0, pass.prefillSecondsPerToken() * 1000.0,
                pass.kvPerSequence / 1e9, prefillShare, inputPerGpu, outputPerGpu, power);
    }

    /** Draw between the memory-bound and compute-bound fractions, by how busy the tensor cores are. */
    private static double busyPower(ReplicaPass pass, double b, double p, Efficiencies eff) {
        double c = pass.computeSeconds(b, p);
        double busy = Math.min(1.0, c / Math.max(c, pass.memorySeconds(b, p)));
        return eff.memoryBoundPowerFraction() + (eff.computeBoundPowerFraction() - eff.memoryBoundPowerFraction()) * busy;
    }

    /** Largest microbatch in [1, cap] whose time per output token meets the target; 1 when even that misses it. */
    private static int largestMicrobatch(ReplicaPass pass, int cap, double prefillPerSequence, double accepted,
                                         double target) {
        int lo = 1;
        int hi = cap;
        if (pass.seconds(1, prefillPerSequence) / accepted > target) {
            return 1;
        }
        while (lo < hi) {
            int mid = (int) (((long) lo + hi + 1) >>> 1);
            if (pass.seconds(mid, mid * prefillPerSequence) / accepted <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** First tries meeting the time per output token, then the time to first token, then most tokens per GPU. */
    private static ThroughputEstimate better(ThroughputEstimate best, ThroughputEstimate c) {
        if (c == null) {
            return best;
        }
        if (best == null) {
            return c;
        }
        if (c.meetsLatency() != best.meetsLatency()) {
            return c.meetsLatency() ? c : best;
        }
        if (c.meetsTtft() != best.meetsTtft()) {
            return c.meetsTtft() ? c : best;
        }
        return c.tokensPerSecondPerGpu() > best.tokensPerSecondPerGpu() ? c : best;
    }

    /** The precision the weight GEMMs run in, then the routed experts' where they run in another ("FP8 / FP4"). */
    static String mathPrecision(ModelShape m, HardwareSku sku) {
        String model = sku.mathPrecisionFor(m.mathBytesPerValue());
        String experts = sku.mathPrecisionFor(m.expertMathBytesPerValue());
        return experts.equals(model) ? model : model + " / " + experts;
    }

    /** Fewest whole scale-up domains whose usable HBM holds the weights with room for some KV cache. */
    static int fewestStages(ModelShape m, HardwareSku sku, double usableHbmFraction) {
        double perDomain = sku.scaleUpGpus() * sku.hbmBytes() * usableHbmFraction;
        return (int) Math.floor(m.weightBytes() / perDomain) + 1;
    }

    static int[] tensorParallelCandidates(int scaleUp) {
        int n = 0;
        int[] out = new int[32];
        for (int tp = 1; tp <= scaleUp; tp *= 2) {
            out[n++] = tp;
        }
        if (out[n - 1] != scaleUp) {
            out[n++] = scaleUp;
        }
        return Arrays.copyOf(out, n);
    }
}

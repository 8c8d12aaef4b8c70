package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.result.Bound;
import com.tokenfactory.core.result.ThroughputEstimate;

/**
 * Per-GPU throughput of an inference service on a SKU, from a roofline — the way GenZ, LLM-Viewer and llm-analysis
 * model it:
 * <ul>
 *   <li>weights (total parameters × bytes per weight) are split over {@code tp} GPUs of one scale-up domain; the KV
 *       cache of the decode batch must fit the memory left (usable HBM fraction × HBM × tp − weights);</li>
 *   <li>a decode step of batch B takes
 *       {@code max(B × (2·active + 4·layers·ctx·hidden) / (tp·peak·ηc), (weightsRead(B) + B·kvPerSeq) / (tp·bw·ηm)) + overhead},
 *       with ctx = min(context, input + output/2), the average live length while decoding, and
 *       weightsRead(B) = weights × (1 − (1 − active/total)^B) (all weights for dense models; for mixture-of-experts,
 *       the experts B tokens are likely to touch);</li>
 *   <li>B is the largest batch whose step meets the latency class's time per output token, within
 *       {@code maxDecodeBatch} and the KV-cache memory;</li>
 *   <li>prefill is compute-bound: {@code (2·active + 4·layers·(input/2)·hidden) / (tp·peak·ηc)} per prompt token;</li>
 *   <li>per-GPU tokens/s = (input + output) ÷ (tp × (input × prefill + output × step / B)).</li>
 * </ul>
 * The tensor-parallel degree is the one (a power of two, or the whole domain) that gives the most tokens per GPU while
 * meeting latency; a larger degree must be more than 1% better than a smaller one to be chosen. Tensor-parallel communication time is not modelled. Peak FLOP/s is FP8 when weights are stored in
 * one byte or less, else BF16.
 */
public final class Roofline {
    /** How much more throughput a larger tensor-parallel degree must bring to be chosen. */
    static final double LARGER_SPLIT_MARGIN = 0.01;
    private Roofline() {
    }

    public static ThroughputEstimate estimate(InferenceService service, HardwareSku sku, Efficiencies eff, Assumptions a) {
        ModelShape m = service.model();
        double in = service.inputTokensPerRequest();
        double out = service.outputTokensPerRequest();
        double weights = m.weightBytes();
        double usable = sku.hbmBytes() * a.usableHbmFraction();
        double ctx = Math.min(m.contextTokens(), in + out / 2.0);
        double kvPerSeq = m.kvBytesPerToken() * ctx;
        double peak = sku.peakFlopsFor(m.weightBytesPerParam()) * eff.computeEfficiency();
        double bw = sku.hbmBytesPerSecond() * eff.memoryEfficiency();
        double overhead = eff.stepOverheadMs() / 1000.0;
        double target = service.latency().maxMsPerOutputToken() / 1000.0;
        double activeFlops = 2.0 * m.activeParamsBillions() * 1e9;
        double decodeFlopsPerToken = activeFlops + 4.0 * m.layers() * ctx * m.hiddenSize();
        double prefillFlopsPerToken = activeFlops + 4.0 * m.layers() * (in / 2.0) * m.hiddenSize();

        ThroughputEstimate best = null;
        for (int tp : tensorParallelCandidates(sku.scaleUpGpus())) {
            double free = tp * usable - weights;
            if (free < kvPerSeq) {
                continue;
            }
            int maxBatch = (int) Math.min(a.maxDecodeBatch(), Math.floor(free / kvPerSeq));
            Step step = new Step(decodeFlopsPerToken, weights, m.activeFraction(), kvPerSeq, tp * peak, tp * bw, overhead);
            int batch = largestBatchWithin(step, maxBatch, target);
            double stepSeconds = step.seconds(batch);
            boolean meets = stepSeconds <= target;
            double prefillSeconds = prefillFlopsPerToken / (tp * peak);
            double prefillTime = in * prefillSeconds;
            double decodeTime = out * stepSeconds / batch;
            double tokensPerGpuSecond = (in + out) / (tp * (prefillTime + decodeTime));
            double prefillShare = prefillTime / (prefillTime + decodeTime);
            Bound bound = step.bound(batch);
            double decodePower = bound == Bound.COMPUTE ? eff.computeBoundPowerFraction() : eff.memoryBoundPowerFraction();
            double busyPower = prefillShare * eff.computeBoundPowerFraction() + (1 - prefillShare) * decodePower;
            ThroughputEstimate candidate = new ThroughputEstimate(service.id(), sku.id(), true, tp, batch,
                    stepSeconds * 1000.0, bound, meets, prefillSeconds * 1000.0, kvPerSeq / 1e9, tokensPerGpuSecond,
                    busyPower);
            if (best == null || better(candidate, best)) {
                best = candidate;
            }
        }
        return best != null ? best : ThroughputEstimate.doesNotFit(service.id(), sku.id());
    }

    /**
     * Whether candidate {@code a} (a larger tensor-parallel degree, candidates are tried in increasing order) beats
     * {@code b}. Splitting costs communication this roofline does not model, so a larger degree must be more than
     * 1% better; otherwise the smaller one stays.
     */
    private static boolean better(ThroughputEstimate a, ThroughputEstimate b) {
        if (a.meetsLatency() != b.meetsLatency()) {
            return a.meetsLatency();
        }
        return a.tokensPerSecondPerGpu() > b.tokensPerSecondPerGpu() * (1.0 + LARGER_SPLIT_MARGIN);
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
        return java.util.Arrays.copyOf(out, n);
    }

    /** Largest batch in [1, maxBatch] whose step meets the target; 1 when even that misses it. */
    private static int largestBatchWithin(Step step, int maxBatch, double target) {
        if (step.seconds(1) > target) {
            return 1;
        }
        int lo = 1;
        int hi = maxBatch;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (step.seconds(mid) <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** One decode step of a replica: compute and memory time as functions of the batch. */
    private record Step(double flopsPerToken, double weights, double activeFraction, double kvPerSeq,
                        double flopsPerSecond, double bytesPerSecond, double overhead) {
        double computeSeconds(int batch) {
            return batch * flopsPerToken / flopsPerSecond;
        }

        double memorySeconds(int batch) {
            double weightsRead = activeFraction >= 1.0 ? weights
                    : weights * (1.0 - Math.pow(1.0 - activeFraction, batch));
            return (weightsRead + batch * kvPerSeq) / bytesPerSecond;
        }

        double seconds(int batch) {
            return Math.max(computeSeconds(batch), memorySeconds(batch)) + overhead;
        }

        Bound bound(int batch) {
            return computeSeconds(batch) >= memorySeconds(batch) ? Bound.COMPUTE : Bound.MEMORY;
        }
    }
}

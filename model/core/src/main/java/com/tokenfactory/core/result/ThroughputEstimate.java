package com.tokenfactory.core.result;

/**
 * How the engine serves one inference service on one SKU, shown so the user can check the number.
 * Figures are at the plan start (before software-efficiency gains).
 *
 * @param fits                     whether the model fits the SKU at all (one scale-up domain, or several in pipeline)
 * @param tensorParallel           GPUs of one scale-up domain a model replica's layers are split over
 * @param expertParallel           GPUs a mixture-of-experts model's experts are spread over (1 for dense models)
 * @param pipelineStages           scale-up domains a replica spans, one pipeline stage each (1 when it fits one)
 * @param decodeBatch              sequences decoding together on one replica
 * @param stepMs                   one decode step, ms: compute or memory time, whichever is longer, plus the
 *                                 tensor-parallel communication and the fixed overhead (and, unless disaggregated,
 *                                 the prefill chunks interleaved into it)
 * @param tpotMs                   time per output token a user sees, ms (the step ÷ tokens accepted per step)
 * @param ttftMs                   time to the first token, ms (queueing not included)
 * @param bound                    whether the decode step is compute- or memory-bound
 * @param limit                    what stopped the batch from growing
 * @param meetsLatency             whether the time per output token meets the latency class
 * @param meetsTtft                whether the time to first token meets the latency class
 * @param precision                the precision the weight GEMMs run in ("FP4", "FP8", "BF16"...), then the routed
 *                                 experts' where they run in another ("FP8 / FP4")
 * @param communicationMs          tensor-parallel / expert-parallel / pipeline communication within one step, ms
 * @param prefillMsPerToken        compute-bound prefill time per prompt token on one replica, ms
 * @param kvCacheGbPerSequence     KV cache of one sequence at its average decode length, GB
 * @param prefillGpuShare          disaggregated serving: share of the pool's GPUs doing prefill; 0 when interleaved
 * @param inputTokensPerSecondPerGpu  prompt tokens served per second per GPU
 * @param outputTokensPerSecondPerGpu generated tokens per second per GPU
 * @param busyPowerFraction        time-weighted draw while serving, fraction of the SKU's all-in power
 */
public record ThroughputEstimate(
        String serviceId,
        String skuId,
        boolean fits,
        int tensorParallel,
        int expertParallel,
        int pipelineStages,
        int decodeBatch,
        double stepMs,
        double tpotMs,
        double ttftMs,
        Bound bound,
        Limit limit,
        boolean meetsLatency,
        boolean meetsTtft,
        String precision,
        double communicationMs,
        double prefillMsPerToken,
        double kvCacheGbPerSequence,
        double prefillGpuShare,
        double inputTokensPerSecondPerGpu,
        double outputTokensPerSecondPerGpu,
        double busyPowerFraction) {

    public static ThroughputEstimate doesNotFit(String serviceId, String skuId) {
        return new ThroughputEstimate(serviceId, skuId, false, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                Bound.MEMORY, Limit.KV_MEMORY, false, false, "—", Double.NaN, Double.NaN, Double.NaN, 0.0, 0.0, 0.0,
                0.0);
    }

    /** Input and output tokens per second per GPU together. */
    public double tokensPerSecondPerGpu() {
        return inputTokensPerSecondPerGpu + outputTokensPerSecondPerGpu;
    }

    /** GPUs one model replica takes. */
    public int gpusPerReplica() {
        return tensorParallel * pipelineStages;
    }
}

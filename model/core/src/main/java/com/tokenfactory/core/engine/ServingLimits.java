package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.LatencyClass;

/**
 * The targets and limits a serving estimate must respect: a latency class's time per output token and time to first
 * token, the serving software's batch limit and the HBM a serving engine may fill.
 *
 * @param maxMsPerOutputToken  time per output token target, ms (infinite = none)
 * @param maxMsToFirstToken    time to first token target, ms (infinite = none)
 * @param maxBatch             serving-software limit on sequences per replica; 0 = none
 * @param usableHbmFraction    fraction of HBM for weights and KV cache
 * @param kvForWholeRequest    whether a request is admitted only when the KV cache of its whole prompt and output
 *                             fits (TensorRT-LLM's default GUARANTEED_NO_EVICT scheduler) rather than its mean live
 *                             length (a scheduler that pre-empts when the cache runs out, as vLLM's)
 * @param gatheredExperts      whether a mixture of experts' tokens reach their experts by an all-gather of every GPU's
 *                             tokens and come back by a reduce-scatter (TensorRT-LLM's CUTLASS MoE under attention data
 *                             parallelism on an 8-GPU board) rather than by an all-to-all dispatch and combine (the
 *                             planner's default: DeepSeek-V3's and wide-EP serving's exchange)
 */
record ServingLimits(double maxMsPerOutputToken, double maxMsToFirstToken, int maxBatch, double usableHbmFraction,
                     boolean kvForWholeRequest, boolean gatheredExperts) {

    static ServingLimits of(LatencyClass latency, Assumptions a) {
        return new ServingLimits(latency.maxMsPerOutputToken(), latency.maxMsToFirstToken(), a.maxDecodeBatch(),
                a.usableHbmFraction(), false, false);
    }

    /**
     * "Max throughput" as serving benchmarks measure it: no latency target, only the engine's batch limit (e.g.
     * TensorRT-LLM's max_batch_size in its performance overview).
     */
    static ServingLimits maxThroughput(int maxBatch, double usableHbmFraction, boolean kvForWholeRequest,
                                       boolean gatheredExperts) {
        return new ServingLimits(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, maxBatch, usableHbmFraction,
                kvForWholeRequest, gatheredExperts);
    }
}

package com.tokenfactory.core.result;

/**
 * How the engine serves one inference service on one SKU, shown so the user can check the number.
 * Figures are at the plan start (before software-efficiency gains).
 *
 * @param fits                     whether the model fits a scale-up domain of the SKU at all
 * @param tensorParallel           GPUs one model replica is split over
 * @param decodeBatch              sequences decoded together in one step
 * @param stepMs                   decode step time, ms (includes the fixed overhead)
 * @param bound                    what limits the decode step
 * @param meetsLatency             whether the step time meets the service's latency class
 * @param prefillMsPerToken        compute-bound prefill time per prompt token on one replica, ms
 * @param kvCacheGbPerSequence     KV cache of one sequence at its average decode length, GB
 * @param tokensPerSecondPerGpu    input and output tokens per second per GPU
 * @param busyPowerFraction        time-weighted draw while serving, fraction of the SKU's all-in power
 */
public record ThroughputEstimate(
        String serviceId,
        String skuId,
        boolean fits,
        int tensorParallel,
        int decodeBatch,
        double stepMs,
        Bound bound,
        boolean meetsLatency,
        double prefillMsPerToken,
        double kvCacheGbPerSequence,
        double tokensPerSecondPerGpu,
        double busyPowerFraction) {

    public static ThroughputEstimate doesNotFit(String serviceId, String skuId) {
        return new ThroughputEstimate(serviceId, skuId, false, 0, 0, Double.NaN, Bound.MEMORY, false, Double.NaN,
                Double.NaN, 0.0, 0.0);
    }
}

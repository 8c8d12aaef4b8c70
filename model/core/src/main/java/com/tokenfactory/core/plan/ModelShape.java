package com.tokenfactory.core.plan;

/**
 * The shape of a served model, enough for a roofline estimate of its throughput.
 *
 * @param name                  display name, e.g. "Llama 3.1 70B"
 * @param totalParamsBillions   all parameters (what must sit in GPU memory), billions
 * @param activeParamsBillions  parameters used per token (equal to total for dense models, less for mixture-of-experts)
 * @param layers                transformer layers
 * @param hiddenSize            model width
 * @param attentionHeads        query heads
 * @param kvHeads               key/value heads (fewer than attention heads with grouped-query attention)
 * @param contextTokens         longest context the service allows
 * @param weightBytesPerParam   bytes per stored weight: 2 for BF16, 1 for FP8, 0.5 for FP4
 * @param kvBytesPerValue       bytes per KV-cache value: 2 for BF16, 1 for FP8
 */
public record ModelShape(
        String name,
        double totalParamsBillions,
        double activeParamsBillions,
        int layers,
        int hiddenSize,
        int attentionHeads,
        int kvHeads,
        int contextTokens,
        double weightBytesPerParam,
        double kvBytesPerValue) {

    public ModelShape {
        name = Check.text(name, "name");
        Check.between(totalParamsBillions, 1e-6, 1e6, "totalParamsBillions");
        Check.between(activeParamsBillions, 1e-6, 1e6, "activeParamsBillions");
        if (activeParamsBillions > totalParamsBillions) {
            throw new InvalidPlanException("activeParamsBillions", "must not exceed totalParamsBillions ("
                    + totalParamsBillions + "), was " + activeParamsBillions);
        }
        Check.between(layers, 1, 1000, "layers");
        Check.between(hiddenSize, 1, 1_000_000, "hiddenSize");
        Check.between(attentionHeads, 1, 10_000, "attentionHeads");
        Check.between(kvHeads, 1, attentionHeads, "kvHeads");
        Check.between(contextTokens, 1, 100_000_000, "contextTokens");
        Check.between(weightBytesPerParam, 0.125, 4.0, "weightBytesPerParam");
        Check.between(kvBytesPerValue, 0.125, 4.0, "kvBytesPerValue");
    }

    public double headDim() {
        return (double) hiddenSize / attentionHeads;
    }

    /** Bytes of the stored weights. */
    public double weightBytes() {
        return totalParamsBillions * 1e9 * weightBytesPerParam;
    }

    /** KV-cache bytes per token of context: keys and values, every layer, every KV head. */
    public double kvBytesPerToken() {
        return 2.0 * layers * kvHeads * headDim() * kvBytesPerValue;
    }

    /** Fraction of the weights a single token reads (1 for dense models). */
    public double activeFraction() {
        return activeParamsBillions / totalParamsBillions;
    }
}

package com.tokenfactory.core.plan;

/**
 * What a served model's precision (activations, and the routed experts' weights where they differ), routing, local
 * attention (chunked or sliding-window) and latent attention add to its {@link ModelShape} for the serving estimate.
 *
 * @param activationBytesPerValue bytes per activation value in the matrix multiplies: 2 for BF16, 1 for FP8, 0.5 for
 *                                FP4 (NVFP4 "W4A4"). The math runs at the wider of weights and activations, and the
 *                                SKU's peak for that precision applies
 * @param expertsPerToken         experts each token is routed to in a mixture-of-experts layer (its all-to-all
 *                                volume); 1 for dense models
 * @param experts                 routed experts per mixture-of-experts layer; with {@code expertsPerToken} it splits
 *                                the parameters into routed experts and the rest (attention, dense layers, shared
 *                                experts), which every expert-parallel GPU holds whole. 0 = not stated: all weights
 *                                taken as expert weights
 * @param moeLayers               layers that route to experts; the others are dense (Llama 4 Maverick: every second
 *                                of its 48; DeepSeek-V3: all but the first 3 of 61). 0 = every layer
 * @param chunkedAttentionLayers  layers whose tokens attend only within their own aligned chunk of
 *                                {@code attentionChunkTokens} (Llama 4's chunked local attention: 36 of 48 layers,
 *                                chunks of 8,192); the others attend to the whole context. 0 = none
 * @param attentionChunkTokens    the chunk of those layers, tokens (needed when some are; a chunk as long as the
 *                                context or longer chunks nothing)
 * @param slidingWindowLayers     layers whose tokens attend only to the last {@code slidingWindowTokens} tokens
 *                                (sliding-window attention: gpt-oss every second of its layers with a window of 128,
 *                                Gemma 3 five of every six with 1,024, Mistral 7B all with 4,096); their KV cache
 *                                holds only the window. 0 = none
 * @param slidingWindowTokens     the window of those layers, tokens (needed when some are)
 * @param expertWeightBytesPerParam bytes per stored weight of the routed experts where they are stored narrower or
 *                                wider than the rest (gpt-oss: MXFP4 experts, 4.25 bits = 0.53 bytes, beside BF16
 *                                attention); the experts' math runs at the wider of it and the activations. 0 = the
 *                                model's weight precision. Needs {@code experts} stated, which splits the weights
 * @param latentKvDim             multi-head latent attention (DeepSeek-V2/V3/R1, Kimi K2): every layer caches one
 *                                latent of this many values per token that all query heads share, instead of keys
 *                                and values per KV head (DeepSeek-V3: kv_lora_rank 512). The model's kvHeads must then
 *                                be 1 and its headDim the query/key head (DeepSeek-V3: 128 + 64 positional = 192).
 *                                0 = none
 * @param latentRopeDim           the positional key cached beside the latent, values per token (DeepSeek-V3:
 *                                qk_rope_head_dim 64); needed with {@code latentKvDim} (alone it does nothing)
 */
public record ModelServingShape(double activationBytesPerValue, int expertsPerToken, int experts, int moeLayers,
                                int chunkedAttentionLayers, int attentionChunkTokens, int slidingWindowLayers,
                                int slidingWindowTokens, double expertWeightBytesPerParam, int latentKvDim,
                                int latentRopeDim) {
    /** Routed experts per token when a mixture-of-experts model does not say: DeepSeek-V3 and Qwen3-MoE route to 8. */
    public static final int DEFAULT_EXPERTS_PER_TOKEN = 8;

    public ModelServingShape {
        Check.between(activationBytesPerValue, 0.125, 4.0, "activationBytesPerValue");
        Check.between(expertsPerToken, 1, 1024, "expertsPerToken");
        Check.between(experts, 0, 100_000, "experts");
        Check.between(moeLayers, 0, 1000, "moeLayers");
        Check.between(chunkedAttentionLayers, 0, 1000, "chunkedAttentionLayers");
        Check.between(attentionChunkTokens, 0, 100_000_000, "attentionChunkTokens");
        Check.between(slidingWindowLayers, 0, 1000, "slidingWindowLayers");
        Check.between(slidingWindowTokens, 0, 100_000_000, "slidingWindowTokens");
        Check.finite(expertWeightBytesPerParam, "expertWeightBytesPerParam");
        if (expertWeightBytesPerParam != 0.0 && (expertWeightBytesPerParam < 0.125 || expertWeightBytesPerParam > 4.0)) {
            throw new InvalidPlanException("expertWeightBytesPerParam", "must be 0 (the model's weight precision) or "
                    + "between 0.125 and 4 (was " + expertWeightBytesPerParam + ")");
        }
        Check.between(latentKvDim, 0, 100_000, "latentKvDim");
        Check.between(latentRopeDim, 0, 100_000, "latentRopeDim");
        requireSpan(latentKvDim, latentRopeDim, "latentKvDim", "latentRopeDim");
        requireSpan(slidingWindowLayers, slidingWindowTokens, "slidingWindowLayers", "slidingWindowTokens");
        requireSpan(chunkedAttentionLayers, attentionChunkTokens, "chunkedAttentionLayers", "attentionChunkTokens");
        if (experts > 0 && experts <= expertsPerToken) {
            throw new InvalidPlanException("experts", "must be more than expertsPerToken (" + expertsPerToken
                    + "), was " + experts);
        }
    }

    /** Local-attention layers need their span (a chunk or a window) in tokens; a latent its positional key. */
    private static void requireSpan(int layers, int tokens, String layersField, String tokensField) {
        if (layers > 0 && tokens == 0) {
            throw new InvalidPlanException(tokensField, "is needed when " + layersField + " is set (" + layers + ")");
        }
    }

    public ModelServingShape(double activationBytesPerValue, int expertsPerToken, int experts, int moeLayers,
                             int chunkedAttentionLayers, int attentionChunkTokens, int slidingWindowLayers,
                             int slidingWindowTokens, double expertWeightBytesPerParam) {
        this(activationBytesPerValue, expertsPerToken, experts, moeLayers, chunkedAttentionLayers, attentionChunkTokens,
                slidingWindowLayers, slidingWindowTokens, expertWeightBytesPerParam, 0, 0);
    }

    public ModelServingShape(double activationBytesPerValue, int expertsPerToken, int experts, int moeLayers,
                             int chunkedAttentionLayers, int attentionChunkTokens, int slidingWindowLayers,
                             int slidingWindowTokens) {
        this(activationBytesPerValue, expertsPerToken, experts, moeLayers, chunkedAttentionLayers, attentionChunkTokens,
                slidingWindowLayers, slidingWindowTokens, 0.0);
    }

    public ModelServingShape(double activationBytesPerValue, int expertsPerToken, int experts, int moeLayers,
                             int chunkedAttentionLayers, int attentionChunkTokens) {
        this(activationBytesPerValue, expertsPerToken, experts, moeLayers, chunkedAttentionLayers, attentionChunkTokens,
                0, 0);
    }

    public ModelServingShape(double activationBytesPerValue, int expertsPerToken, int experts, int moeLayers) {
        this(activationBytesPerValue, expertsPerToken, experts, moeLayers, 0, 0);
    }

    public ModelServingShape(double activationBytesPerValue, int expertsPerToken, int experts) {
        this(activationBytesPerValue, expertsPerToken, experts, 0);
    }

    public ModelServingShape(double activationBytesPerValue, int expertsPerToken) {
        this(activationBytesPerValue, expertsPerToken, 0, 0);
    }
}

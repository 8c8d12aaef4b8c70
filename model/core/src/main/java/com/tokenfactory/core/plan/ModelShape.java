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
 * @param kvHeads               key/value heads (fewer than attention heads with grouped-query attention; 1 with
 *                              multi-head latent attention, whose one latent every query head shares)
 * @param headDim               size of one attention head; null = hidden size ÷ attention heads. Some models state
 *                              another (Qwen3: 128 with a hidden size of 4,096 and 64 heads, so its attention is twice
 *                              as wide as the hidden size says); it sizes attention's math and the KV cache. With
 *                              latent attention it is the query/key head, positional part included (DeepSeek-V3: 192)
 * @param contextTokens         longest context the service allows
 * @param weightBytesPerParam   bytes per stored weight: 2 for BF16, 1 for FP8, 0.5 for FP4
 * @param kvBytesPerValue       bytes per KV-cache value: 2 for BF16, 1 for FP8
 * @param serving               activation precision, routing (experts, experts per token, MoE layers), local
 *                              attention (chunked or sliding-window) and latent attention; null = activations at the
 *                              weights' precision but no narrower than FP8 (a one-byte-or-less model computes in FP8),
 *                              {@link ModelServingShape#DEFAULT_EXPERTS_PER_TOKEN} experts per token and every layer
 *                              a MoE layer for a mixture-of-experts model, no local or latent attention
 */
public record ModelShape(
        String name,
        double totalParamsBillions,
        double activeParamsBillions,
        int layers,
        int hiddenSize,
        int attentionHeads,
        int kvHeads,
        Integer headDim,
        int contextTokens,
        double weightBytesPerParam,
        double kvBytesPerValue,
        ModelServingShape serving) {

    public ModelShape(String name, double totalParamsBillions, double activeParamsBillions, int layers, int hiddenSize,
                      int attentionHeads, int kvHeads, int contextTokens, double weightBytesPerParam,
                      double kvBytesPerValue) {
        this(name, totalParamsBillions, activeParamsBillions, layers, hiddenSize, attentionHeads, kvHeads,
                contextTokens, weightBytesPerParam, kvBytesPerValue, null);
    }

    public ModelShape(String name, double totalParamsBillions, double activeParamsBillions, int layers, int hiddenSize,
                      int attentionHeads, int kvHeads, int contextTokens, double weightBytesPerParam,
                      double kvBytesPerValue, ModelServingShape serving) {
        this(name, totalParamsBillions, activeParamsBillions, layers, hiddenSize, attentionHeads, kvHeads, null,
                contextTokens, weightBytesPerParam, kvBytesPerValue, serving);
    }

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
        if (headDim != null) {
            Check.between(headDim, 1, 100_000, "headDim");
        }
        Check.between(contextTokens, 1, 100_000_000, "contextTokens");
        Check.between(weightBytesPerParam, 0.125, 4.0, "weightBytesPerParam");
        Check.between(kvBytesPerValue, 0.125, 4.0, "kvBytesPerValue");
        if (serving != null && serving.moeLayers() > layers) {
            throw new InvalidPlanException("serving.moeLayers", "must be at most layers (" + layers + "), was "
                    + serving.moeLayers());
        }
        if (serving != null && serving.chunkedAttentionLayers() > layers) {
            throw new InvalidPlanException("serving.chunkedAttentionLayers", "must be at most layers (" + layers
                    + "), was " + serving.chunkedAttentionLayers());
        }
        // the compact constructor's parameters, not the accessors: the fields are not assigned yet
        if (serving != null && serving.expertWeightBytesPerParam() > 0 && activeParamsBillions < totalParamsBillions
                && serving.experts() == 0) {
            throw new InvalidPlanException("serving.expertWeightBytesPerParam", "needs the routed experts stated "
                    + "(serving.experts), which split the weights into experts and the rest");
        }
        if (serving != null && serving.latentKvDim() > 0) {
            if (kvHeads != 1) {
                throw new InvalidPlanException("kvHeads", "must be 1 with a latent KV cache (serving.latentKvDim): "
                        + "one latent serves every query head, was " + kvHeads);
            }
            if (headDim == null || headDim <= serving.latentRopeDim()) {
                throw new InvalidPlanException("headDim", "must be stated with a latent KV cache "
                        + "(serving.latentKvDim), the query/key head with its positional part (serving.latentRopeDim "
                        + serving.latentRopeDim() + ") included, was " + (headDim == null ? "not stated" : headDim));
            }
        }
        if (serving != null && serving.chunkedAttentionLayers() + serving.slidingWindowLayers() > layers) {
            String chunked = serving.chunkedAttentionLayers() > 0
                    ? "with the " + serving.chunkedAttentionLayers() + " chunked attention layers " : "";
            throw new InvalidPlanException("serving.slidingWindowLayers", chunked + "must be at most layers (" + layers
                    + "), was " + serving.slidingWindowLayers());
        }
    }

    /** Bytes per activation value in the matrix multiplies (see {@code serving}). */
    public double activationBytesPerValue() {
        return serving != null ? serving.activationBytesPerValue() : Math.max(1.0, weightBytesPerParam);
    }

    /**
     * Bytes per value the tensor cores multiply in: the wider of weights and activations (W4A16 runs BF16 math with
     * de-quantized weights; W8A8 FP8 math; NVFP4 W4A4 FP4 math).
     */
    public double mathBytesPerValue() {
        return Math.max(weightBytesPerParam, activationBytesPerValue());
    }

    /**
     * Bytes per stored weight of the routed experts: as the model states them
     * ({@link ModelServingShape#expertWeightBytesPerParam()}), else the model's weight precision; a dense model has none.
     */
    public double expertWeightBytesPerParam() {
        return mixtureOfExperts() && serving != null && serving.expertWeightBytesPerParam() > 0
                ? serving.expertWeightBytesPerParam() : weightBytesPerParam;
    }

    /** Bytes per value the routed experts' tensor-core math runs in: the wider of their weights and the activations. */
    public double expertMathBytesPerValue() {
        return Math.max(expertWeightBytesPerParam(), activationBytesPerValue());
    }

    /** Whether only part of the weights serves each token. */
    public boolean mixtureOfExperts() {
        return activeParamsBillions < totalParamsBillions;
    }

    /** Layers that route to experts: as stated, else every layer of a mixture of experts; 0 for a dense model. */
    public int moeLayers() {
        if (!mixtureOfExperts()) {
            return 0;
        }
        return serving != null && serving.moeLayers() > 0 ? serving.moeLayers() : layers;
    }

    /** Experts a token is routed to in each mixture-of-experts layer; 1 for a dense model. */
    public int expertsPerToken() {
        if (!mixtureOfExperts()) {
            return 1;
        }
        return serving != null ? serving.expertsPerToken() : ModelServingShape.DEFAULT_EXPERTS_PER_TOKEN;
    }

    /**
     * Parameters outside the routed experts (attention, dense layers, shared experts, embeddings), billions: with E
     * routed experts of e parameters each and k per token, total = S + E·e and active = S + k·e. 0 when the experts
     * are not stated (and for dense models, whose layers are all split by tensor parallelism).
     */
    public double sharedParamsBillions() {
        if (!mixtureOfExperts() || serving == null || serving.experts() == 0) {
            return 0.0;
        }
        double perExpert = (totalParamsBillions - activeParamsBillions) / (serving.experts() - expertsPerToken());
        return Math.max(0.0, activeParamsBillions - expertsPerToken() * perExpert);
    }

    /**
     * Parameters of one routed expert in one mixture-of-experts layer: (total − active) ÷ (E − k) ÷ MoE layers with E
     * routed experts and k per token (Qwen3-235B-A22B: 213B ÷ 120 ÷ 94 = 18.9 million; DeepSeek-V3: 44 million;
     * Mixtral 8x7B: 176 million). Where the experts are not stated, the active parameters ÷ k ÷ MoE layers. 0 for a
     * dense model.
     */
    public double paramsPerRoutedExpertLayer() {
        if (!mixtureOfExperts()) {
            return 0.0;
        }
        int k = expertsPerToken();
        double perExpert = serving != null && serving.experts() > 0
                ? (totalParamsBillions - activeParamsBillions) / (serving.experts() - k)
                : activeParamsBillions / k;
        return perExpert * 1e9 / moeLayers();
    }

    /** Chance that one token's routing touches a given routed expert (the active fraction when experts are unstated). */
    public double routedFraction() {
        return serving != null && serving.experts() > 0 ? (double) expertsPerToken() / serving.experts()
                : activeFraction();
    }

    /** Size of one attention head: as stated, else {@link #hiddenSizePerHead()}. */
    public double headSize() {
        return headDim != null ? headDim : hiddenSizePerHead();
    }

    /** Hidden size ÷ attention heads: the head size of a model that does not state one. */
    public double hiddenSizePerHead() {
        return (double) hiddenSize / attentionHeads;
    }

    /**
     * Attention layers × the mean number of keys a token attends to, over the token positions [from, to) (capped at
     * the context): a layer attending to the whole context sees every earlier token, a chunked layer (see
     * {@link ModelServingShape#chunkedAttentionLayers()}) only those of its own aligned chunk, a sliding-window layer
     * ({@link ModelServingShape#slidingWindowLayers()}) only the last window's.
     */
    public double attendedTokenLayers(double from, double to) {
        checkOrder(from, to);
        // a chunk as long as the context is no chunk at all
        int chunked = serving != null && serving.attentionChunkTokens() < contextTokens
                ? serving.chunkedAttentionLayers() : 0;
        double withinChunks = chunked == 0 ? 0.0 : chunked * meanWithinChunk(Math.min(from, contextTokens),
                Math.min(to, contextTokens), serving.attentionChunkTokens());
        return (layers - chunked - slidingLayers()) * Math.min(contextTokens, (from + to) / 2.0) + withinChunks
                + slidingWindowTokenLayers(from, to);
    }

    /**
     * Layers × the mean number of tokens whose keys and values a sequence holds while its positions run over
     * [from, to) (capped at the context). A chunked layer holds the whole context like a global one (TensorRT-LLM keeps
     * one attention window of max_seq_len for every layer unless told otherwise); a sliding-window layer holds only its
     * window, as vLLM's hybrid KV cache manager does by default ("sliding window layers: reserve slots only for the
     * most recent sliding_window_size tokens", docs/design/hybrid_kv_cache_manager.md) and TensorRT-LLM's variable
     * sliding-window KV cache does when the layers' windows are set (kv_cache_config.max_attention_window).
     */
    public double heldTokenLayers(double from, double to) {
        checkOrder(from, to);
        return (layers - slidingLayers()) * Math.min(contextTokens, (from + to) / 2.0)
                + slidingWindowTokenLayers(from, to);
    }

    private static void checkOrder(double from, double to) {
        if (to < from) {
            throw new IllegalArgumentException("positions must not run backwards: " + from + " to " + to);
        }
    }

    /** Sliding-window layers; none when the window is as long as the context. */
    private int slidingLayers() {
        return serving != null && serving.slidingWindowTokens() < contextTokens ? serving.slidingWindowLayers() : 0;
    }

    /**
     * Sliding-window layers × the mean of min(position, window) over [from, to): no cap at the context is needed, the
     * window being shorter than it.
     */
    private double slidingWindowTokenLayers(double from, double to) {
        int sliding = slidingLayers();
        if (sliding == 0) {
            return 0.0;
        }
        double window = serving.slidingWindowTokens();
        double mean = to <= from ? Math.min(from, window)
                : (windowIntegral(to, window) - windowIntegral(from, window)) / (to - from);
        return sliding * mean;
    }

    /** ∫₀ˣ min(t, window) dt. */
    private static double windowIntegral(double x, double window) {
        return x <= window ? x * x / 2.0 : window * window / 2.0 + window * (x - window);
    }

    /** The mean of x mod chunk over x in [a, b) (a sawtooth's mean), or a mod chunk when a = b (a ≤ b). */
    private static double meanWithinChunk(double a, double b, double chunk) {
        if (b <= a) {
            return a % chunk;
        }
        return (sawtoothIntegral(b, chunk) - sawtoothIntegral(a, chunk)) / (b - a);
    }

    /** ∫₀ˣ (t mod chunk) dt. */
    private static double sawtoothIntegral(double x, double chunk) {
        double whole = Math.floor(x / chunk);
        double rest = x - whole * chunk;
        return whole * chunk * chunk / 2.0 + rest * rest / 2.0;
    }

    /** Width of attention's queries, all heads together: what each token's scores and weighted values multiply by. */
    public double attentionWidth() {
        return attentionHeads * headSize();
    }

    /** Whether every layer caches one latent per token that all query heads share (multi-head latent attention). */
    public boolean latentAttention() {
        return serving != null && serving.latentKvDim() > 0;
    }

    /**
     * Attention FLOPs a decoded token spends on one key in one layer. Multi-head attention scores the key and weights
     * its value in every head: 2 × 2 × head size a head. Latent attention decodes with the latent's up-projections
     * absorbed into the query and output projections (DeepSeek-V2, arXiv 2405.04434, §2.1.2; vLLM's "data-movement
     * friendly approach" for decode, vllm/v1/attention/backends/mla/common.py): every head scores the whole cached
     * latent and positional key and weights the latent as its value, 2 × (2 × latent + rope) a head — DeepSeek-V3
     * 2,176 against a 192-wide head's 768.
     */
    public double decodeAttentionFlopsPerKey() {
        return latentAttention()
                ? attentionHeads * 2.0 * (2.0 * serving.latentKvDim() + serving.latentRopeDim())
                : 4.0 * attentionWidth();
    }

    /**
     * Attention FLOPs a prompt token spends on one key in one layer: multi-head attention with heads of
     * {@link #headSize()}, 2 × 2 × head size a head. Latent attention computes prompts this way too, the latent expanded
     * into per-head keys and values (vLLM's "compute friendly approach" for prefill); DeepSeek-V3's values are 128
     * wide against its 192-wide keys, which this overstates by a fifth.
     */
    public double promptAttentionFlopsPerKey() {
        return 4.0 * attentionWidth();
    }

    /** KV-cache bytes a sequence holds while its positions run over [from, to): see {@link #heldTokenLayers}. */
    public double kvBytesHeld(double from, double to) {
        return kvBytesPerTokenLayer() * heldTokenLayers(from, to);
    }

    /** KV-cache bytes of one token in one layer: what each of {@link #attendedTokenLayers}' token-layers reads. */
    public double kvBytesPerTokenLayer() {
        return kvBytesPerToken() / layers;
    }

    /**
     * Bytes of the stored weights: the routed experts at their own precision, the rest (attention, dense layers, shared
     * experts, embeddings: {@link #sharedParamsBillions()}) at the model's.
     */
    public double weightBytes() {
        if (expertWeightBytesPerParam() == weightBytesPerParam) {
            return totalParamsBillions * 1e9 * weightBytesPerParam;
        }
        return sharedWeightBytes() + (totalParamsBillions - sharedParamsBillions()) * 1e9 * expertWeightBytesPerParam();
    }

    /** Bytes of the weights outside the routed experts ({@link #sharedParamsBillions()}; 0 for a dense model). */
    public double sharedWeightBytes() {
        return sharedParamsBillions() * 1e9 * weightBytesPerParam;
    }

    /**
     * KV-cache bytes per token of context: keys and values, every layer, every KV head (a sliding-window layer holds
     * only its window: {@link #heldTokenLayers}); with latent attention the latent and its positional key, every layer
     * (DeepSeek-V2 §2.1.4: (d_c + d_h^R) × layers elements a token; DeepSeek-V3 576 × 61).
     */
    public double kvBytesPerToken() {
        if (latentAttention()) {
            return (double) layers * (serving.latentKvDim() + serving.latentRopeDim()) * kvBytesPerValue;
        }
        return 2.0 * layers * kvHeads * headSize() * kvBytesPerValue;
    }

    /** Fraction of the weights a single token reads (1 for dense models). */
    public double activeFraction() {
        return activeParamsBillions / totalParamsBillions;
    }
}

package com.tokenfactory.core.catalog;

import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ModelShape;

import java.util.List;
import java.util.Optional;

/**
 * Shapes of published open models, so a planner can state a service's model by name rather than copy a config:
 * parameters, layers, widths, heads, routing, local and latent attention, each from the model's configuration (the
 * same shapes, and sources, as the serving validation's {@code models.csv}). A shape says nothing of precision or
 * context: {@link KnownModel#applyTo} keeps the service's weight, activation, KV-cache and expert precision and its
 * context limit.
 */
public final class KnownModels {
    private static final String LLAMA3_DIMS = "Meta Llama 3 config.json (80 layers, hidden 8,192, 64 heads, 8 KV "
            + "heads), kept by Llama 3.1 and 3.3 70B; 70B nominal";
    private static final String LLAMA4_CHUNKS = "chunked local attention of 8,192 tokens in 3 of every 4 layers "
            + "(transformers Llama4TextConfig: attention_chunk_size 8192, no_rope_layer_interval 4)";

    /** Llama 3.1 8B: 32 layers, hidden 4,096, 32 heads, 8 KV heads. */
    public static final KnownModel LLAMA_3_1_8B = new KnownModel(new ModelShape("Llama 3.1 8B", 8, 8, 32, 4096, 32,
            8, 131_072, 1, 1), "Llama 3.1 8B config.json as copied in NVIDIA/TensorRT-LLM "
            + "tests/unittest/_torch/modeling/test_modeling_llama.py (LLAMA_3_1_8B_CONFIG); 8B nominal");
    /** Llama 3.3 70B (and 3.1 70B). */
    public static final KnownModel LLAMA_3_3_70B = new KnownModel(new ModelShape("Llama 3.1 / 3.3 70B", 70, 70, 80,
            8192, 64, 8, 131_072, 1, 1), LLAMA3_DIMS);
    /** Llama 3.1 405B: 126 layers, hidden 16,384, 128 heads, 8 KV heads. */
    public static final KnownModel LLAMA_3_1_405B = new KnownModel(new ModelShape("Llama 3.1 405B", 405, 405, 126,
            16_384, 128, 8, 131_072, 1, 1), "meta-llama/Llama-3.1-405B-Instruct config.json as copied in "
            + "huggingface.co/uiuc-convai/CoALM-405B (126 layers, hidden 16,384, 128 heads, 8 KV heads; an early "
            + "release's 16 KV heads are in other copies); 405B nominal");
    /** Llama 4 Scout: 16 routed experts, 1 per token, in every layer; chunked attention in 36 of 48. */
    public static final KnownModel LLAMA_4_SCOUT = new KnownModel(new ModelShape("Llama 4 Scout 17B-16E", 109, 17,
            48, 5120, 40, 8, 131_072, 1, 1, new ModelServingShape(1, 1, 16, 0, 36, 8192)),
            "Llama4TextConfig (48 layers, hidden 5,120, 40 heads, 8 KV heads, head 128, 16 experts, 1 per token); "
                    + "109B total, 17B active: Meta's Llama 4 release post; " + LLAMA4_CHUNKS);
    /** Llama 4 Maverick: 128 routed experts, 1 per token, in every second layer; chunked attention in 36 of 48. */
    public static final KnownModel LLAMA_4_MAVERICK = new KnownModel(new ModelShape("Llama 4 Maverick 17B-128E", 400,
            17, 48, 5120, 40, 8, 131_072, 1, 1, new ModelServingShape(1, 1, 128, 24, 36, 8192)),
            "Llama 4 Maverick config as copied in NVIDIA/TensorRT-LLM test_modeling_llama_min_latency.py "
                    + "(interleave_moe_layer_step 2, 128 experts); 400B total, 17B active: Meta's Llama 4 release "
                    + "post; " + LLAMA4_CHUNKS);
    /** Qwen3-235B-A22B: 128 routed experts, 8 per token; 4 KV heads of 128. */
    public static final KnownModel QWEN3_235B = new KnownModel(new ModelShape("Qwen3-235B-A22B", 235, 22, 94, 4096,
            64, 4, 128, 131_072, 1, 1, new ModelServingShape(1, 8, 128)),
            "Qwen3-235B-A22B configuration as written in zyzshishui/slime's "
                    + "scripts/models/qwen3-235B-A22B.sh (94 layers, hidden 4,096, 64 heads, 4 KV heads, head 128, "
                    + "128 experts, 8 per token) and the model card (235B total, 22B activated)");
    /** Qwen3-30B-A3B: 128 routed experts, 8 per token; 4 KV heads of 128. */
    public static final KnownModel QWEN3_30B = new KnownModel(new ModelShape("Qwen3-30B-A3B", 30, 3, 48, 2048, 32, 4,
            128, 131_072, 1, 1, new ModelServingShape(1, 8, 128)),
            "Qwen3-30B-A3B configuration as written in zyzshishui/slime's "
                    + "scripts/models/qwen3-30B-A3B.sh (48 layers, hidden 2,048, 32 heads, 4 KV heads, head 128, 128 "
                    + "experts, 8 per token); 30B total, 3B active nominal (A3B)");
    /**
     * DeepSeek-V3 and R1: 256 routed experts, 8 per token, in all but the first 3 of 61 layers; latent attention with
     * a 512-value latent and a 64-value positional key, 128 heads of 192.
     */
    public static final KnownModel DEEPSEEK_V3 = new KnownModel(new ModelShape("DeepSeek-V3 / R1", 671, 37, 61, 7168,
            128, 1, 192, 131_072, 1, 1, new ModelServingShape(1, 8, 256, 58, 0, 0, 0, 0, 0.0, 512, 64)),
            "DeepSeek-R1-0528 config.json (61 layers, hidden 7,168, 128 heads, kv_lora_rank 512, qk_rope_head_dim "
                    + "64, qk_nope_head_dim 128, 256 routed experts, 8 per token, first_k_dense_replace 3); 671B "
                    + "total, 37B activated: deepseek-ai/DeepSeek-V3 README");

    public static final List<KnownModel> ALL = List.of(LLAMA_3_1_8B, LLAMA_3_3_70B, LLAMA_3_1_405B, LLAMA_4_SCOUT,
            LLAMA_4_MAVERICK, QWEN3_235B, QWEN3_30B, DEEPSEEK_V3);

    private KnownModels() {
    }

    /** The known model whose shape this is (name, precision and context aside), if any. */
    public static Optional<KnownModel> describing(ModelShape m) {
        return ALL.stream().filter(k -> k.describes(m)).findFirst();
    }

    /**
     * A published model's shape and where it comes from. The shape's precision (FP8 weights, activations and KV cache)
     * and context (128k) are placeholders that {@link #applyTo} replaces with the service's.
     */
    public record KnownModel(ModelShape shape, String source) {
        public String name() {
            return shape.name();
        }

        /**
         * The service's model with this shape: parameters, layers, widths, heads, routing, local and latent attention
         * from the known model; weight, activation, KV-cache and routed-expert precision and the context limit kept.
         */
        public ModelShape applyTo(ModelShape current) {
            ModelServingShape s = shape.serving();
            ModelServingShape now = current.serving();
            ModelServingShape serving;
            if (s == null) {
                // a dense model: only the activation precision (and the unused experts per token) is kept
                serving = now == null ? null : new ModelServingShape(now.activationBytesPerValue(),
                        now.expertsPerToken(), 0);
            } else {
                serving = new ModelServingShape(current.activationBytesPerValue(), s.expertsPerToken(), s.experts(),
                        s.moeLayers(), s.chunkedAttentionLayers(), s.attentionChunkTokens(), s.slidingWindowLayers(),
                        s.slidingWindowTokens(), now != null ? now.expertWeightBytesPerParam() : 0.0,
                        s.latentKvDim(), s.latentRopeDim());
            }
            return new ModelShape(shape.name(), shape.totalParamsBillions(), shape.activeParamsBillions(),
                    shape.layers(), shape.hiddenSize(), shape.attentionHeads(), shape.kvHeads(), shape.headDim(),
                    current.contextTokens(), current.weightBytesPerParam(), current.kvBytesPerValue(), serving);
        }

        /**
         * Whether {@code m} has this shape, whatever its name, precision and context. Parameter counts are quoted
         * rounded (Llama 3.1 70B: "70B", 70.55 billion counted), so they match within 2%; the rest exactly.
         */
        public boolean describes(ModelShape m) {
            return near(m.totalParamsBillions(), shape.totalParamsBillions())
                    && near(m.activeParamsBillions(), shape.activeParamsBillions()) && m.layers() == shape.layers()
                    && m.hiddenSize() == shape.hiddenSize() && m.attentionHeads() == shape.attentionHeads()
                    && m.kvHeads() == shape.kvHeads() && m.headSize() == shape.headSize()
                    && m.moeLayers() == shape.moeLayers() && m.expertsPerToken() == shape.expertsPerToken()
                    && routingAndAttention(m.serving()).equals(routingAndAttention(shape.serving()));
        }

        private static boolean near(double a, double b) {
            return Math.abs(a - b) <= 0.02 * b;
        }

        /** Experts, local and latent attention as stated (all 0 when not). */
        private static List<Integer> routingAndAttention(ModelServingShape s) {
            return s == null ? List.of(0, 0, 0, 0, 0, 0, 0)
                    : List.of(s.experts(), s.chunkedAttentionLayers(), s.attentionChunkTokens(),
                    s.slidingWindowLayers(), s.slidingWindowTokens(), s.latentKvDim(), s.latentRopeDim());
        }
    }
}

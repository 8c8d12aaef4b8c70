package com.tokenfactory.core.engine;

import com.tokenfactory.core.catalog.KnownModels;
import com.tokenfactory.core.catalog.KnownModels.KnownModel;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ModelShape;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The known models' shapes are the serving validation's (models.csv, each with its source), and stating one keeps the
 * service's precision and context. It sits beside the validation harness, whose data it checks against.
 */
class KnownModelsTest {
    /** models.csv's id for each known model. */
    private static final Map<KnownModel, String> IDS = Map.of(KnownModels.LLAMA_3_1_8B, "llama3.1-8b",
            KnownModels.LLAMA_3_3_70B, "llama3.3-70b", KnownModels.LLAMA_3_1_405B, "llama3.1-405b",
            KnownModels.LLAMA_4_SCOUT, "llama4-scout-17b-16e", KnownModels.LLAMA_4_MAVERICK,
            "llama4-maverick-17b-128e", KnownModels.QWEN3_235B, "qwen3-235b-a22b", KnownModels.QWEN3_30B,
            "qwen3-30b-a3b", KnownModels.DEEPSEEK_V3, "deepseek-r1");

    @Test
    void everyKnownModelIsTheValidationsShapeWithItsSource() {
        Map<String, Map<String, String>> rows = ValidationCsv.read("models.csv").stream()
                .collect(Collectors.toMap(r -> r.get("model_id"), r -> r));
        assertEquals(KnownModels.ALL.size(), IDS.size());
        assertEquals(KnownModels.ALL.size(), new HashSet<>(KnownModels.ALL.stream().map(KnownModel::name).toList())
                .size(), "names are unique");
        for (KnownModel k : KnownModels.ALL) {
            Map<String, String> r = rows.get(IDS.get(k));
            ModelShape m = k.shape();
            String id = IDS.get(k);
            assertFalse(k.source().isBlank(), id);
            assertEquals(Double.parseDouble(r.get("total_params_b")), m.totalParamsBillions(), id);
            assertEquals(Double.parseDouble(r.get("active_params_b")), m.activeParamsBillions(), id);
            assertEquals(Integer.parseInt(r.get("layers")), m.layers(), id);
            assertEquals(Integer.parseInt(r.get("hidden_size")), m.hiddenSize(), id);
            assertEquals(Integer.parseInt(r.get("attention_heads")), m.attentionHeads(), id);
            boolean latent = !r.get("kv_lora_rank").isBlank();
            assertEquals(latent ? 1 : Integer.parseInt(r.get("kv_heads")), m.kvHeads(), id);
            assertEquals(Double.parseDouble(r.get("head_dim")), m.headSize(), id);
            assertEquals(whole(r.get("experts")), m.serving() == null ? 0 : m.serving().experts(), id);
            assertEquals(r.get("experts_per_token").isBlank() ? 1 : whole(r.get("experts_per_token")),
                    m.expertsPerToken(), id);
            assertEquals(ServingValidation.moeLayers(id, r.get("moe_layers"), m.layers()),
                    m.serving() == null ? 0 : m.serving().moeLayers(), id);
            ModelServingShape s = m.serving();
            assertEquals(List.of(whole(r.get("chunked_attention_layers")), whole(r.get("attention_chunk_tokens")),
                    whole(r.get("sliding_window_layers")), whole(r.get("sliding_window_tokens")),
                    whole(r.get("kv_lora_rank")), whole(r.get("qk_rope_head_dim"))), s == null
                    ? List.of(0, 0, 0, 0, 0, 0) : List.of(s.chunkedAttentionLayers(), s.attentionChunkTokens(),
                    s.slidingWindowLayers(), s.slidingWindowTokens(), s.latentKvDim(), s.latentRopeDim()), id);
        }
    }

    /**
     * Stating DeepSeek-V3 on a service of an NVFP4 model with BF16 activations, an FP8 KV cache and a 32k context keeps
     * all four, and gives the latent cache: 61 × 576 bytes a token.
     */
    @Test
    void aKnownShapeKeepsTheServicesPrecisionAndContext() {
        ModelShape before = new ModelShape("my model", 70, 70, 80, 8192, 64, 8, 32_768, 0.5625, 1,
                new ModelServingShape(2, 8, 0));
        ModelShape after = KnownModels.DEEPSEEK_V3.applyTo(before);
        assertEquals("DeepSeek-V3 / R1", after.name());
        assertEquals(0.5625, after.weightBytesPerParam());
        assertEquals(1.0, after.kvBytesPerValue());
        assertEquals(2.0, after.activationBytesPerValue());
        assertEquals(32_768, after.contextTokens());
        assertEquals(61 * 576.0, after.kvBytesPerToken());
        assertTrue(KnownModels.DEEPSEEK_V3.describes(after));
        assertEquals(KnownModels.DEEPSEEK_V3, KnownModels.describing(after).orElseThrow());
    }

    /**
     * A dense known model keeps the service's activation precision and drops routing; a model stated without a
     * serving shape (the samples' Llama 3.1 70B, its 70.6 billion parameters counted rather than quoted) is
     * recognised as the known 70B whatever its name.
     */
    @Test
    void aDenseShapeDropsRoutingAndIsRecognisedUnderAnyName() {
        ModelShape maverick = KnownModels.LLAMA_4_MAVERICK.applyTo(KnownModels.LLAMA_3_3_70B.shape());
        ModelShape dense = KnownModels.LLAMA_3_3_70B.applyTo(maverick);
        assertEquals(0, dense.serving().experts());
        assertEquals(1.0, dense.activationBytesPerValue());
        assertFalse(dense.mixtureOfExperts());
        ModelShape stated = new ModelShape("Llama 3.1 70B (FP8)", 70.6, 70.6, 80, 8192, 64, 8, 131_072, 1, 1);
        assertEquals(KnownModels.LLAMA_3_3_70B, KnownModels.describing(stated).orElseThrow());
        assertFalse(KnownModels.describing(new ModelShape("70B, 7 KV heads", 70, 70, 80, 8192, 64, 7, 131_072, 1, 1))
                .isPresent());
    }

    private static int whole(String text) {
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text);
    }
}

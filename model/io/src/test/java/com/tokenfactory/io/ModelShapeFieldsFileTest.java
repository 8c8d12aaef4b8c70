package com.tokenfactory.io;

import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model shape's optional fields added after format 3 shipped — a stated head size ({@code model.headDim}), the
 * number of mixture-of-experts layers ({@code model.serving.moeLayers}), chunked local attention
 * ({@code model.serving.chunkedAttentionLayers}, {@code attentionChunkTokens}) and sliding-window attention
 * ({@code model.serving.slidingWindowLayers}, {@code slidingWindowTokens}) and the routed experts' own weight
 * precision ({@code expertWeightBytesPerParam}) and latent attention ({@code latentKvDim}, {@code latentRopeDim}):
 * read as hidden size ÷ attention heads, "every layer", "none", "the model's" and "none" when absent, written only
 * when stated, so files without them open and save as before.
 */
class ModelShapeFieldsFileTest {
    private static final String CURRENT = Resources.text(Resources.FUNGIBLE);
    private static final String KV_HEADS = "\"kvHeads\": 8,";
    private static final String KV_BYTES = "\"kvBytesPerValue\": 1.0\n      },";

    private static String withHeadDim(String value) {
        return Resources.replaceOnce(CURRENT, KV_HEADS, KV_HEADS + "\n        \"headDim\": " + value + ",");
    }

    /** The fixture's 70B service as a mixture of experts (400B total, 16 experts, 1 per token) with moeLayers set. */
    private static String withMoeLayers(String value) {
        String moe = Resources.replaceOnce(CURRENT, "\"totalParamsBillions\": 70.0,",
                "\"totalParamsBillions\": 400.0,");
        return Resources.replaceOnce(moe, KV_BYTES, "\"kvBytesPerValue\": 1.0,\n        \"serving\": {"
                + "\"activationBytesPerValue\": 1.0, \"expertsPerToken\": 1, \"experts\": 16, \"moeLayers\": " + value
                + "}\n      },");
    }

    @Test
    void aFileWithoutThemTakesTheHiddenSizeOverTheHeadsAndEveryLayer() throws Exception {
        PlanFile planFile = new PlanFile();
        Plan plan = planFile.read(CURRENT, "current.tokenplan");
        ModelShape m = plan.services().get(0).model();
        assertNull(m.headDim());
        assertEquals(8192.0 / 64, m.headSize());
        String json = planFile.toJson(plan);
        assertFalse(json.contains("headDim"));
        assertFalse(json.contains("moeLayers"));
        ModelShape moe = planFile.read(Resources.replaceOnce(CURRENT, "\"totalParamsBillions\": 70.0,",
                "\"totalParamsBillions\": 400.0,"), "moe.tokenplan").services().get(0).model();
        assertEquals(80, moe.moeLayers());
    }

    @Test
    void aStatedHeadSizeSurvivesTheRoundTripAndWidensAttention() throws Exception {
        PlanFile planFile = new PlanFile();
        Plan plan = planFile.read(withHeadDim("256"), "stated.tokenplan");
        ModelShape m = plan.services().get(0).model();
        assertEquals(256, m.headDim());
        assertEquals(64 * 256.0, m.attentionWidth());
        // keys and values, 80 layers, 8 KV heads of 256, one byte each
        assertEquals(2.0 * 80 * 8 * 256 * 1.0, m.kvBytesPerToken());
        String json = planFile.toJson(plan);
        assertTrue(json.contains("\"headDim\" : 256") || json.contains("\"headDim\": 256"), json);
        assertEquals(plan, planFile.read(json, "again.tokenplan"));
    }

    @Test
    void statedMoeLayersSurviveTheRoundTrip() throws Exception {
        PlanFile planFile = new PlanFile();
        Plan plan = planFile.read(withMoeLayers("40"), "stated.tokenplan");
        assertEquals(40, plan.services().get(0).model().moeLayers());
        String json = planFile.toJson(plan);
        assertTrue(json.contains("\"moeLayers\" : 40") || json.contains("\"moeLayers\": 40"), json);
        assertEquals(plan, planFile.read(json, "again.tokenplan"));
    }

    @Test
    void chunkedAttentionSurvivesTheRoundTripAndNeedsItsChunk() throws Exception {
        Plan plan = localLayersRoundTripAndNeedTheirSpan("chunkedAttentionLayers", 60, "attentionChunkTokens", 8192);
        assertEquals(60, plan.services().get(0).model().serving().chunkedAttentionLayers());
        assertEquals(8192, plan.services().get(0).model().serving().attentionChunkTokens());
    }

    @Test
    void slidingWindowSurvivesTheRoundTripAndNeedsItsWindow() throws Exception {
        Plan plan = localLayersRoundTripAndNeedTheirSpan("slidingWindowLayers", 40, "slidingWindowTokens", 128);
        assertEquals(40, plan.services().get(0).model().serving().slidingWindowLayers());
        assertEquals(128, plan.services().get(0).model().serving().slidingWindowTokens());
    }

    /**
     * A model stating {@code layers} local-attention layers of {@code span} tokens reads, survives the round trip,
     * and without its span is refused at the span's JSON path, naming the layers field. Returns the plan read.
     */
    private static Plan localLayersRoundTripAndNeedTheirSpan(String layersField, int layers, String spanField,
                                                             int span) throws Exception {
        PlanFile planFile = new PlanFile();
        String local = withMoeLayers("40").replace("\"moeLayers\": 40}",
                "\"moeLayers\": 40, \"" + layersField + "\": " + layers + ", \"" + spanField + "\": " + span + "}");
        Plan plan = planFile.read(local, "local.tokenplan");
        assertEquals(plan, planFile.read(planFile.toJson(plan), "again.tokenplan"));
        PlanFileException e = assertThrows(PlanFileException.class, () -> planFile.read(
                local.replace(", \"" + spanField + "\": " + span, ""), "bad.tokenplan"));
        assertTrue(e.getMessage().startsWith("bad.tokenplan: $.services[0].model.serving." + spanField),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("is needed when " + layersField + " is set (" + layers + ")"),
                e.getMessage());
        return plan;
    }

    /**
     * Latent attention: one KV head, the query/key head stated, and the latent with its positional key; without the key
     * it is refused at the key's path, and a model that keeps its 8 KV heads at the KV heads' path.
     */
    @Test
    void latentAttentionSurvivesTheRoundTripAndNeedsItsKeyAndOneKvHead() throws Exception {
        PlanFile planFile = new PlanFile();
        String eightHeads = withMoeLayers("40").replace("\"moeLayers\": 40}",
                "\"moeLayers\": 40, \"latentKvDim\": 512, \"latentRopeDim\": 64}");
        String latent = Resources.replaceOnce(eightHeads, KV_HEADS, "\"kvHeads\": 1,\n        \"headDim\": 192,");
        Plan plan = planFile.read(latent, "latent.tokenplan");
        ModelShape m = plan.services().get(0).model();
        assertEquals(512, m.serving().latentKvDim());
        assertEquals(64, m.serving().latentRopeDim());
        assertEquals(80 * 576.0, m.kvBytesPerToken());
        assertEquals(plan, planFile.read(planFile.toJson(plan), "again.tokenplan"));
        PlanFileException key = assertThrows(PlanFileException.class, () -> planFile.read(
                latent.replace(", \"latentRopeDim\": 64", ""), "bad.tokenplan"));
        assertTrue(key.getMessage().startsWith("bad.tokenplan: $.services[0].model.serving.latentRopeDim"),
                key.getMessage());
        assertTrue(key.getMessage().endsWith("is needed when latentKvDim is set (512)"), key.getMessage());
        PlanFileException heads = assertThrows(PlanFileException.class,
                () -> planFile.read(eightHeads, "bad.tokenplan"));
        assertTrue(heads.getMessage().startsWith("bad.tokenplan: $.services[0].model.kvHeads"), heads.getMessage());
        assertTrue(heads.getMessage().endsWith("one latent serves every query head, was 8"), heads.getMessage());
    }

    @Test
    void theExpertsOwnWeightPrecisionSurvivesTheRoundTripAndStaysInRange() throws Exception {
        PlanFile planFile = new PlanFile();
        String nvfp4 = withMoeLayers("40").replace("\"moeLayers\": 40}",
                "\"moeLayers\": 40, \"expertWeightBytesPerParam\": 0.5625}");
        Plan plan = planFile.read(nvfp4, "experts.tokenplan");
        ModelShape m = plan.services().get(0).model();
        assertEquals(0.5625, m.expertWeightBytesPerParam());
        assertEquals(1.0, m.weightBytesPerParam());
        // 16 experts of (400 − 70) / 15 = 22B, 1 per token: 48B shared at 1 byte, 352B routed at 0.5625
        assertEquals(1e9 * (48 + 352 * 0.5625), m.weightBytes(), 1e-3);
        assertEquals(plan, planFile.read(planFile.toJson(plan), "again.tokenplan"));
        PlanFileException e = assertThrows(PlanFileException.class, () -> planFile.read(
                nvfp4.replace("0.5625}", "8}"), "bad.tokenplan"));
        assertTrue(e.getMessage().startsWith(
                "bad.tokenplan: $.services[0].model.serving.expertWeightBytesPerParam"), e.getMessage());
        assertTrue(e.getMessage().endsWith(
                "must be 0 (the model's weight precision) or between 0.125 and 4 (was 8.0)"), e.getMessage());
    }

    @Test
    void moreLocalAttentionLayersThanLayersNamesTheField() {
        String both = withMoeLayers("40").replace("\"moeLayers\": 40}", "\"moeLayers\": 40, "
                + "\"chunkedAttentionLayers\": 60, \"attentionChunkTokens\": 8192, \"slidingWindowLayers\": 21, "
                + "\"slidingWindowTokens\": 128}");
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(both, "bad.tokenplan"));
        assertTrue(e.getMessage().startsWith("bad.tokenplan: $.services[0].model.serving.slidingWindowLayers"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("with the 60 chunked attention layers must be at most layers (80), was 21"),
                e.getMessage());
    }

    @Test
    void aHeadSizeOutOfRangeNamesTheFieldAndItsLine() {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> new PlanFile().read(withHeadDim("0"), "bad.tokenplan"));
        assertEquals("bad.tokenplan: $.services[0].model.headDim (line 184): must be between 1 and 100000 (was 0)",
                e.getMessage());
    }

    @Test
    void moreMoeLayersThanLayersNamesTheField() {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> new PlanFile().read(withMoeLayers("81"), "bad.tokenplan"));
        assertTrue(e.getMessage().startsWith("bad.tokenplan: $.services[0].model.serving.moeLayers"), e.getMessage());
        assertTrue(e.getMessage().endsWith("must be at most layers (80), was 81"), e.getMessage());
    }
}

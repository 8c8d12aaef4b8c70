package com.tokenfactory.app.gui.properties;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ModelShape;

/**
 * The model's activation precision, experts (their weights' precision too), local attention and latent attention,
 * edited as fields of the service. A model that does
 * not state them ({@code model.serving} is null) is shown with what the engine assumes — activations at the weights'
 * precision but no narrower than FP8, {@value ModelServingShape#DEFAULT_EXPERTS_PER_TOKEN} experts per token, experts
 * not stated, every layer a mixture-of-experts layer, no local or latent attention — and the first edit writes those
 * assumptions down with the changed value, so nothing else moves.
 */
final class ModelServingFields {
    static final String ACTIVATION = "model.serving.activationBytesPerValue";
    static final String EXPERTS = "model.serving.experts";
    static final String EXPERTS_PER_TOKEN = "model.serving.expertsPerToken";
    static final String MOE_LAYERS = "model.serving.moeLayers";
    static final String EXPERT_WEIGHTS = "model.serving.expertWeightBytesPerParam";
    static final String CHUNKED_LAYERS = "model.serving.chunkedAttentionLayers";
    static final String CHUNK_TOKENS = "model.serving.attentionChunkTokens";
    static final String SLIDING_LAYERS = "model.serving.slidingWindowLayers";
    static final String WINDOW_TOKENS = "model.serving.slidingWindowTokens";
    static final String LATENT_KV = "model.serving.latentKvDim";
    static final String LATENT_ROPE = "model.serving.latentRopeDim";
    private static final String PREFIX = "model.serving.";

    private ModelServingFields() {
    }

    /** The element as the field at {@code path} reads and edits it: a service's model with its serving shape stated. */
    static Record filled(Record element, String path) {
        if (!path.startsWith(PREFIX) || !(element instanceof InferenceService s) || s.model().serving() != null) {
            return element;
        }
        ModelShape m = s.model();
        ModelServingShape assumed = new ModelServingShape(m.activationBytesPerValue(),
                ModelServingShape.DEFAULT_EXPERTS_PER_TOKEN, 0);
        ModelShape stated = new ModelShape(m.name(), m.totalParamsBillions(), m.activeParamsBillions(), m.layers(),
                m.hiddenSize(), m.attentionHeads(), m.kvHeads(), m.headDim(), m.contextTokens(),
                m.weightBytesPerParam(), m.kvBytesPerValue(), assumed);
        return com.tokenfactory.app.gui.plan.RecordCopy.with(s, "model", stated);
    }
}

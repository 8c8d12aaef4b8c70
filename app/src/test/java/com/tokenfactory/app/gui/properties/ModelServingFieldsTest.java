package com.tokenfactory.app.gui.properties;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.core.catalog.KnownModels;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model's activation precision, mixture-of-experts routing, local and latent attention in the service form. In the
 * capacity crunch the assistant (Llama 4 Maverick) states 128 routed experts, 1 per token, in 24 of its 48 layers,
 * chunked attention in 36 layers at 8,192 tokens, FP8 activations; the API's Llama 3.1 70B FP8 states nothing, so
 * the engine assumes FP8 activations.
 */
class ModelServingFieldsTest {
    private final Plan sample = Samples.open(Samples.CAPACITY_CRUNCH);
    private final PlanDocument document = new PlanDocument(sample, null);
    private final Selection selection = new Selection();
    private final PropertiesViewModel form = new PropertiesViewModel(document, selection,
            k -> k == ElementKind.SERVICE || k == ElementKind.TRAINING);

    private FieldSpec field(String path) {
        return form.sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.path().equals(path))
                .findFirst().orElseThrow();
    }

    private InferenceService service(String id) {
        return document.getPlan().services().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aStatedMixtureOfExpertsIsShownAndEditedAsOneUndoableChange() {
        selection.select("assistant");
        assertEquals("128", form.text(field(ModelServingFields.EXPERTS)));
        assertEquals("1", form.text(field(ModelServingFields.EXPERTS_PER_TOKEN)));
        assertEquals("1", form.text(field(ModelServingFields.ACTIVATION)));
        assertEquals("24", form.text(field(ModelServingFields.MOE_LAYERS)));
        assertEquals("36", form.text(field(ModelServingFields.CHUNKED_LAYERS)));
        assertEquals("8192", form.text(field(ModelServingFields.CHUNK_TOKENS)));
        assertEquals("per layer", field(ModelServingFields.EXPERTS).unit());

        assertEquals(Optional.empty(), form.commit(field(ModelServingFields.EXPERTS_PER_TOKEN), "2"));
        assertEquals(new ModelServingShape(1.0, 2, 128, 24, 36, 8192), service("assistant").model().serving());
        assertEquals(2, service("assistant").model().expertsPerToken());
        assertEquals("Change experts per token of Consumer assistant", document.undoNameProperty().get());
        document.undo();
        assertEquals(sample, document.getPlan());
    }

    @Test
    void routingTheModelCannotHaveIsRefusedWithTheReasonAndThePlanStays() {
        selection.select("assistant");
        assertEquals(Optional.of("Routed experts must be more than expertsPerToken (200), was 128"),
                form.commit(field(ModelServingFields.EXPERTS_PER_TOKEN), "200"));
        assertEquals(Optional.of("must be between 1 and 1024 (was 0)"),
                form.commit(field(ModelServingFields.EXPERTS_PER_TOKEN), "0"));
        assertEquals(Optional.of("must be between 0.125 and 4 (was 8.0)"),
                form.commit(field(ModelServingFields.ACTIVATION), "8"));
        assertEquals(Optional.of("'many' is not a number"),
                form.commit(field(ModelServingFields.EXPERTS), "many"));
        assertEquals(Optional.of("must be at most layers (48), was 49"),
                form.commit(field(ModelServingFields.MOE_LAYERS), "49"));
        assertEquals(Optional.of("is needed when chunkedAttentionLayers is set (36)"),
                form.commit(field(ModelServingFields.CHUNK_TOKENS), "0"));
        assertEquals(Optional.of("Sliding window is needed when slidingWindowLayers is set (12)"),
                form.commit(field(ModelServingFields.SLIDING_LAYERS), "12"));
        assertEquals(sample, document.getPlan());
    }

    /**
     * A sliding window is set window first, then layers; with Maverick's 36 chunked layers of 48, at most 12 can
     * slide.
     */
    @Test
    void aSlidingWindowIsSetWindowFirstAndSharesTheLayersWithTheChunkedOnes() {
        selection.select("assistant");
        assertEquals("0", form.text(field(ModelServingFields.SLIDING_LAYERS)));
        assertEquals(Optional.empty(), form.commit(field(ModelServingFields.WINDOW_TOKENS), "4096"));
        assertEquals(Optional.of("with the 36 chunked attention layers must be at most layers (48), was 13"),
                form.commit(field(ModelServingFields.SLIDING_LAYERS), "13"));
        assertEquals(Optional.empty(), form.commit(field(ModelServingFields.SLIDING_LAYERS), "12"));
        assertEquals(new ModelServingShape(1.0, 1, 128, 24, 36, 8192, 12, 4096),
                service("assistant").model().serving());
    }

    /**
     * Latent attention is set positional key first, then one KV head and the query/key head, then the latent; each
     * step the model cannot take yet is refused with its reason and the plan stays. The assistant (Maverick) keeps
     * 8 KV heads until told otherwise.
     */
    @Test
    void latentAttentionIsSetKeyAndHeadsFirstAndRefusedUntilThen() {
        selection.select("assistant");
        assertEquals("0", form.text(field(ModelServingFields.LATENT_KV)));
        assertEquals(Optional.of("Latent positional key is needed when latentKvDim is set (512)"),
                form.commit(field(ModelServingFields.LATENT_KV), "512"));
        assertEquals(Optional.empty(), form.commit(field(ModelServingFields.LATENT_ROPE), "64"));
        assertEquals(Optional.of("KV heads must be 1 with a latent KV cache (serving.latentKvDim): one latent serves "
                + "every query head, was 8"), form.commit(field(ModelServingFields.LATENT_KV), "512"));
        assertEquals(Optional.empty(), form.commit(field("model.kvHeads"), "1"));
        assertEquals(Optional.empty(), form.commit(field("model.headDim"), "192"));
        assertEquals(Optional.empty(), form.commit(field(ModelServingFields.LATENT_KV), "512"));
        assertEquals(48 * 576.0, service("assistant").model().kvBytesPerToken());
        assertEquals("values/token", field(ModelServingFields.LATENT_KV).unit());
    }

    /**
     * The service's model read as a known model: the API's Llama 3.1 70B and the assistant's Maverick are recognised
     * under their own names. Choosing DeepSeek-V3 for the API is one undoable edit that keeps its FP8 weights and KV
     * cache and its context; a field edited away from the shape reads "Custom".
     */
    @Test
    void aKnownModelFillsTheShapeAndKeepsThePrecision() {
        selection.select("api");
        FieldSpec known = field("model");
        assertEquals("Llama 3.1 / 3.3 70B", form.text(known));
        ModelShape before = service("api").model();
        assertEquals(Optional.empty(), form.commit(known, KnownModels.DEEPSEEK_V3));
        ModelShape after = service("api").model();
        assertEquals("DeepSeek-V3 / R1", after.name());
        assertEquals(1, after.kvHeads());
        assertEquals(512, after.serving().latentKvDim());
        assertEquals(before.weightBytesPerParam(), after.weightBytesPerParam());
        assertEquals(before.kvBytesPerValue(), after.kvBytesPerValue());
        assertEquals(before.contextTokens(), after.contextTokens());
        assertEquals("DeepSeek-V3 / R1", form.text(known));
        assertEquals("Change known model of Developer API", document.undoNameProperty().get());
        assertEquals(Optional.empty(), form.commit(field("model.layers"), "60"));
        assertEquals("Custom", form.text(known));
        document.undo();
        document.undo();
        assertEquals(sample, document.getPlan());
        selection.select("assistant");
        assertEquals("Llama 4 Maverick 17B-128E", form.text(field("model")));
    }

    /** Splitting a mixture of experts' attention over the GPUs is a flag of the service's serving options. */
    @Test
    void attentionIsSplitOverTheGpusOnlyWhenAsked() {
        selection.select("assistant");
        FieldSpec split = field("serving.attentionTensorParallel");
        assertEquals("No", form.text(split));
        assertEquals(Optional.empty(), form.commit(split, true));
        assertTrue(service("assistant").serving().attentionTensorParallel());
        assertEquals("Change attention split over GPUs of Consumer assistant", document.undoNameProperty().get());
        document.undo();
        assertEquals(sample, document.getPlan());
    }

    /**
     * Maverick's experts stored in NVFP4 (0.5625 bytes) beside its FP8 rest: 0 shows until set, the model then stores
     * fewer bytes, and a precision out of range is refused.
     */
    @Test
    void theExpertsWeightPrecisionIsTheModelsUntilSet() {
        selection.select("assistant");
        assertEquals("0", form.text(field(ModelServingFields.EXPERT_WEIGHTS)));
        double before = service("assistant").model().weightBytes();
        assertEquals(Optional.empty(), form.commit(field(ModelServingFields.EXPERT_WEIGHTS), "0.5625"));
        assertEquals(0.5625, service("assistant").model().expertWeightBytesPerParam());
        assertTrue(service("assistant").model().weightBytes() < before);
        assertEquals(Optional.of("must be 0 (the model's weight precision) or between 0.125 and 4 (was 8.0)"),
                form.commit(field(ModelServingFields.EXPERT_WEIGHTS), "8"));
    }

    @Test
    void aModelThatStatesNothingShowsWhatTheEngineAssumesAndKeepsItUntilEdited() {
        selection.select("api");
        assertNull(service("api").model().serving());
        // FP8 weights: activations at the weights' precision, no narrower than FP8 = 1 byte
        assertEquals("1", form.text(field(ModelServingFields.ACTIVATION)));
        assertEquals("0", form.text(field(ModelServingFields.EXPERTS)));
        // committing what is shown changes nothing
        assertEquals(Optional.empty(), form.commit(field(ModelServingFields.ACTIVATION), "1"));
        assertEquals(sample, document.getPlan());

        // FP4 activations (NVFP4 W4A4 needs FP4 weights too: the math runs at the wider of the two, FP8 here)
        assertEquals(Optional.empty(), form.commit(field(ModelServingFields.ACTIVATION), "0.5"));
        InferenceService api = service("api");
        assertEquals(new ModelServingShape(0.5, ModelServingShape.DEFAULT_EXPERTS_PER_TOKEN, 0), api.model().serving());
        assertEquals(0.5, api.model().activationBytesPerValue());
        assertEquals(1.0, api.model().mathBytesPerValue());
        assertEquals(1, api.model().expertsPerToken(), "a dense model routes nothing");
        assertTrue(document.undoNameProperty().get().startsWith("Change activation precision of "));
        document.undo();
        assertNull(service("api").model().serving());
    }
}

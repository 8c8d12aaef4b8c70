package com.tokenfactory.app.gui.properties;

import com.tokenfactory.app.gui.plan.ElementKind;

import java.util.List;

import static com.tokenfactory.app.gui.properties.FieldType.CONTRACT_KIND;
import static com.tokenfactory.app.gui.properties.FieldType.FLAG;
import static com.tokenfactory.app.gui.properties.FieldType.KNOWN_MODEL;
import static com.tokenfactory.app.gui.properties.FieldType.LABELS;
import static com.tokenfactory.app.gui.properties.FieldType.LATENCY;
import static com.tokenfactory.app.gui.properties.FieldType.LONG_TEXT;
import static com.tokenfactory.app.gui.properties.FieldType.MONTH;
import static com.tokenfactory.app.gui.properties.FieldType.NUMBER;
import static com.tokenfactory.app.gui.properties.FieldType.OPTIONAL_MONTH;
import static com.tokenfactory.app.gui.properties.FieldType.OPTIONAL_NUMBER;
import static com.tokenfactory.app.gui.properties.FieldType.OPTIONAL_PERCENT;
import static com.tokenfactory.app.gui.properties.FieldType.OPTIONAL_TEXT;
import static com.tokenfactory.app.gui.properties.FieldType.OPTIONAL_WHOLE;
import static com.tokenfactory.app.gui.properties.FieldType.PERCENT;
import static com.tokenfactory.app.gui.properties.FieldType.READ_ONLY;
import static com.tokenfactory.app.gui.properties.FieldType.SKU;
import static com.tokenfactory.app.gui.properties.FieldType.TEXT;
import static com.tokenfactory.app.gui.properties.FieldType.WHOLE;

/** The fields the property editor shows for each kind of element, with their units. */
public final class ElementForms {
    private ElementForms() {
    }

    public static List<FormSection> of(ElementKind kind) {
        return switch (kind) {
            case SITE -> site();
            case HALL -> hall();
            case POD -> pod();
            case PARTNER -> partner();
            case SERVICE -> service();
            case TRAINING -> training();
        };
    }

    private static FieldSpec f(String label, String path, FieldType type, String unit) {
        return FieldSpec.of(label, path, type, unit);
    }

    private static List<FormSection> site() {
        return List.of(
                FormSection.of("Site",
                        f("Id", "id", READ_ONLY, ""),
                        f("Name", "name", TEXT, ""),
                        f("Region", "region", TEXT, ""),
                        f("Certifications", "certifications", LABELS, "")
                                .withHelp("Compliance the site holds; workloads requiring one run only where it is held."),
                        f("Latitude", "latitude", NUMBER, "° N"),
                        f("Longitude", "longitude", NUMBER, "° E")),
                FormSection.of("Power",
                        f("Grid interconnect", "gridMw", NUMBER, "MW").withHelp("Capacity at the meter."),
                        f("Grid available", "gridAvailable", MONTH, "month")
                                .withHelp("No hall powers on before the grid connection delivers."),
                        f("PUE", "pue", NUMBER, "facility ÷ IT").withHelp("Power usage effectiveness, 1 to 3.")),
                FormSection.of("Money",
                        f("Electricity price", "electricityUsdPerMwh", NUMBER, "$/MWh"),
                        f("Electricity escalation", "electricityEscalationPerYear", PERCENT, "%/yr"),
                        f("Facility cost", "facilityCostUsdPerMw", NUMBER, "$/MW IT")
                                .withHelp("Build cost per MW of critical IT; a hall without its own capex uses it.")),
                FormSection.of("Source", f("Source", "source", LONG_TEXT, "")));
    }

    private static List<FormSection> hall() {
        return List.of(
                FormSection.of("Hall",
                        f("Id", "id", READ_ONLY, ""),
                        f("Name", "name", TEXT, ""),
                        f("Critical IT power", "criticalItMw", NUMBER, "MW")
                                .withHelp("Power the hall can deliver to GPUs; its pods must fit in it.")),
                FormSection.of("Schedule",
                        f("Construction start", "constructionStart", MONTH, "month"),
                        f("Build time", "buildMonths", WHOLE, "months"),
                        f("Energization", "energization", OPTIONAL_MONTH, "month")
                                .withHelp("Blank: construction start + build time.")),
                FormSection.of("Money",
                        f("Facility capex", "facilityCapexUsd", OPTIONAL_NUMBER, "$")
                                .withHelp("Blank: the site's facility cost per MW × critical IT power.")));
    }

    private static List<FormSection> pod() {
        return List.of(FormSection.of("GPU pod",
                f("Id", "id", READ_ONLY, ""),
                f("SKU", "skuId", SKU, ""),
                f("GPUs", "gpus", WHOLE, "GPUs"),
                f("Install month", "install", MONTH, "month")
                        .withHelp("GPU capex is spent this month; GPUs serve once the hall has power.")));
    }

    private static List<FormSection> partner() {
        return List.of(
                FormSection.of("Partner cloud",
                        f("Id", "id", READ_ONLY, ""),
                        f("Name", "name", TEXT, ""),
                        f("Provider", "provider", TEXT, ""),
                        f("Region", "region", OPTIONAL_TEXT, ""),
                        f("Certifications", "certifications", LABELS, "")),
                FormSection.of("Capacity",
                        f("SKU", "skuId", SKU, ""),
                        f("GPUs", "gpus", WHOLE, "GPUs")
                                .withHelp("Under contract (committed) or the most that may be rented (on demand)."),
                        f("Kind", "kind", CONTRACT_KIND, ""),
                        f("Price", "usdPerGpuHour", NUMBER, "$/GPU-h")),
                FormSection.of("Term",
                        f("Start", "start", MONTH, "month"),
                        f("Term", "termMonths", WHOLE, "months"),
                        f("Lead time", "leadTimeMonths", WHOLE, "months")
                                .withHelp("Months between signing and first capacity.")),
                FormSection.of("Source", f("Source", "source", LONG_TEXT, "")));
    }

    private static List<FormSection> service() {
        return List.of(
                FormSection.of("Inference service",
                        f("Id", "id", READ_ONLY, ""),
                        f("Name", "name", TEXT, ""),
                        f("Priority", "priority", WHOLE, "1 = first")
                                .withHelp("Capacity goes to lower numbers first (1 to 100)."),
                        f("Latency", "latency", LATENCY, ""),
                        f("Required certifications", "requiredCertifications", LABELS, "")
                                .withHelp("Runs only on sites and partner clouds holding all of these.")),
                FormSection.of("Price",
                        f("Input price", "inputPriceUsdPerMillionTokens", NUMBER, "$/Mtok")
                                .withHelp("Per million input (prompt) tokens at the plan start."),
                        f("Output price", "outputPriceUsdPerMillionTokens", NUMBER, "$/Mtok")
                                .withHelp("Per million output (generated) tokens at the plan start."),
                        f("Price decline", "priceDeclinePerYear", OPTIONAL_PERCENT, "%/yr")
                                .withHelp("Blank: the plan's token price decline."),
                        f("Serve at a loss", "serveAtLoss", FLAG, "")
                                .withHelp("Keep the customer: also serve where a token costs more than its price "
                                        + "(on-demand rental, or owned GPUs' electricity). Off: such demand is "
                                        + "left unserved.")),
                FormSection.of("Token mix",
                        f("Input tokens", "inputTokensPerRequest", NUMBER, "tokens/request"),
                        f("Output tokens", "outputTokensPerRequest", NUMBER, "tokens/request"),
                        f("Daily peak", "peakToAverage", NUMBER, "× average")
                                .withHelp("Busiest hour's demand ÷ the day's average (1 to 24). Capacity is held "
                                        + "for the peak; 1 is a flat day.")),
                FormSection.of("Model shape",
                        f("Known model", "model", KNOWN_MODEL, "")
                                .withHelp("Fills the shape below from a published model's configuration (parameters, "
                                        + "layers, widths, heads, routing, local and latent attention; each item's "
                                        + "tooltip gives its source). The precision and context stay as set. "
                                        + "Custom: the shape is the fields' own."),
                        f("Model", "model.name", TEXT, ""),
                        f("Parameters", "model.totalParamsBillions", NUMBER, "billion"),
                        f("Active parameters", "model.activeParamsBillions", NUMBER, "billion")
                                .withHelp("Equal to parameters for dense models; less for mixture-of-experts."),
                        f("Layers", "model.layers", WHOLE, ""),
                        f("Hidden size", "model.hiddenSize", WHOLE, ""),
                        f("Attention heads", "model.attentionHeads", WHOLE, ""),
                        f("KV heads", "model.kvHeads", WHOLE, ""),
                        f("Head size", "model.headDim", OPTIONAL_WHOLE, "per head")
                                .withHelp("Blank: hidden size ÷ attention heads. Some models state another "
                                        + "(Qwen3-235B-A22B: 128 with a hidden size of 4,096 and 64 heads); it sizes "
                                        + "attention's math and the KV cache."),
                        f("Context", "model.contextTokens", WHOLE, "tokens"),
                        f("Weight precision", "model.weightBytesPerParam", NUMBER, "bytes/param")
                                .withHelp("2 for BF16, 1 for FP8, 0.5 for FP4."),
                        f("KV-cache precision", "model.kvBytesPerValue", NUMBER, "bytes/value"),
                        f("Activation precision", ModelServingFields.ACTIVATION, NUMBER, "bytes/value")
                                .withHelp("2 for BF16, 1 for FP8, 0.5 for FP4 (NVFP4 W4A4). The math runs at the "
                                        + "wider of weights and activations, at the SKU's peak for it. Until set: "
                                        + "the weights' precision, no narrower than FP8."),
                        f("Routed experts", ModelServingFields.EXPERTS, WHOLE, "per layer")
                                .withHelp("Mixture-of-experts only (active < total parameters): routed experts "
                                        + "per layer, e.g. 256 for DeepSeek-V3, 128 for Llama 4 Maverick. 0 = not "
                                        + "stated: all weights are taken as expert weights."),
                        f("Experts per token", ModelServingFields.EXPERTS_PER_TOKEN, WHOLE, "per layer")
                                .withHelp("Mixture-of-experts only: experts each token is routed to (8 for "
                                        + "DeepSeek-V3 and Qwen3-MoE, 1 for Llama 4 Maverick); sets the "
                                        + "expert-parallel all-to-all volume."),
                        f("Expert weight precision", ModelServingFields.EXPERT_WEIGHTS, NUMBER, "bytes/param")
                                .withHelp("Mixture-of-experts only: the routed experts' weights where they are "
                                        + "stored at another precision than the rest (gpt-oss: MXFP4 experts, 0.53, "
                                        + "beside BF16 attention, 2). Their math runs at the wider of it and the "
                                        + "activations. 0 = the model's weight precision; set the routed experts "
                                        + "first."),
                        f("MoE layers", ModelServingFields.MOE_LAYERS, WHOLE, "layers")
                                .withHelp("Mixture-of-experts only: layers that route to experts; the others are "
                                        + "dense (24 of Llama 4 Maverick's 48, 58 of DeepSeek-V3's 61). 0 = every "
                                        + "layer. Each pays the expert exchange and the fixed time per MoE layer."),
                        f("Chunked attention layers", ModelServingFields.CHUNKED_LAYERS, WHOLE, "layers")
                                .withHelp("Layers whose tokens attend only within their own chunk of the context "
                                        + "(Llama 4: 36 of 48, chunks of 8,192 tokens); the others attend to all of "
                                        + "it. They hold the whole context's KV cache but compute and read only "
                                        + "their chunk's. 0 = none."),
                        f("Attention chunk", ModelServingFields.CHUNK_TOKENS, WHOLE, "tokens")
                                .withHelp("The chunk of the chunked attention layers (8,192 for Llama 4)."),
                        f("Sliding-window layers", ModelServingFields.SLIDING_LAYERS, WHOLE, "layers")
                                .withHelp("Layers whose tokens attend only to the last tokens of a window (gpt-oss: "
                                        + "every second layer, 128 tokens; Gemma 3: five in six, 1,024; Mistral 7B: "
                                        + "all, 4,096). They compute, read and hold only the window's KV cache. "
                                        + "0 = none; set the window first."),
                        f("Sliding window", ModelServingFields.WINDOW_TOKENS, WHOLE, "tokens")
                                .withHelp("The window of the sliding-window layers."),
                        f("Latent KV", ModelServingFields.LATENT_KV, WHOLE, "values/token")
                                .withHelp("Multi-head latent attention (DeepSeek-V3 and R1, Kimi K2): each layer "
                                        + "caches one latent of this many values per token that every query head "
                                        + "shares (DeepSeek-V3: 512), and decoding scores and weights it in every "
                                        + "head. 0 = none; first set KV heads to 1, the head size to the query/key "
                                        + "head (192) and the latent positional key."),
                        f("Latent positional key", ModelServingFields.LATENT_ROPE, WHOLE, "values/token")
                                .withHelp("The positional (RoPE) key cached beside the latent (DeepSeek-V3: 64).")),
                FormSection.of("Serving",
                        f("Disaggregated", "serving.disaggregated", FLAG, "")
                                .withHelp("Prefill and decode on separate GPUs of the pool (Splitwise, DistServe); "
                                        + "the engine chooses the split. Off: prompts are prefilled in chunks inside "
                                        + "decode steps."),
                        f("Prefix-cache hit rate", "serving.prefixCacheHitRate", PERCENT, "% of prompt tokens")
                                .withHelp("Prompt tokens whose KV cache is reused and not prefilled again. SGLang "
                                        + "measured 50–99% on few-shot, chat and agent workloads; 0 for unique "
                                        + "prompts."),
                        f("Draft tokens", "serving.draftTokensPerStep", WHOLE, "tokens/step")
                                .withHelp("Speculative decoding: tokens a draft proposes per step; 0 = off "
                                        + "(TensorRT-LLM and vLLM use 3–5)."),
                        f("Accepted tokens", "serving.acceptedTokensPerStep", NUMBER, "tokens/step")
                                .withHelp("Tokens kept per step, the bonus token included (1 = no speculation; "
                                        + "EAGLE-2 reports about 4–5 at batch 1, less at serving batches)."),
                        f("Attention split over GPUs", "serving.attentionTensorParallel", FLAG, "")
                                .withHelp("Mixture-of-experts models: attention split over the GPUs by heads, as "
                                        + "vLLM and SGLang serve one by default; every GPU then holds each "
                                        + "sequence's share of the KV cache, a latent whole. Off: attention "
                                        + "data-parallel, each GPU its own sequences (TensorRT-LLM's and SGLang's "
                                        + "DP attention). Dense models always split it.")),
                FormSection.of("Source", f("Source", "source", LONG_TEXT, "")));
    }

    private static List<FormSection> training() {
        return List.of(
                FormSection.of("Training run",
                        f("Id", "id", READ_ONLY, ""),
                        f("Name", "name", TEXT, ""),
                        f("Compute", "computeFlops", NUMBER, "FLOP").withHelp("Total training compute, e.g. 2e25."),
                        f("Minimum cluster", "minGpusInOneSite", WHOLE, "GPUs in one site")
                                .withHelp("Smallest cluster of one SKU in one site (or one committed contract)."),
                        f("Required certifications", "requiredCertifications", LABELS, "")),
                FormSection.of("Window",
                        f("Earliest start", "earliestStart", MONTH, "month"),
                        f("Deadline", "deadline", MONTH, "month")),
                FormSection.of("Value",
                        f("Value", "valueUsdPerGpuHour", NUMBER, "$/GPU-h")
                                .withHelp("What a GPU-hour of this run is worth to the business.")),
                FormSection.of("Source", f("Source", "source", LONG_TEXT, "")));
    }
}

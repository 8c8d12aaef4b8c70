package com.tokenfactory.core.engine;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.ServingOptions;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The published serving measurements of {@code src/test/resources/validation} (see its README.md and sources.md)
 * against the roofline: each case rebuilt as a service on a catalog SKU at the measured tensor parallelism and
 * pipeline depth, under the benchmark's own conditions.
 * <p>
 * The TensorRT-LLM performance overview measures "max throughput": trtllm-bench feeds every request at once with no
 * latency limit. That condition is modelled here, not in the defaults: no TPOT or TTFT target, the engine limits
 * trtllm-bench chooses for each case ({@link #benchLimits}), TensorRT-LLM's KV-cache share of the memory left after
 * the weights (kv_cache_free_gpu_mem_fraction 0.95, stated in the overview) and its default scheduler, which admits a
 * request only when the KV cache of its whole prompt and output is free (GUARANTEED_NO_EVICT, the default
 * capacity_scheduler_policy of TensorRT-LLM's SchedulerConfig), and the finite dataset each run served
 * ({@link #predict}).
 */
final class ServingValidation {
    /**
     * The overview's "--kv_cache_free_gpu_mem_fraction 0.95", applied here as the share of the catalog's whole HBM
     * that weights and KV cache fill together (the KV cache 0.95 × HBM − weights; trtllm-bench's own batch limit in
     * {@link #benchLimits} takes 0.95 of what the weights leave). TensorRT-LLM applies it to what its memory
     * profiling leaves free (the device's memory as CUDA reports it less the weights and the runtime's activations and
     * buffers); that exact rule, with the one measured runtime figure or with one fitted, was tried and scored worse
     * (docs/validation.md, "Checked and not adopted").
     */
    static final double USABLE_HBM = 0.95;
    /** KV-cache bytes per value: unstated in the overview; NVIDIA's ModelOpt FP8/NVFP4 checkpoints quantize it to FP8. */
    static final double KV_BYTES = Double.parseDouble(System.getProperty("validation.kvBytes", "1"));
    /** vLLM's default kv_cache_dtype "auto": the model's activation dtype, BF16 (the Oracle runs state none). */
    static final double VLLM_KV_BYTES = 2;
    /** vLLM's default max_num_seqs (EngineArgs). */
    static final int VLLM_MAX_NUM_SEQS = 256;
    /** The TensorRT-LLM 0.17 overview's tensor-parallel sweeps (a check block). */
    static final String TP_SWEEP = "CHK-TP-SWEEP-v0.17";
    /** vLLM's default gpu_memory_utilization (EngineArgs). */
    static final double VLLM_USABLE_HBM = 0.90;

    /**
     * One measured case; {@code framework} is the serving software's version text, {@code fixedBatch} the batch of a
     * fixed-batch latency run (0 for a throughput run).
     */
    record Case(String id, String split, String block, String modelId, String sku, int tp, int pp, String weights,
                String activations, double isl, double osl, double measuredOutputPerGpu, String framework,
                int fixedBatch, int gpus, String condition) {
        boolean vllm() {
            return framework.startsWith("vLLM");
        }
    }

    /**
     * A case with the model's prediction of the figure it measured: output tokens/s per GPU for a throughput run, the
     * time per output token (ms) for an online run ({@link #latencyRows}).
     */
    record Row(Case c, double predicted, double measured) {
        double ratio() {
            return predicted / measured;
        }

        double absError() {
            return Math.abs(ratio() - 1.0);
        }
    }

    /**
     * trtllm-bench's own max_batch_size and max_num_tokens, which the overview's commands leave it to choose
     * (NVIDIA/TensorRT-LLM tensorrt_llm/bench/benchmark/utils/general.py get_settings →
     * bench/build/tuning.py calc_engine_setting and finetune_setting): the requests whose whole prompt and output
     * fit 95% of the memory left after the weights, counting at least one KV head per tensor-parallel GPU, rounded
     * up (at least 64); tokens per step for that batch's prompts, rounded up (at least 2,048), and — chunked prefill
     * being off in the overview's options — never less than one whole prompt plus the batch. trtllm-bench reads the
     * device's memory in GiB from NVML; the catalog's GB figure stands in for it (80 GB H100: NVML 79.6 GiB).
     */
    BenchLimits benchLimits(Case c, ModelShape m, HardwareSku sku) {
        double gib = 1024.0 * 1024 * 1024;
        // trtllm-bench reads config.json's num_key_value_heads and head_dim; a latent-attention model states per-head
        // attention there (DeepSeek-V3: 128 KV heads and no head_dim, so hidden ÷ heads = 56), 25 times its latent
        boolean latent = latentAttention.get(c.modelId())[0] > 0;
        int configKvHeads = latent ? m.attentionHeads() : m.kvHeads();
        double configHeadSize = latent ? m.hiddenSizePerHead() : m.headSize();
        double perToken = 2.0 * m.layers() * Math.max(group(c), configKvHeads) * configHeadSize * KV_BYTES / gib;
        double engine = m.totalParamsBillions() * 1e9 * (c.weights().equals("NVFP4") ? 0.5 : bytes(c.weights())) / gib;
        double available = sku.hbmBytes() / 1e9 * group(c) * c.pp() - engine;
        double requests = available * USABLE_HBM / (perToken * (c.isl() + c.osl()));
        double rawBatch = Math.min(requests, 4096) / c.pp();
        double rawTokens = Math.min(rawBatch * (1 + c.isl() / c.osl()), 32768);
        int batch = rawBatch < 256 ? (int) Math.max(64, 32 * Math.ceil(rawBatch / 32))
                : rawBatch < 1024 ? (int) (128 * Math.ceil(rawBatch / 128)) : (int) (256 * Math.ceil(rawBatch / 256));
        int tokens = rawTokens < 4096 ? (int) Math.max(2048, 256 * Math.ceil(rawTokens / 256))
                : rawTokens < 8192 ? (int) (512 * Math.ceil(rawTokens / 512)) : (int) (1024 * Math.ceil(rawTokens / 1024));
        // chunked prefill is off in the overview's options: a whole prompt must fit one step
        tokens = Math.max(tokens, (int) c.isl() + batch);
        return new BenchLimits(batch, tokens);
    }

    /** The engine limits trtllm-bench chose for a case: per scheduler, and with attention data parallelism per GPU. */
    record BenchLimits(int maxBatch, int maxTokensPerStep) {
    }

    private final Map<String, ModelShape> models = new HashMap<>();
    private final Map<String, Integer> expertsPerToken = new HashMap<>();
    private final Map<String, Integer> experts = new HashMap<>();
    private final Map<String, Integer> moeLayers = new HashMap<>();
    /**
     * Per model: chunked attention layers and their chunk, then sliding-window layers and their window, tokens
     * (Llama 4: 36 of 48 chunked at 8,192; gpt-oss: 18 of 36 sliding at 128; 0 for none).
     */
    private final Map<String, int[]> localAttention = new HashMap<>();
    /** Per model with latent attention: its latent and positional key, values per token and layer (else 0 and 0). */
    private final Map<String, int[]> latentAttention = new HashMap<>();
    private final List<Case> cases = new ArrayList<>();

    ServingValidation() {
        for (Map<String, String> m : ValidationCsv.read("models.csv")) {
            if (complete(m)) {
                models.put(m.get("model_id"), shape(m));
            }
        }
        Map<String, Map<String, String>> split = new HashMap<>();
        for (Map<String, String> s : ValidationCsv.read("split.csv")) {
            split.put(s.get("id"), s);
        }
        for (Map<String, String> r : ValidationCsv.read("cases.csv")) {
            Map<String, String> s = split.get(r.get("id"));
            cases.add(new Case(r.get("id"), s.get("split"), s.get("block"), r.get("model_id"), r.get("sku"),
                    Integer.parseInt(r.get("tp")), Integer.parseInt(r.get("pp")), r.get("weight_precision"),
                    r.get("activation_precision"), Double.parseDouble(r.get("isl")), Double.parseDouble(r.get("osl")),
                    Double.parseDouble(r.get("measured_output_tokens_per_s_per_gpu")), r.get("framework_version"),
                    fixedBatch(r.get("latency_condition"), r.get("concurrency_or_batch")),
                    Integer.parseInt(r.get("gpus")), r.get("latency_condition")));
        }
    }

    List<Case> cases(String split, String block) {
        return cases.stream().filter(c -> c.split().equals(split) && (block == null || c.block().equals(block)))
                .toList();
    }

    Case byId(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** Whether the case's SKU is in the built-in catalog and its precision and model are ones this harness maps. */
    boolean scorable(Case c) {
        return sku(c.sku()) != null && models.containsKey(c.modelId()) && bytes(c.weights()) > 0
                && activationBytes(c) > 0;
    }

    /**
     * The activations' bytes per value. Where a vLLM run leaves them unstated, vLLM's FP8 checkpoints compute W8A8:
     * it quantizes activations to FP8 with dynamic scales (vLLM documentation, "FP8 W8A8").
     */
    static double activationBytes(Case c) {
        return c.vllm() && c.activations().equals("unstated") && c.weights().equals("FP8") ? 1.0
                : bytes(c.activations());
    }

    /** The batch of a fixed-batch latency run ("fixed batch of N", "batch N"), else 0. */
    private static int fixedBatch(String condition, String batch) {
        return condition.startsWith("fixed batch") && batch.startsWith("batch ")
                ? Integer.parseInt(batch.substring("batch ".length()).trim()) : 0;
    }

    /**
     * Predicted output tokens/s per GPU. An overview's run serves a finite dataset of identical requests
     * ({@link #datasetRequests}) through a scheduler that holds at most the batch its memory allows; the harness
     * takes it as ⌊N/batch⌋ full batches, then one of the N mod batch left, each at its own rate (an approximation:
     * in-flight batching's staggered admissions drain the last requests over a tail). A run with fewer requests than
     * that batch runs them all at once. Where no dataset size is stated the run is taken at its steady state.
     */
    double predict(Case c, Efficiencies eff) {
        ThroughputEstimate full = estimate(c, eff);
        int requests = datasetRequests(c);
        if (requests == 0 || !full.fits()) {
            return full.outputTokensPerSecondPerGpu();
        }
        int batch = full.decodeBatch();
        int left = requests % batch;
        double seconds = requests / batch * seconds(c, batch, full)
                + (left > 0 ? seconds(c, left, estimate(c, eff, left)) : 0.0);
        return requests * c.osl() / (seconds * gpus(full));
    }

    /** Time {@code requests} take to pass through at the estimate's rate, s: their output tokens ÷ that rate. */
    private static double seconds(Case c, int requests, ThroughputEstimate e) {
        return requests * c.osl() / (e.outputTokensPerSecondPerGpu() * gpus(e));
    }

    private static int gpus(ThroughputEstimate e) {
        return e.tensorParallel() * e.pipelineStages();
    }

    /**
     * The requests in a run's dataset ("$num_requests"), as each overview's table states them per ISL/OSL; 0 where it
     * states none (the newer overview lists no count for 1000/1000).
     */
    static int datasetRequests(Case c) {
        String lengths = (int) c.isl() + "/" + (int) c.osl();
        return switch (c.block()) {
            case "FIT", "HO-MAIN" -> switch (lengths) {
                case "128/128" -> 30_000;
                case "128/2048", "2048/128", "1000/1000", "500/2000" -> 3_000;
                case "128/4096", "1000/2000", "2048/2048", "5000/500" -> 1_500;
                case "20000/2000" -> 1_000;
                default -> 0;
            };
            case "CHK-NEWER-SW" -> switch (lengths) {
                case "1024/1024" -> 3_000;
                case "8192/1024", "1024/8192" -> 1_500;
                case "32768/1024", "1024/32768" -> 1_000;
                default -> 0;
            };
            default -> 0;
        };
    }

    /** The roofline's whole estimate for a case, with its batch, step time and bound. */
    ThroughputEstimate estimate(Case c, Efficiencies eff) {
        return estimate(c, eff, 0);
    }

    /** The estimate with at most {@code requestsAtOnce} requests in the group (0: only the benchmark's limits). */
    ThroughputEstimate estimate(Case c, Efficiencies eff, int requestsAtOnce) {
        ModelShape m = models.get(c.modelId());
        InferenceService s = service(c, activationBytes(c), c.vllm() ? VLLM_KV_BYTES : KV_BYTES);
        HardwareSku sku = sku(c.sku());
        if (c.vllm()) {
            // vLLM's defaults, the run stating none: max_num_seqs 256 (or the fixed batch of a latency run),
            // gpu_memory_utilization 0.9, a scheduler that pre-empts when the KV cache runs out (the mean live length)
            return Roofline.estimateAt(s, sku, eff, ServingLimits.maxThroughput(
                    c.fixedBatch() > 0 ? c.fixedBatch() : VLLM_MAX_NUM_SEQS, VLLM_USABLE_HBM, false, false), 0, c.tp(),
                    c.pp());
        }
        BenchLimits bench = benchLimits(c, m, sku);
        // with attention data parallelism every GPU of the group is a scheduler of its own with these limits
        // (TensorRT-LLM's PyTorch executor: max_batch_size is per attention-DP rank)
        int schedulers = experts.get(c.modelId()) > 0 && !splitAttention(c) ? group(c) : 1;
        // and its MoE layers gather every GPU's tokens and reduce-scatter the results (TensorRT-LLM's CUTLASS MoE
        // with attention DP: its all-to-all needs multi-node NVLink (MnnvlMemory.supports_mnnvl) or opt-in DeepEP)
        int maxBatch = bench.maxBatch() * schedulers;
        if (requestsAtOnce > 0) {
            maxBatch = Math.min(maxBatch, requestsAtOnce);
        }
        return Roofline.estimateAt(s, sku, eff, ServingLimits.maxThroughput(maxBatch, USABLE_HBM, true, true),
                bench.maxTokensPerStep() * schedulers, group(c), c.pp());
    }

    /**
     * The GPUs of one pipeline stage: the tensor-parallel degree, or for a mixture of experts its expert-parallel
     * group — the newer overview records its "DEPn" runs (attention data-parallel over n GPUs, experts over the same
     * n: trtllm-bench --tp n --ep n) as TP 1 on n GPUs.
     */
    int group(Case c) {
        return experts.get(c.modelId()) > 0 ? Math.max(c.tp(), c.gpus() / c.pp()) : c.tp();
    }

    /** The mean time per output token an online run measured ("mean ITL 21 ms", "ITL 18.58 ms"), ms; NaN if none. */
    static double measuredItlMs(Case c) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ITL ([0-9.]+) ms").matcher(c.condition());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /**
     * Sequences decoding at once in an online run, by Little's law: the group's output tokens per second × the time
     * each sequence takes per token.
     */
    static double decodingSequences(Case c) {
        return c.measuredOutputPerGpu() * c.gpus() * measuredItlMs(c) / 1000.0;
    }

    /**
     * The roofline's estimate of an online run at the batch it measured ({@link #decodingSequences}), under
     * TensorRT-LLM's defaults otherwise (KV cache 0.90 of free memory): its step time is the predicted time per output
     * token.
     */
    ThroughputEstimate atMeasuredBatch(Case c, Efficiencies eff) {
        double weight = weightBytes(c);
        double activation = c.activations().equals("unstated") ? Math.max(1.0, weight) : bytes(c.activations());
        InferenceService s = service(c, activation, Math.max(KV_BYTES, weight));
        int b = (int) Math.max(1, Math.round(decodingSequences(c)));
        return Roofline.estimateAt(s, sku(c.sku()), eff, ServingLimits.maxThroughput(b, 0.90, false, false), 0,
                c.tp(), c.pp());
    }

    private static double weightBytes(Case c) {
        return c.weights().equals("NVFP4") ? NVFP4_BYTES : bytes(c.weights());
    }

    /** A case as a service of its model at its precisions, prompt and output lengths (no latency target). */
    private InferenceService service(Case c, double activationBytes, double kvBytes) {
        ModelShape m = models.get(c.modelId());
        int[] local = localAttention.get(c.modelId());
        int[] latent = latentAttention.get(c.modelId());
        // TensorRT-LLM 0.17's engine flow keeps and attends max_seq_len in every layer unless the windows are set
        // (max_attention_window), which its overview's commands do not: Mistral's sliding window is not applied there
        boolean window = !c.block().equals(TP_SWEEP);
        ModelShape shaped = new ModelShape(m.name(), m.totalParamsBillions(), m.activeParamsBillions(), m.layers(),
                m.hiddenSize(), m.attentionHeads(), m.kvHeads(), m.headDim(), m.contextTokens(), weightBytes(c),
                kvBytes,
                new ModelServingShape(activationBytes, expertsPerToken.get(c.modelId()), experts.get(c.modelId()),
                        moeLayers.get(c.modelId()), local[0], local[1], window ? local[2] : 0, window ? local[3] : 0,
                        0.0, latent[0], latent[1]));
        return new InferenceService(c.id(), c.id(), new DemandCurve.Growth(YearMonth.of(2026, 1), 1, 0), c.isl(),
                c.osl(), shaped, LatencyClass.BATCH, null, new TreeSet<>(), 1, null, false, 1, 1, 1,
                new ServingOptions(false, 0, 0, 1, splitAttention(c)));
    }

    /**
     * Whether a case's mixture of experts split its attention by heads: TensorRT-LLM 0.17's engine flow (the TP
     * sweeps) splits attention and experts over its tensor-parallel GPUs; the overviews' PyTorch-backend runs serve a
     * MoE attention data-parallel.
     */
    static boolean splitAttention(Case c) {
        return c.block().equals(TP_SWEEP);
    }

    /** Online runs: each one's measured time per output token against the roofline's step at the batch it ran. */
    List<Row> latencyRows(List<Case> which, Efficiencies eff) {
        return which.stream().map(c -> new Row(c, atMeasuredBatch(c, eff).stepMs(), measuredItlMs(c))).toList();
    }

    List<Row> rows(List<Case> which, Efficiencies eff) {
        return which.stream().filter(this::scorable)
                .map(c -> new Row(c, predict(c, eff), c.measuredOutputPerGpu())).toList();
    }

    /** NVFP4: 4-bit values plus one FP8 scale per 16 (NVIDIA's NVFP4 format) = 4.5 bits. */
    static final double NVFP4_BYTES = 4.5 / 8;

    private static double bytes(String precision) {
        return switch (precision) {
            case "FP8" -> 1.0;
            case "NVFP4", "FP4" -> 0.5;
            case "BF16", "FP16" -> 2.0;
            default -> -1;
        };
    }

    static HardwareSku sku(String name) {
        return switch (name) {
            case "H100 SXM" -> BuiltInCatalog.H100;
            case "H200 SXM" -> BuiltInCatalog.H200;
            case "B200" -> BuiltInCatalog.B200;
            case "GB200" -> BuiltInCatalog.GB200;
            case "MI300X" -> BuiltInCatalog.MI300X;
            default -> null;
        };
    }

    /** The model's shape from models.csv, with its stated head size where it has one (Qwen3: 128, not hidden/heads). */
    private ModelShape shape(Map<String, String> m) {
        double total = number(m, "total_params_b", "derived_total_params_b");
        double active = number(m, "active_params_b", "derived_active_params_b");
        int layers = Integer.parseInt(m.get("layers"));
        int hidden = Integer.parseInt(m.get("hidden_size"));
        int heads = Integer.parseInt(m.get("attention_heads"));
        int latentKv = wholeOrZero(m.get("kv_lora_rank"));
        latentAttention.put(m.get("model_id"), new int[]{latentKv, wholeOrZero(m.get("qk_rope_head_dim"))});
        // latent attention's one latent serves every query head: one KV head to the engine
        int kvHeads = latentKv > 0 ? 1 : Integer.parseInt(m.get("kv_heads"));
        String headDim = m.get("head_dim");
        String k = m.get("experts_per_token");
        expertsPerToken.put(m.get("model_id"), k.isBlank() ? 1 : Integer.parseInt(k));
        String e = m.get("experts");
        experts.put(m.get("model_id"), e.isBlank() ? 0 : Integer.parseInt(e));
        moeLayers.put(m.get("model_id"), moeLayers(m.get("model_id"), m.get("moe_layers"), layers));
        localAttention.put(m.get("model_id"), new int[]{wholeOrZero(m.get("chunked_attention_layers")),
                wholeOrZero(m.get("attention_chunk_tokens")), wholeOrZero(m.get("sliding_window_layers")),
                wholeOrZero(m.get("sliding_window_tokens"))});
        return new ModelShape(m.get("model_id"), total, Math.min(active, total), layers, hidden, heads, kvHeads,
                headDim.isBlank() ? null : Integer.valueOf(headDim), context(m.get("max_context")), 1, 1, null);
    }

    private static final java.util.regex.Pattern SOME_LAYERS =
            java.util.regex.Pattern.compile("^(\\d+)(?: of (\\d+))?");

    /**
     * models.csv's moe_layers ("24 of 48 (every 2nd layer …)", "all 94", blank for dense): the count, or 0 for every
     * layer; a count of more layers than the model has, or text in another form, is refused with the model named.
     */
    static int moeLayers(String modelId, String text, int layers) {
        if (text == null || text.isBlank() || text.toLowerCase(java.util.Locale.ROOT).startsWith("all")) {
            return 0;
        }
        java.util.regex.Matcher m = SOME_LAYERS.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(modelId + ": moe_layers '" + text + "' is neither 'all N' nor 'K of N'");
        }
        int count = Integer.parseInt(m.group(1));
        if (count > layers || (m.group(2) != null && Integer.parseInt(m.group(2)) != layers)) {
            throw new IllegalArgumentException(modelId + ": moe_layers '" + text + "' does not fit its " + layers
                    + " layers");
        }
        return count;
    }

    private static int wholeOrZero(String text) {
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text);
    }

    /** The context limit only caps the live length; no case is longer than 33,792 tokens, so a blank one is 128k. */
    private static int context(String maxContext) {
        return maxContext == null || maxContext.isBlank() ? 131_072 : Integer.parseInt(maxContext);
    }

    /** Models with a blank figure this harness needs (KV heads, unless the model caches a latent) are left unscored. */
    private static boolean complete(Map<String, String> m) {
        boolean latent = wholeOrZero(m.get("kv_lora_rank")) > 0;
        for (String f : latent ? List.of("layers", "hidden_size", "attention_heads", "head_dim")
                : List.of("layers", "hidden_size", "attention_heads", "kv_heads")) {
            if (m.get(f) == null || m.get(f).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static double number(Map<String, String> m, String field, String fallback) {
        String v = m.get(field);
        return Double.parseDouble(v == null || v.isBlank() ? m.get(fallback) : v);
    }

    // --- statistics ------------------------------------------------------------------------------------------

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    static double medianAbsError(List<Row> rows) {
        return median(rows.stream().mapToDouble(Row::absError).toArray());
    }

    static double worstAbsError(List<Row> rows) {
        return rows.stream().mapToDouble(Row::absError).max().orElse(Double.NaN);
    }

    /** Mean |ln(predicted ÷ measured)|: the fit's objective (symmetric in over- and under-prediction). */
    static double meanAbsLogError(List<Row> rows) {
        return rows.stream().mapToDouble(r -> Math.abs(Math.log(r.ratio()))).average().orElse(Double.NaN);
    }
}

package com.tokenfactory.core.engine;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.ServingOptions;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The published serving measurements of {@code src/test/resources/validation} (see its README.md and sources.md)
 * against the roofline: each case rebuilt as a service on a catalog SKU at the measured tensor parallelism and
 * pipeline depth, under the benchmark's own conditions.
 * <p>
 * The TensorRT-LLM performance overview measures "max throughput": trtllm-bench feeds every request at once with no
 * latency limit. That condition is modelled here, not in the defaults: no TPOT or TTFT target, TensorRT-LLM's default
 * engine limits (max_batch_size 2,048, max_num_tokens 8,192) and its KV-cache share of the memory left after the
 * weights (kv_cache_free_gpu_mem_fraction 0.95, stated in the overview).
 */
final class ServingValidation {
    /** TensorRT-LLM BuildConfig default max_batch_size. */
    static final int MAX_BATCH = 2048;
    /** TensorRT-LLM BuildConfig default max_num_tokens (tokens per engine step). */
    static final int MAX_TOKENS_PER_STEP = 8192;
    /** The overview's "--kv_cache_free_gpu_mem_fraction 0.95", applied here to the whole HBM. */
    static final double USABLE_HBM = 0.95;
    private static final String DIR = "/validation/";
    /** KV-cache bytes per value: unstated in the overview; NVIDIA's ModelOpt FP8/NVFP4 checkpoints quantize it to FP8. */
    static final double KV_BYTES = Double.parseDouble(System.getProperty("validation.kvBytes", "1"));

    /** One measured case. */
    record Case(String id, String split, String block, String modelId, String sku, int tp, int pp, String weights,
                String activations, double isl, double osl, double measuredOutputPerGpu) {
    }

    /** A case with the model's prediction. */
    record Row(Case c, double predicted) {
        double ratio() {
            return predicted / c.measuredOutputPerGpu();
        }

        double absError() {
            return Math.abs(ratio() - 1.0);
        }
    }

    private final Map<String, ModelShape> models = new HashMap<>();
    private final Map<String, Integer> expertsPerToken = new HashMap<>();
    private final Map<String, Integer> experts = new HashMap<>();
    private final List<Case> cases = new ArrayList<>();

    ServingValidation() {
        for (Map<String, String> m : csv("models.csv")) {
            if (complete(m)) {
                models.put(m.get("model_id"), shape(m));
            }
        }
        Map<String, Map<String, String>> split = new HashMap<>();
        for (Map<String, String> s : csv("split.csv")) {
            split.put(s.get("id"), s);
        }
        for (Map<String, String> r : csv("cases.csv")) {
            Map<String, String> s = split.get(r.get("id"));
            cases.add(new Case(r.get("id"), s.get("split"), s.get("block"), r.get("model_id"), r.get("sku"),
                    Integer.parseInt(r.get("tp")), Integer.parseInt(r.get("pp")), r.get("weight_precision"),
                    r.get("activation_precision"), Double.parseDouble(r.get("isl")), Double.parseDouble(r.get("osl")),
                    Double.parseDouble(r.get("measured_output_tokens_per_s_per_gpu"))));
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
                && bytes(c.activations()) > 0;
    }

    /** Predicted output tokens/s per GPU. */
    double predict(Case c, Efficiencies eff) {
        return estimate(c, eff).outputTokensPerSecondPerGpu();
    }

    /** The roofline's whole estimate for a case, with its batch, step time and bound. */
    ThroughputEstimate estimate(Case c, Efficiencies eff) {
        ModelShape m = models.get(c.modelId());
        double activation = bytes(c.activations());
        double weight = c.weights().equals("NVFP4") ? NVFP4_BYTES : bytes(c.weights());
        ModelShape shaped = new ModelShape(m.name(), m.totalParamsBillions(), m.activeParamsBillions(), m.layers(),
                m.hiddenSize(), m.attentionHeads(), m.kvHeads(), m.contextTokens(), weight, KV_BYTES,
                new ModelServingShape(activation, expertsPerToken.get(c.modelId()), experts.get(c.modelId())));
        InferenceService s = new InferenceService(c.id(), c.id(), new DemandCurve.Growth(YearMonth.of(2026, 1), 1, 0),
                c.isl(), c.osl(), shaped, LatencyClass.BATCH, 1, null, new TreeSet<>(), 1, null);
        ThroughputEstimate e = Roofline.estimateAt(s, sku(c.sku()), eff,
                ServingLimits.maxThroughput(MAX_BATCH, USABLE_HBM), MAX_TOKENS_PER_STEP, c.tp(), c.pp());
        return e;
    }

    List<Row> rows(List<Case> which, Efficiencies eff) {
        return which.stream().filter(this::scorable).map(c -> new Row(c, predict(c, eff))).toList();
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

    /**
     * The model's shape from models.csv. ModelShape takes the head size as hidden ÷ heads; where a model's head_dim
     * differs (Qwen3: 128 with hidden ÷ heads = 64), the KV heads are scaled so the KV bytes per token are the
     * model's own.
     */
    private ModelShape shape(Map<String, String> m) {
        double total = number(m, "total_params_b", "derived_total_params_b");
        double active = number(m, "active_params_b", "derived_active_params_b");
        int layers = Integer.parseInt(m.get("layers"));
        int hidden = Integer.parseInt(m.get("hidden_size"));
        int heads = Integer.parseInt(m.get("attention_heads"));
        String kv = m.get("kv_heads");
        int kvHeads = kv.isBlank() ? heads : Integer.parseInt(kv);
        String headDim = m.get("head_dim");
        if (!headDim.isBlank()) {
            kvHeads = (int) Math.round(kvHeads * Double.parseDouble(headDim) / ((double) hidden / heads));
        }
        String k = m.get("experts_per_token");
        expertsPerToken.put(m.get("model_id"), k.isBlank() ? 1 : Integer.parseInt(k));
        String e = m.get("experts");
        experts.put(m.get("model_id"), e.isBlank() ? 0 : Integer.parseInt(e));
        return new ModelShape(m.get("model_id"), total, Math.min(active, total), layers, hidden, heads,
                Math.min(kvHeads, heads), context(m.get("max_context")), 1, 1);
    }

    /** The context limit only caps the live length; no case is longer than 22k tokens, so a blank one is 128k. */
    private static int context(String maxContext) {
        return maxContext == null || maxContext.isBlank() ? 131_072 : Integer.parseInt(maxContext);
    }

    /** Models with a blank figure this harness needs (MLA models have no KV heads) are left unscored. */
    private static boolean complete(Map<String, String> m) {
        for (String f : List.of("layers", "hidden_size", "attention_heads", "kv_heads")) {
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

    // --- CSV -------------------------------------------------------------------------------------------------

    static List<Map<String, String>> csv(String name) {
        try (InputStream in = ServingValidation.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            List<Map<String, String>> out = new ArrayList<>();
            String line;
            StringBuilder pending = new StringBuilder();
            while ((line = r.readLine()) != null) {
                pending.append(pending.length() > 0 ? "\n" : "").append(line);
                if (quotes(pending) % 2 == 1) {
                    continue; // a quoted field spans lines
                }
                List<String> fields = split(pending.toString());
                pending.setLength(0);
                if (header == null) {
                    header = fields;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int quotes(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * v);
    }
}

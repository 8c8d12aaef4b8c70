package com.tokenfactory.benchmark;

import com.tokenfactory.benchmark.graph.BenchGraph;
import com.tokenfactory.benchmark.graph.Graphs;
import com.tokenfactory.benchmark.graph.Precision;
import com.tokenfactory.core.calibration.ExpertGemms;
import com.tokenfactory.core.calibration.ExpertShape;
import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeRole;

/**
 * One benchmark shape before it runs: its graph family and sizes.
 *
 * @param name    unique in a run, e.g. "decode-4096"
 * @param kind    what bounds it on purpose
 * @param role    fitted or held out
 * @param family  which graph
 * @param tokens  B: prompt tokens (prefill) or sequences (decode)
 * @param width   D: hidden size
 * @param layers  L
 * @param context S: KV-cache tokens per sequence (decode layers and mixed steps; 0 otherwise)
 * @param prefill P: prompt tokens riding in a mixed step (0 otherwise)
 * @param experts E: experts side by side in expert layers, each taking {@code tokens ÷ E} of the tokens (0 otherwise)
 * @param expertWidth F: one expert's width in expert layers (0 otherwise)
 */
record ShapeSpec(String name, ShapeKind kind, ShapeRole role, Family family, long tokens, int width, int layers,
                 int context, long prefill, int experts, int expertWidth) {

    enum Family {
        MATMUL_CHAIN, MLP_CHAIN, PREFILL_LAYERS, DECODE_LAYERS, MIXED_STEP, EXPERT_LAYERS
    }

    ShapeSpec(String name, ShapeKind kind, ShapeRole role, Family family, long tokens, int width, int layers,
              int context) {
        this(name, kind, role, family, tokens, width, layers, context, 0);
    }

    ShapeSpec(String name, ShapeKind kind, ShapeRole role, Family family, long tokens, int width, int layers,
              int context, long prefill) {
        this(name, kind, role, family, tokens, width, layers, context, prefill, 0, 0);
    }

    /**
     * Expert layers: E experts of width F over hidden size D, m tokens each, named by one expert's parameters and m
     * ("experts-19M-m256"); reported apart from the fit. Its tokens are the E·m rows through the experts (a token a
     * model routes to k experts is k of them), which J/token counts.
     */
    static ShapeSpec experts(ShapeKind kind, int experts, long tokensPerExpert, int width, int expertWidth,
                             int layers) {
        String name = "experts-" + ExpertGemms.millions(3.0 * width * expertWidth) + "-m" + tokensPerExpert;
        return new ShapeSpec(name, kind, ShapeRole.REPORTED, Family.EXPERT_LAYERS, experts * tokensPerExpert, width,
                layers, 0, 0, experts, expertWidth);
    }

    /** The experts an expert-layers shape stands for; null for every other family. */
    ExpertShape expertShape() {
        return family == Family.EXPERT_LAYERS
                ? new ExpertShape(experts, tokens / experts, 3L * width * expertWidth) : null;
    }

    BenchGraph graph(Precision p) {
        return switch (family) {
            case MATMUL_CHAIN -> Graphs.matMulChain(tokens, width, layers, p);
            case MLP_CHAIN -> Graphs.mlpChain(tokens, width, layers, p);
            case PREFILL_LAYERS -> Graphs.prefillLayers(tokens, width, layers, p);
            case DECODE_LAYERS -> Graphs.decodeLayers(tokens, width, layers, context, p);
            case MIXED_STEP -> Graphs.mixedStep(tokens, prefill, width, layers, context, p);
            case EXPERT_LAYERS -> Graphs.expertLayers(experts, tokens / experts, width, expertWidth, layers, p);
        };
    }

    String dimensions() {
        if (family == Family.EXPERT_LAYERS) {
            return "E=" + experts + " m=" + tokens / experts + " D=" + width + " F=" + expertWidth + " L=" + layers;
        }
        return "B=" + tokens + (family == Family.MIXED_STEP ? " P=" + prefill : "") + " D=" + width + " L=" + layers
                + (family == Family.DECODE_LAYERS || family == Family.MIXED_STEP ? " S=" + context : "");
    }

    /**
     * About half the memory: fewer layers where weights dominate, else fewer tokens (activations dominate), else a
     * narrower width; expert layers keep half their experts, and null below two.
     */
    ShapeSpec shrunk(BenchGraph built) {
        if (family == Family.EXPERT_LAYERS) {
            // half the experts: each keeps its size and its tokens, which are what the shape measures; below two
            // experts there is no grouped GEMM left to measure
            int fewer = experts / 2;
            return fewer < 2 ? null : new ShapeSpec(name, kind, role, family, fewer * (tokens / experts), width,
                    layers, 0, 0, fewer, expertWidth);
        }
        boolean weightsDominate = built.weightBytes() >= 3 * built.largestActivationBytes();
        if (weightsDominate && layers > 1) {
            return new ShapeSpec(name, kind, role, family, tokens, width, layers / 2, context, prefill);
        }
        if (tokens > 1) {
            return new ShapeSpec(name, kind, role, family, tokens / 2, width, layers, context,
                    prefill == 0 ? 0 : Math.max(1, prefill / 2));
        }
        return new ShapeSpec(name, kind, role, family, tokens, Math.max(64, width / 2), layers, context, prefill);
    }
}

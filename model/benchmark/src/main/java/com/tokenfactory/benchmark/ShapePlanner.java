package com.tokenfactory.benchmark;

import com.tokenfactory.benchmark.graph.Precision;
import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.tokenfactory.benchmark.ShapeSpec.Family.DECODE_LAYERS;
import static com.tokenfactory.benchmark.ShapeSpec.Family.MATMUL_CHAIN;
import static com.tokenfactory.benchmark.ShapeSpec.Family.MIXED_STEP;
import static com.tokenfactory.benchmark.ShapeSpec.Family.MLP_CHAIN;
import static com.tokenfactory.benchmark.ShapeSpec.Family.PREFILL_LAYERS;

/**
 * Sizes the shapes to the device. {@code budget} is the memory one shape may use (weights plus activations).
 *
 * <ul>
 *   <li>Memory-bound FIT: four decode chains of L MatMuls {@code [B, D] × [D, D]} with weights of 1, ½, ¼ and ⅛ of
 *       the largest (D shrinks by √2 each; L fixed, so the number of kernels per step, and so the fixed overhead, is
 *       the same in all four). GPUs: B=16, L=32, at most 4 GiB of fp16 weights (the reference probe's size,
 *       ../shared/gpu/README.md), far above any GPU's L2 cache. CPU: B=4, L=16, at most 256 MiB of fp32 weights.</li>
 *   <li>Memory-bound HELD_OUT: decode layers with a KV cache, half the largest width.</li>
 *   <li>Mixed HELD_OUT: the same decode step with a prompt chunk in its weight GEMMs (chunked prefill), predicted
 *       operator by operator as the engine predicts a shared GPU's step.</li>
 *   <li>Compute-bound FIT: a MatMul chain (attention projections) and an MLP chain with B = D tokens.</li>
 *   <li>Compute-bound HELD_OUT: whole prefill layers (QKV, output projection, MLP) with half the tokens.</li>
 *   <li>REPORTED, neither fitted nor checked ({@code ExpertGemms}): the routed experts' grouped GEMMs of four
 *       published mixtures of experts ({@link #EXPERT_SIZES}, 4.7 to 126 million parameters an expert) at two counts
 *       of tokens per expert — on a GPU 256 (the count the engine's size curve was set at) and 2,048 (where every
 *       size is clearly bound by its math) — and the reference expert (Qwen3-235B-A22B's) at fewer, toward its
 *       reads. Each shape holds as many experts as fit its share of the weights (1 GiB on a GPU, 128 MiB on a CPU, over
 *       its layers; 2 to 128 experts a layer). A CPU runs them at a quarter of the widths (a sixteenth of the
 *       parameters) and at 64 and 256 tokens; quick mode runs two sizes and one smaller count.</li>
 * </ul>
 * Quick mode uses the same families at sizes that run in milliseconds.
 */
final class ShapePlanner {
    static final long GIB = 1L << 30;
    static final long MIB = 1L << 20;

    private ShapePlanner() {
    }

    static List<ShapeSpec> plan(boolean gpu, Precision precision, long budget, boolean quick) {
        int bytesPerValue = precision.bytes();
        int decodeTokens = gpu ? 16 : quick ? 2 : 4;
        int decodeLayers = gpu ? (quick ? 8 : 32) : (quick ? 4 : 16);
        long decodeCap = gpu ? (quick ? 256 * MIB : 4 * GIB) : (quick ? 8 * MIB : 256 * MIB);
        // weights take at most 3/4 of the budget; activations and the runtime's own buffers need the rest
        long decodeBytes = Math.min(decodeCap, budget * 3 / 4);
        int dMax = Math.min(8192, floor64(Math.sqrt((double) decodeBytes / ((long) decodeLayers * bytesPerValue))));

        List<ShapeSpec> shapes = new ArrayList<>();
        double[] factors = {1.0, Math.sqrt(0.5), 0.5, Math.sqrt(0.125)};
        int previous = Integer.MAX_VALUE;
        for (int i = factors.length - 1; i >= 0; i--) {
            int d = round64(dMax * factors[i]);
            if (d != previous) {
                shapes.add(new ShapeSpec("decode-" + d, ShapeKind.MEMORY, ShapeRole.FIT, MATMUL_CHAIN, decodeTokens, d,
                        decodeLayers, 0));
            }
            previous = d;
        }

        int kvWidth = round64(dMax / 2.0);
        int context = gpu ? (quick ? 512 : 1024) : (quick ? 64 : 512);
        long perLayer = (12L * kvWidth * kvWidth + 2L * decodeTokens * context * kvWidth) * bytesPerValue;
        int kvLayers = (int) Math.max(1, Math.min(gpu ? 8 : 4, decodeBytes * 3 / 4 / perLayer));
        if (quick) {
            kvLayers = Math.min(kvLayers, 2);
        }
        shapes.add(new ShapeSpec("decode-kv-" + kvWidth, ShapeKind.MEMORY, ShapeRole.HELD_OUT, DECODE_LAYERS,
                decodeTokens, kvWidth, kvLayers, context));
        // the same decode step carrying a prompt chunk, large enough that its weight GEMMs turn compute-bound while
        // the cache reads stay memory-bound: the case a whole-step roofline gets wrong and the engine's does not
        long prompt = gpu ? (quick ? 256 : 1024) : (quick ? 32 : 256);
        shapes.add(new ShapeSpec("mixed-step-" + kvWidth, ShapeKind.COMPUTE, ShapeRole.HELD_OUT, MIXED_STEP,
                decodeTokens, kvWidth, kvLayers, context, prompt));

        int dc;
        if (gpu) {
            long computeBudget = budget;
            dc = quick ? (computeBudget >= 3 * GIB / 2 ? 4096 : 2048)
                    : computeBudget >= 6 * GIB ? 8192 : computeBudget >= 3 * GIB / 2 ? 4096 : 2048;
        } else {
            dc = quick ? 256 : 1024;
        }
        int tokens = gpu ? dc : (quick ? 128 : 512);
        shapes.add(new ShapeSpec("prefill-" + dc, ShapeKind.COMPUTE, ShapeRole.FIT, MATMUL_CHAIN, tokens, dc,
                quick ? 2 : gpu ? 8 : 4, 0));
        shapes.add(new ShapeSpec("prefill-mlp-" + dc, ShapeKind.COMPUTE, ShapeRole.FIT, MLP_CHAIN, tokens, dc,
                quick || !gpu ? 1 : 2, 0));
        shapes.add(new ShapeSpec("prefill-layers-" + dc, ShapeKind.COMPUTE, ShapeRole.HELD_OUT, PREFILL_LAYERS,
                tokens / 2, dc, quick || !gpu ? 1 : 2, 0));
        shapes.addAll(expertShapes(gpu, precision, budget, quick));
        return shapes;
    }

    /**
     * One routed expert of a published mixture of experts: its model's hidden size and its own width
     * (config.json's {@code hidden_size} and {@code moe_intermediate_size}, Llama 4's {@code intermediate_size}).
     */
    record ExpertSize(String model, int hidden, int width) {
    }

    /**
     * Qwen3-30B-A3B (4.7M parameters an expert), Qwen3-235B-A22B (18.9M, the expert the engine's expert efficiency is
     * stated at), DeepSeek-V3 (44M), Llama 4 Scout and Maverick (126M): Qwen/Qwen3-30B-A3B, Qwen/Qwen3-235B-A22B,
     * deepseek-ai/DeepSeek-V3 and meta-llama/Llama-4-Scout-17B-16E-Instruct config.json on Hugging Face.
     */
    static final List<ExpertSize> EXPERT_SIZES = List.of(new ExpertSize("Qwen3-30B-A3B", 2048, 768),
            new ExpertSize("Qwen3-235B-A22B", 4096, 1536), new ExpertSize("DeepSeek-V3", 7168, 2048),
            new ExpertSize("Llama 4", 5120, 8192));
    /** The engine's reference expert, measured also at fewer tokens. */
    static final ExpertSize REFERENCE_EXPERT = EXPERT_SIZES.get(1);

    static List<ShapeSpec> expertShapes(boolean gpu, Precision precision, long budget, boolean quick) {
        int shrink = gpu ? 1 : quick ? 8 : 4;
        int layers = quick ? 1 : 2;
        // the size sweep at two token counts (each curve says its own: P½ falls as the tokens an expert gets rise),
        // then the reference expert at fewer tokens, toward its reads
        long[] sweep = gpu ? (quick ? new long[] {1024} : new long[] {256, 2048})
                : quick ? new long[] {64} : new long[] {64, 256};
        long[] fewer = gpu ? (quick ? new long[] {64} : new long[] {64, 16})
                : quick ? new long[] {4} : new long[] {16, 4};
        long weightCap = gpu ? (quick ? 256 * MIB : GIB) : (quick ? 4 * MIB : 128 * MIB);
        long layerWeights = Math.max(1, Math.min(weightCap, budget / 4) / layers);
        List<ExpertSize> sizes = quick ? EXPERT_SIZES.subList(0, 2) : EXPERT_SIZES;
        List<ShapeSpec> shapes = new ArrayList<>();
        for (long m : sweep) {
            for (ExpertSize e : sizes) {
                expertShape(e, shrink, m, layerWeights, budget, precision, layers, ShapeKind.COMPUTE)
                        .ifPresent(shapes::add);
            }
        }
        for (long m : fewer) {
            expertShape(REFERENCE_EXPERT, shrink, m, layerWeights, budget, precision, layers, ShapeKind.MEMORY)
                    .ifPresent(shapes::add);
        }
        return shapes;
    }

    /**
     * As many experts as {@code layerWeights} holds in each layer (at most 128), fewer while the graph would not fit
     * the budget; empty below two experts (a grouped GEMM of one expert is a dense GEMM).
     */
    private static Optional<ShapeSpec> expertShape(ExpertSize e, int shrink, long tokensPerExpert, long layerWeights,
                                                   long budget, Precision precision, int layers, ShapeKind kind) {
        int d = e.hidden() / shrink;
        int f = e.width() / shrink;
        for (long experts = Math.min(128, layerWeights / (3L * d * f * precision.bytes())); experts >= 2;
             experts /= 2) {
            ShapeSpec spec = ShapeSpec.experts(kind, (int) experts, tokensPerExpert, d, f, layers);
            if (spec.graph(precision).deviceBytesNeeded() <= budget) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    static int round64(double x) {
        return (int) Math.max(64, Math.round(x / 64) * 64);
    }

    static int floor64(double x) {
        return (int) Math.max(64, Math.floor(x / 64) * 64);
    }
}

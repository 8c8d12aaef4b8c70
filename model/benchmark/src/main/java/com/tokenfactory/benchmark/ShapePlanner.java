package com.tokenfactory.benchmark;

import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeRole;

import java.util.ArrayList;
import java.util.List;

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
 * </ul>
 * Quick mode uses the same families at sizes that run in milliseconds.
 */
final class ShapePlanner {
    static final long GIB = 1L << 30;
    static final long MIB = 1L << 20;

    private ShapePlanner() {
    }

    static List<ShapeSpec> plan(boolean gpu, int bytesPerValue, long budget, boolean quick) {
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
        return shapes;
    }

    static int round64(double x) {
        return (int) Math.max(64, Math.round(x / 64) * 64);
    }

    static int floor64(double x) {
        return (int) Math.max(64, Math.floor(x / 64) * 64);
    }
}

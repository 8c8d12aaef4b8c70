package com.tokenfactory.benchmark.graph;

import com.tokenfactory.benchmark.graph.GraphBuilder.Value;

/**
 * The transformer-shaped graphs the benchmark runs. Every graph takes one row {@code x[1, D]}, broadcasts it to the
 * batch on the device ({@code Expand}), and ends in a sum over the hidden dimension ({@code ReduceSum}) so that one
 * value per token comes back: the Java API has no IOBinding, so whatever crosses between host and device is copied on
 * every run, and these two ends keep that copy to a few kilobytes (../shared/gpu/README.md, the probe's shape).
 *
 * <p>Weight scales keep activations near unit variance through any depth: a weight with fan-in {@code n} is uniform
 * in {@code ±sqrt(3/n)}, variance {@code 1/n}. Every weight lies on the path to the output, because ONNX Runtime
 * removes nodes whose results are unused.
 */
public final class Graphs {
    private Graphs() {
    }

    /**
     * {@code L} MatMuls of {@code [B, D] × [D, D]}: with large B the attention projections of a prefill
     * (compute-bound); with B of a few tokens a decode step streaming {@code L·D²} weights (memory-bound).
     */
    public static BenchGraph matMulChain(long tokens, int d, int layers, Precision p) {
        positive(tokens, d, layers);
        GraphBuilder g = new GraphBuilder("matmul chain B=" + tokens + " D=" + d + " L=" + layers, p, 1);
        Value h = g.expand(g.input("x", 1, d), tokens, d);
        for (int l = 0; l < layers; l++) {
            h = g.matMul(h, g.weight("w" + l, fanIn(d), d, d));
        }
        return g.build(g.reduceSum(h, 1, false));
    }

    /** {@code L} MLP blocks: {@code [B, D] × [D, 4D]} then {@code [B, 4D] × [4D, D]} (the transformer's FFN). */
    public static BenchGraph mlpChain(long tokens, int d, int layers, Precision p) {
        positive(tokens, d, layers);
        GraphBuilder g = new GraphBuilder("mlp chain B=" + tokens + " D=" + d + " L=" + layers, p, 2);
        Value h = g.expand(g.input("x", 1, d), tokens, d);
        for (int l = 0; l < layers; l++) {
            h = g.matMul(h, g.weight("up" + l, fanIn(d), d, 4L * d));
            h = g.matMul(h, g.weight("down" + l, fanIn(4L * d), 4L * d, d));
        }
        return g.build(g.reduceSum(h, 1, false));
    }

    /**
     * {@code L} transformer layers over a prompt of B tokens, without the B×B attention itself: fused QKV
     * projection {@code [D, 3D]}, output projection {@code [D, D]}, MLP {@code [D, 4D]}, {@code [4D, D]}; 24·B·D²
     * FLOPs per layer. The q, k and v thirds are summed (a stand-in for attention that keeps every weight on the path).
     */
    public static BenchGraph prefillLayers(long tokens, int d, int layers, Precision p) {
        positive(tokens, d, layers);
        GraphBuilder g = new GraphBuilder("prefill layers B=" + tokens + " D=" + d + " L=" + layers, p, 3);
        Value h = g.expand(g.input("x", 1, d), tokens, d);
        for (int l = 0; l < layers; l++) {
            Value qkv = g.matMul(h, g.weight("qkv" + l, fanIn(d), d, 3L * d));
            h = g.reduceSum(g.reshape(qkv, tokens, 3, d), 1, false);
            h = mlpAndProjection(g, h, d, l);
        }
        return g.build(g.reduceSum(h, 1, false));
    }

    /**
     * One decode step of {@code L} transformer layers for B sequences, each with S tokens of context in its KV cache:
     * QKV projection, attention of the new token over the cache ({@code q·Kᵀ}, softmax, {@code ·V}; one head of
     * width D, which reads the same bytes as H heads of D/H), output projection, MLP. Weights {@code 12·D²} and cache
     * {@code 2·B·S·D} values per layer are read once per step. The cache is stored with K transposed
     * ({@code [B, D, S]}) so that no transpose runs inside the step; the new token's K and V are not appended.
     */
    public static BenchGraph decodeLayers(long sequences, int d, int layers, int context, Precision p) {
        positive(sequences, d, layers);
        if (context < 1) {
            throw new IllegalArgumentException("the KV cache must hold at least 1 token (was " + context + ")");
        }
        GraphBuilder g = new GraphBuilder("decode layers B=" + sequences + " D=" + d + " L=" + layers + " S=" + context,
                p, 4);
        Value h = g.expand(g.input("x", 1, d), sequences, d);
        for (int l = 0; l < layers; l++) {
            Value qkv = g.matMul(h, g.weight("qkv" + l, fanIn(d), d, 3L * d));
            Value q = g.reshape(g.reduceSum(g.reshape(qkv, sequences, 3, d), 1, false), sequences, 1, d);
            // K entries with variance 1/(3D) keep q·k near unit variance (q has variance about 3)
            Value kT = g.weight("k" + l, 1.0 / Math.sqrt(d), sequences, d, context);
            Value v = g.weight("v" + l, Math.sqrt(3.0), sequences, context, d);
            Value attention = g.matMul(g.softmax(g.matMul(q, kT)), v);
            h = mlpAndProjection(g, g.reshape(attention, sequences, d), d, l);
        }
        return g.build(g.reduceSum(h, 1, false));
    }

    private static Value mlpAndProjection(GraphBuilder g, Value h, int d, int layer) {
        h = g.matMul(h, g.weight("o" + layer, fanIn(d), d, d));
        h = g.matMul(h, g.weight("up" + layer, fanIn(d), d, 4L * d));
        return g.matMul(h, g.weight("down" + layer, fanIn(4L * d), 4L * d, d));
    }

    /** Half-width of a uniform distribution with variance 1/n. */
    private static double fanIn(long n) {
        return Math.sqrt(3.0 / n);
    }

    private static void positive(long tokens, int d, int layers) {
        if (tokens < 1 || d < 1 || layers < 1) {
            throw new IllegalArgumentException("tokens, width and layers must be at least 1 (were " + tokens + ", "
                    + d + ", " + layers + ")");
        }
    }
}

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
            h = linear(g, h, "w" + l, d, d);
        }
        return g.build(g.reduceSum(h, 1, false));
    }

    /** {@code L} MLP blocks: {@code [B, D] × [D, 4D]} then {@code [B, 4D] × [4D, D]} (the transformer's FFN). */
    public static BenchGraph mlpChain(long tokens, int d, int layers, Precision p) {
        positive(tokens, d, layers);
        GraphBuilder g = new GraphBuilder("mlp chain B=" + tokens + " D=" + d + " L=" + layers, p, 2);
        Value h = g.expand(g.input("x", 1, d), tokens, d);
        for (int l = 0; l < layers; l++) {
            h = linear(g, h, "up" + l, d, 4L * d);
            h = linear(g, h, "down" + l, 4L * d, d);
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
            Value qkv = linear(g, h, "qkv" + l, d, 3L * d);
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
            Value qkv = linear(g, h, "qkv" + l, d, 3L * d);
            h = mlpAndProjection(g, attend(g, qkv, sequences, d, context, l), d, l);
        }
        return g.build(g.reduceSum(h, 1, false));
    }

    /**
     * One step of a shared GPU under chunked prefill (Sarathi-Serve; vLLM's and TensorRT-LLM's default): B decoding
     * sequences and P prompt tokens go through every weight GEMM together as B + P rows; the B sequences attend over
     * their S-token KV caches as in {@link #decodeLayers}, the P prompt tokens take the prefill stand-in of
     * {@link #prefillLayers}. The engine predicts it operator by operator — weight GEMMs, then attention — so with P
     * large enough that the GEMMs are compute-bound while the cache reads stay memory-bound, this graph checks what a
     * whole-graph roofline would miss.
     */
    public static BenchGraph mixedStep(long sequences, long prefill, int d, int layers, int context, Precision p) {
        positive(sequences, d, layers);
        if (prefill < 1 || context < 1) {
            throw new IllegalArgumentException("a mixed step needs prompt tokens and a KV cache (were " + prefill
                    + ", " + context + ")");
        }
        long rows = sequences + prefill;
        GraphBuilder g = new GraphBuilder("mixed step B=" + sequences + " P=" + prefill + " D=" + d + " L=" + layers
                + " S=" + context, p, 5);
        Value h = g.expand(g.input("x", 1, d), rows, d);
        for (int l = 0; l < layers; l++) {
            Value qkv = linear(g, h, "qkv" + l, d, 3L * d);
            Value decoded = attend(g, g.rows(qkv, 0, sequences), sequences, d, context, l);
            Value prompt = g.reduceSum(g.reshape(g.rows(qkv, sequences, rows), prefill, 3, d), 1, false);
            h = mlpAndProjection(g, g.stack(decoded, prompt), d, l);
        }
        return g.build(g.reduceSum(h, 1, false));
    }

    /**
     * {@code L} layers of a mixture of experts' routed experts as grouped GEMMs, after the tokens are sorted by expert:
     * E experts, each multiplying its own m rows — {@code [E, m, D] × [E, D, 2F]} (gate and up together), the two
     * halves summed (a stand-in for the gated activation that keeps both on the path), then {@code [E, m, F] ×
     * [E, F, D]}. One expert holds {@code 3·D·F} parameters in a layer, as a SwiGLU expert of hidden size D and expert
     * width F does; 6·E·m·D·F FLOPs per layer. Routing and the permutation of tokens are not in it: this is the part
     * whose speed depends on the experts' size and the tokens each gets.
     */
    public static BenchGraph expertLayers(int experts, long tokensPerExpert, int d, int expertWidth, int layers,
                                          Precision p) {
        if (experts < 1 || expertWidth < 1) {
            throw new IllegalArgumentException("experts and expert width must be at least 1 (were " + experts + ", "
                    + expertWidth + ")");
        }
        long tokens = experts * tokensPerExpert;
        positive(tokens, d, layers);
        GraphBuilder g = new GraphBuilder("expert layers E=" + experts + " m=" + tokensPerExpert + " D=" + d + " F="
                + expertWidth + " L=" + layers, p, 6);
        Value h = g.reshape(g.expand(g.input("x", 1, d), tokens, d), experts, tokensPerExpert, d);
        for (int l = 0; l < layers; l++) {
            g.part(GraphBuilder.Part.WEIGHTS);
            Value gateUp = g.matMul(h, g.weight("gate_up" + l, fanIn(d), experts, d, 2L * expertWidth));
            g.part(GraphBuilder.Part.OTHER);
            Value gated = g.reduceSum(g.reshape(gateUp, experts, tokensPerExpert, 2, expertWidth), 2, false);
            g.part(GraphBuilder.Part.WEIGHTS);
            // fan-in 2F: the summed halves have twice the variance of one
            h = g.matMul(gated, g.weight("down" + l, fanIn(2L * expertWidth), experts, expertWidth, d));
            g.part(GraphBuilder.Part.OTHER);
        }
        return g.build(g.reduceSum(g.reshape(h, tokens, d), 1, false));
    }

    /**
     * Attention of one new token per sequence over its S-token cache ({@code q·Kᵀ}, softmax, {@code ·V}; one head of
     * width D, which reads the same bytes as H heads of D/H), counted as attention; returns {@code [B, D]}.
     */
    private static Value attend(GraphBuilder g, Value qkv, long sequences, int d, int context, int layer) {
        Value q = g.reshape(g.reduceSum(g.reshape(qkv, sequences, 3, d), 1, false), sequences, 1, d);
        g.part(GraphBuilder.Part.ATTENTION);
        // K entries with variance 1/(3D) keep q·k near unit variance (q has variance about 3)
        Value kT = g.weight("k" + layer, 1.0 / Math.sqrt(d), sequences, d, context);
        Value v = g.weight("v" + layer, Math.sqrt(3.0), sequences, context, d);
        Value attention = g.matMul(g.softmax(g.matMul(q, kT)), v);
        g.part(GraphBuilder.Part.OTHER);
        return g.reshape(attention, sequences, d);
    }

    /** {@code h × W} with W a fresh [K, N] model weight, counted as a weight GEMM. */
    private static Value linear(GraphBuilder g, Value h, String name, long k, long n) {
        g.part(GraphBuilder.Part.WEIGHTS);
        Value out = g.matMul(h, g.weight(name, fanIn(k), k, n));
        g.part(GraphBuilder.Part.OTHER);
        return out;
    }

    private static Value mlpAndProjection(GraphBuilder g, Value h, int d, int layer) {
        h = linear(g, h, "o" + layer, d, d);
        h = linear(g, h, "up" + layer, d, 4L * d);
        return linear(g, h, "down" + layer, 4L * d, d);
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

package com.tokenfactory.benchmark.graph;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each graph run by ONNX Runtime's CPU provider in fp32 against the same computation in plain Java. */
class GraphsTest {
    private static OrtEnvironment env;

    @BeforeAll
    static void environment() {
        env = BenchEnvironment.get();
    }

    private static float[] run(BenchGraph g) throws OrtException {
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions();
             GraphSession s = GraphSession.open(env, g, so, () -> false)) {
            return s.runAndRead();
        }
    }

    private static void assertClose(double[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, "one value per token");
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        assertTrue(scale > 1e-3, "a reference that is all zeros checks nothing");
        for (int i = 0; i < expected.length; i++) {
            // fp32 accumulation over a few thousand terms against double: well inside 1e-4 of the largest output
            assertEquals(expected[i], actual[i], 1e-4 * scale, "token " + i);
        }
    }

    @Test
    void matMulChainMatchesPlainJava() throws OrtException {
        BenchGraph g = Graphs.matMulChain(3, 32, 4, Precision.FP32);
        Reference ref = new Reference(g);
        double[][] h = ref.input(3);
        for (int l = 0; l < 4; l++) {
            h = ref.matMulNext(h);
        }
        assertTrue(ref.usedAllWeights());
        assertClose(Reference.rowSums(h), run(g));
    }

    @Test
    void mlpChainMatchesPlainJava() throws OrtException {
        BenchGraph g = Graphs.mlpChain(2, 24, 2, Precision.FP32);
        Reference ref = new Reference(g);
        double[][] h = ref.input(2);
        for (int l = 0; l < 2; l++) {
            h = ref.matMulNext(ref.matMulNext(h));
        }
        assertTrue(ref.usedAllWeights());
        assertClose(Reference.rowSums(h), run(g));
    }

    @Test
    void prefillLayersMatchPlainJava() throws OrtException {
        int d = 16;
        BenchGraph g = Graphs.prefillLayers(3, d, 2, Precision.FP32);
        Reference ref = new Reference(g);
        double[][] h = ref.input(3);
        for (int l = 0; l < 2; l++) {
            h = Reference.sumThirds(ref.matMulNext(h), d);
            h = ref.matMulNext(ref.matMulNext(ref.matMulNext(h)));
        }
        assertTrue(ref.usedAllWeights());
        assertClose(Reference.rowSums(h), run(g));
    }

    @Test
    void decodeLayersMatchPlainJava() throws OrtException {
        int b = 3, d = 16, layers = 2, s = 5;
        BenchGraph g = Graphs.decodeLayers(b, d, layers, s, Precision.FP32);
        Reference ref = new Reference(g);
        double[][] h = ref.input(b);
        for (int l = 0; l < layers; l++) {
            double[][] q = Reference.sumThirds(ref.matMulNext(h), d);
            double[][] attention = attend(q, ref.nextWeight().values(Precision.FP32),
                    ref.nextWeight().values(Precision.FP32), b, d, s);
            h = ref.matMulNext(ref.matMulNext(ref.matMulNext(attention)));
        }
        assertTrue(ref.usedAllWeights());
        double[] expected = Reference.rowSums(h);
        assertClose(expected, run(g));
        // sequences attend to different caches, so their outputs differ: the attention really ran per sequence
        assertTrue(Math.abs(expected[0] - expected[1]) > 1e-6);
    }

    @Test
    void mixedStepMatchesPlainJava() throws OrtException {
        int b = 2, prompt = 3, d = 16, layers = 2, s = 4;
        BenchGraph g = Graphs.mixedStep(b, prompt, d, layers, s, Precision.FP32);
        Reference ref = new Reference(g);
        double[][] h = ref.input(b + prompt);
        for (int l = 0; l < layers; l++) {
            double[][] qkv = ref.matMulNext(h);
            double[][] decoding = java.util.Arrays.copyOfRange(qkv, 0, b);
            double[][] attention = attend(Reference.sumThirds(decoding, d), ref.nextWeight().values(Precision.FP32),
                    ref.nextWeight().values(Precision.FP32), b, d, s);
            double[][] prompted = Reference.sumThirds(java.util.Arrays.copyOfRange(qkv, b, b + prompt), d);
            double[][] both = new double[b + prompt][];
            System.arraycopy(attention, 0, both, 0, b);
            System.arraycopy(prompted, 0, both, b, prompt);
            h = ref.matMulNext(ref.matMulNext(ref.matMulNext(both)));
        }
        assertTrue(ref.usedAllWeights());
        assertClose(Reference.rowSums(h), run(g));
    }

    /** One new token per sequence over its cache: K stored transposed [B, D, S], V [B, S, D]. */
    private static double[][] attend(double[][] q, float[] kT, float[] v, int b, int d, int s) {
        double[][] attention = new double[b][d];
        for (int i = 0; i < b; i++) {
            double[] scores = new double[s];
            double max = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < s; t++) {
                for (int j = 0; j < d; j++) {
                    scores[t] += q[i][j] * kT[(i * d + j) * s + t];
                }
                max = Math.max(max, scores[t]);
            }
            double sum = 0;
            for (int t = 0; t < s; t++) {
                scores[t] = Math.exp(scores[t] - max);
                sum += scores[t];
            }
            for (int t = 0; t < s; t++) {
                for (int j = 0; j < d; j++) {
                    attention[i][j] += scores[t] / sum * v[(i * s + t) * d + j];
                }
            }
        }
        return attention;
    }

    @Test
    void expertLayersMatchPlainJava() throws OrtException {
        int experts = 3, m = 2, d = 8, f = 5, layers = 2;
        BenchGraph g = Graphs.expertLayers(experts, m, d, f, layers, Precision.FP32);
        Reference ref = new Reference(g);
        double[][] h = ref.input(experts * m);
        for (int l = 0; l < layers; l++) {
            float[] gateUp = ref.nextWeight().values(Precision.FP32);
            float[] down = ref.nextWeight().values(Precision.FP32);
            double[][] next = new double[experts * m][d];
            for (int e = 0; e < experts; e++) {
                for (int t = e * m; t < (e + 1) * m; t++) {
                    // expert e's own [D, 2F] then [F, D], the two halves of the first summed
                    double[] gated = new double[f];
                    for (int i = 0; i < d; i++) {
                        for (int j = 0; j < 2 * f; j++) {
                            gated[j % f] += h[t][i] * gateUp[(e * d + i) * 2 * f + j];
                        }
                    }
                    for (int i = 0; i < f; i++) {
                        for (int j = 0; j < d; j++) {
                            next[t][j] += gated[i] * down[(e * f + i) * d + j];
                        }
                    }
                }
            }
            h = next;
        }
        assertTrue(ref.usedAllWeights());
        double[] expected = Reference.rowSums(h);
        assertClose(expected, run(g));
        // every expert has weights of its own, so the same token comes out differently from each
        assertTrue(Math.abs(expected[0] - expected[m]) > 1e-6 && Math.abs(expected[m] - expected[2 * m]) > 1e-6);
    }

    @Test
    void expertLayersCountTheirGemmsAsWeightGemms() {
        int experts = 16, m = 64, d = 256, f = 96, layers = 2;
        BenchGraph g = Graphs.expertLayers(experts, m, d, f, layers, Precision.FP16);
        // per layer 2·E·m·(D·2F + F·D) = 6·E·m·D·F FLOPs against E experts of 3·D·F fp16 parameters
        assertEquals(6.0 * experts * m * d * f * layers, g.operators().stream()
                .filter(o -> o.operator().equals("weights")).findFirst().orElseThrow().flops());
        assertEquals(3L * d * f * experts * layers * 2, g.weightBytes());
        assertEquals("experts and expert width must be at least 1 (were 0, 96)", assertThrows(
                IllegalArgumentException.class, () -> Graphs.expertLayers(0, m, d, f, 1, Precision.FP32)).getMessage());
    }

    @Test
    void costsSplitByOperatorAndSumToTheWhole() {
        int b = 4, prompt = 60, d = 64, layers = 2, s = 32;
        BenchGraph g = Graphs.mixedStep(b, prompt, d, layers, s, Precision.FP16);
        java.util.Map<String, com.tokenfactory.core.calibration.OperatorCost> byName = new java.util.HashMap<>();
        g.operators().forEach(o -> byName.put(o.operator(), o));
        assertEquals(java.util.Set.of("weights", "attention", "other"), byName.keySet());
        assertEquals(g.flops(), g.operators().stream().mapToDouble(o -> o.flops()).sum(), 1e-6 * g.flops());
        assertEquals(g.bytesMoved(), g.operators().stream().mapToDouble(o -> o.bytes()).sum(), 1e-6 * g.bytesMoved());
        // weight GEMMs: 2·(B + P)·12·D² FLOPs per layer (QKV 3D², output D², MLP 8D²), 12·D² fp16 weights per layer
        assertEquals(2.0 * (b + prompt) * 12 * d * d * layers, byName.get("weights").flops());
        assertTrue(byName.get("weights").bytes() >= 12.0 * d * d * 2 * layers);
        // attention: q·Kᵀ and ·V, 2·B·D·S each, plus the softmax's 5 per score; the cache's 2·B·S·D fp16 values
        assertEquals(layers * (4.0 * b * d * s + 5.0 * b * s), byName.get("attention").flops());
        assertTrue(byName.get("attention").bytes() >= 2.0 * b * s * d * 2 * layers);
        // the older graphs split too: a decode step's cache is attention's, a MatMul chain is all weight GEMMs
        BenchGraph decode = Graphs.decodeLayers(4, 64, 2, 32, Precision.FP16);
        double cache = 2.0 * 2 * 4 * 32 * 64 * 2;
        assertTrue(decode.operators().stream().anyMatch(o -> o.operator().equals("attention") && o.bytes() >= cache
                && o.bytes() < cache * 1.1));
        BenchGraph chain = Graphs.matMulChain(16, 64, 3, Precision.FP16);
        assertEquals(2.0 * 16 * 64 * 64 * 3, chain.operators().stream().filter(o -> o.operator().equals("weights"))
                .findFirst().orElseThrow().flops());
    }

    @Test
    void fp16GraphRunsAndStaysNearTheFp32Result() throws OrtException {
        // the CPU provider emulates fp16 MatMul; slow but exact enough to check the fp16 graph is well formed
        float[] half = run(Graphs.matMulChain(2, 64, 3, Precision.FP16));
        float[] single = run(Graphs.matMulChain(2, 64, 3, Precision.FP32));
        for (int i = 0; i < half.length; i++) {
            assertEquals(single[i], half[i], 0.02 * Math.abs(single[i]) + 0.05);
        }
    }

    @Test
    void countsFollowTheFormulas() {
        int b = 16, d = 256, l = 8;
        BenchGraph chain = Graphs.matMulChain(b, d, l, Precision.FP16);
        // 2·B·D² per MatMul plus the final sum's B·D adds
        assertEquals(2.0 * b * d * d * l + (double) b * d, chain.flops());
        assertEquals((long) l * d * d * 2, chain.weightBytes());
        // weights once; input; expand out; each MatMul reads and writes [B, D]; the sum reads [B, D], writes [B]
        double act = (double) b * d * 2;
        assertEquals(l * d * d * 2.0 + d * 2 + act + l * 2 * act + act + b * 2 + b * 2, chain.bytesMoved());

        BenchGraph decode = Graphs.decodeLayers(4, 64, 2, 32, Precision.FP16);
        // per layer 12·D² weights and 2·B·S·D cache values
        assertEquals(2L * (12 * 64 * 64 + 2 * 4 * 32 * 64) * 2, decode.weightBytes());
        BenchGraph prefill = Graphs.prefillLayers(128, 64, 2, Precision.FP32);
        double matMulFlops = 24.0 * 128 * 64 * 64 * 2;
        assertTrue(prefill.flops() >= matMulFlops && prefill.flops() < matMulFlops * 1.01);
    }

    @Test
    void sizesBelowOneAreRefusedByName() {
        assertEquals("tokens, width and layers must be at least 1 (were 4, 64, 0)", assertThrows(
                IllegalArgumentException.class, () -> Graphs.matMulChain(4, 64, 0, Precision.FP32)).getMessage());
        assertEquals("the KV cache must hold at least 1 token (was 0)", assertThrows(IllegalArgumentException.class,
                () -> Graphs.decodeLayers(4, 64, 2, 0, Precision.FP32)).getMessage());
    }

    @Test
    void generatedWeightsAreDeterministicAndScaled() {
        WeightSpec w = new WeightSpec("w", new long[] {300, 7000}, 0.5, 42);
        float[] a = w.values(Precision.FP32);
        float[] b = new WeightSpec("w", new long[] {300, 7000}, 0.5, 42).values(Precision.FP32);
        assertArrayEquals(a, b);
        double sum = 0, sq = 0;
        for (float v : a) {
            assertTrue(Math.abs(v) < 0.5);
            sum += v;
            sq += v * v;
        }
        // uniform on (−0.5, 0.5): mean 0, variance 1/12
        assertEquals(0.0, sum / a.length, 1e-3);
        assertEquals(1.0 / 12, sq / a.length, 1e-3);
        // the buffer the session receives holds the same values, across the parallel chunk boundary too
        java.nio.FloatBuffer f = w.allocate(Precision.FP32, () -> false).asFloatBuffer();
        for (int i : new int[] {0, WeightSpec.CHUNK - 1, WeightSpec.CHUNK, a.length - 1}) {
            assertEquals(a[i], f.get(i));
        }
    }
}

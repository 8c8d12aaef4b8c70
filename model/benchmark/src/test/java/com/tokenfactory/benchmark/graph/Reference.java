package com.tokenfactory.benchmark.graph;

import java.util.List;

/** The benchmark graphs computed in plain Java (double accumulation) from the same generated weights. */
final class Reference {
    private final BenchGraph graph;
    private final List<WeightSpec> weights;
    private int next;

    Reference(BenchGraph graph) {
        this.graph = graph;
        this.weights = graph.weights();
    }

    /** Rows of the broadcast input. */
    double[][] input(int tokens) {
        float[] x = graph.inputValues();
        double[][] h = new double[tokens][x.length];
        for (double[] row : h) {
            for (int j = 0; j < x.length; j++) {
                row[j] = x[j];
            }
        }
        return h;
    }

    /** h × the next weight, which must be [K, N]. */
    double[][] matMulNext(double[][] h) {
        WeightSpec w = weights.get(next++);
        float[] v = w.values(graph.precision());
        int k = (int) w.dims()[0];
        int n = (int) w.dims()[1];
        double[][] out = new double[h.length][n];
        for (int b = 0; b < h.length; b++) {
            for (int i = 0; i < k; i++) {
                double a = h[b][i];
                for (int j = 0; j < n; j++) {
                    out[b][j] += a * v[i * n + j];
                }
            }
        }
        return out;
    }

    /** The next weight, raw. */
    WeightSpec nextWeight() {
        return weights.get(next++);
    }

    static double[] rowSums(double[][] h) {
        double[] y = new double[h.length];
        for (int b = 0; b < h.length; b++) {
            for (double v : h[b]) {
                y[b] += v;
            }
        }
        return y;
    }

    /** The q, k and v thirds of a [B, 3D] projection, summed to [B, D]. */
    static double[][] sumThirds(double[][] qkv, int d) {
        double[][] out = new double[qkv.length][d];
        for (int b = 0; b < qkv.length; b++) {
            for (int j = 0; j < d; j++) {
                out[b][j] = qkv[b][j] + qkv[b][d + j] + qkv[b][2 * d + j];
            }
        }
        return out;
    }

    boolean usedAllWeights() {
        return next == weights.size();
    }
}

package com.tokenfactory.benchmark.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import ai.onnxruntime.platform.Fp16Conversions;

/**
 * A constant tensor of a benchmark graph (a weight matrix or a KV cache), generated rather than stored: values are
 * drawn uniformly from {@code (−scale, scale)} on a grid of {@value #LEVELS} levels by a seeded SplitMix64 stream, so
 * the same spec always gives the same values, in any precision, on any machine, and a test can compute with exactly
 * what the device holds. Random rather than constant data keeps the board power realistic (bits toggle).
 */
public final class WeightSpec {
    static final int LEVELS = 4096;
    /** Elements per independently seeded chunk, so large tensors fill in parallel and stay deterministic. */
    static final int CHUNK = 1 << 20;

    private final String name;
    private final long[] dims;
    private final double scale;
    private final long seed;

    public WeightSpec(String name, long[] dims, double scale, long seed) {
        this.name = name;
        this.dims = dims.clone();
        this.scale = scale;
        this.seed = seed;
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(name + ": scale must be positive, was " + scale);
        }
    }

    public String name() {
        return name;
    }

    public long[] dims() {
        return dims.clone();
    }

    public double scale() {
        return scale;
    }

    public long elements() {
        return Arrays.stream(dims).reduce(1, Math::multiplyExact);
    }

    public long bytes(Precision p) {
        return elements() * p.bytes();
    }

    /** A direct, native-order buffer holding the values, as ONNX Runtime takes it without a copy. */
    public ByteBuffer allocate(Precision p, BooleanSupplier cancelled) {
        long bytes = bytes(p);
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + " needs " + bytes + " bytes; one tensor must stay under 2 GiB");
        }
        ByteBuffer b = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.nativeOrder());
        fill(b, p, cancelled);
        return b;
    }

    /** Writes the values into {@code target} (absolute writes from several threads; the position is untouched). */
    void fill(ByteBuffer target, Precision p, BooleanSupplier cancelled) {
        float[] table = table(p);
        Sink sink;
        if (p == Precision.FP16) {
            short[] codes = new short[LEVELS];
            for (int i = 0; i < LEVELS; i++) {
                codes[i] = Fp16Conversions.floatToFp16(table[i]);
            }
            ShortBuffer s = target.asShortBuffer();
            sink = (i, level) -> s.put(i, codes[level]);
        } else {
            FloatBuffer f = target.asFloatBuffer();
            sink = (i, level) -> f.put(i, table[level]);
        }
        int n = Math.toIntExact(elements());
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            if (!cancelled.getAsBoolean()) {
                chunk(c, n, sink);
            }
        });
    }

    /** The values exactly as {@link #allocate} stores them, widened to float. For tests and small tensors. */
    public float[] values(Precision p) {
        float[] table = table(p);
        float[] out = new float[Math.toIntExact(elements())];
        int chunks = (out.length + CHUNK - 1) / CHUNK;
        for (int c = 0; c < chunks; c++) {
            chunk(c, out.length, (i, level) -> out[i] = table[level]);
        }
        return out;
    }

    private interface Sink {
        void put(int index, int level);
    }

    private void chunk(int c, int n, Sink sink) {
        long state = mix(seed ^ (0x9E3779B97F4A7C15L * (c + 1)));
        int from = c * CHUNK;
        int to = Math.min(n, from + CHUNK);
        int i = from;
        while (i < to) {
            state += 0x9E3779B97F4A7C15L;
            long r = mix(state);
            // five 12-bit levels per 64-bit draw
            for (int k = 0; k < 5 && i < to; k++, i++) {
                sink.put(i, (int) (r & (LEVELS - 1)));
                r >>>= 12;
            }
        }
    }

    private float[] table(Precision p) {
        float[] t = new float[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            t[k] = p.round((float) (scale * ((2.0 * k + 1) / LEVELS - 1.0)));
        }
        return t;
    }

    /** SplitMix64's output function (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(dims);
    }
}

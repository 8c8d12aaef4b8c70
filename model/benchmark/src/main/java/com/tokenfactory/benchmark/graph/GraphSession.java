package com.tokenfactory.benchmark.graph;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.platform.Fp16Conversions;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * An ONNX Runtime session of one {@link BenchGraph}, with its generated weights handed over as external
 * initializers. Closing it closes the session first, then the tensors it used.
 */
public final class GraphSession implements AutoCloseable {
    private final BenchGraph graph;
    private final List<OnnxTensor> weights;
    private final OrtSession session;
    private final OnnxTensor input;
    private final Map<String, OnnxTensor> inputs;
    private final double creationMs;

    private GraphSession(BenchGraph graph, List<OnnxTensor> weights, OrtSession session, OnnxTensor input,
                         double creationMs) {
        this.graph = graph;
        this.weights = weights;
        this.session = session;
        this.input = input;
        this.inputs = Map.of(graph.inputName(), input);
        this.creationMs = creationMs;
    }

    /**
     * Generates the weights, then creates the session; only the session creation is timed.
     *
     * @param options   provider and threading; the caller keeps ownership and closes them
     * @param cancelled checked while weights are generated; when it turns true, {@link Cancelled} is thrown
     * @throws OrtException       from ONNX Runtime, including allocation failures on the device
     * @throws OutOfMemoryError   when the weights do not fit the Java process's direct memory
     */
    public static GraphSession open(OrtEnvironment env, BenchGraph graph, OrtSession.SessionOptions options,
                                    BooleanSupplier cancelled) throws OrtException {
        List<OnnxTensor> tensors = new ArrayList<>();
        OnnxTensor input = null;
        try {
            Map<String, OnnxTensorLike> external = new LinkedHashMap<>();
            for (WeightSpec w : graph.weights()) {
                ByteBuffer data = w.allocate(graph.precision(), cancelled);
                if (cancelled.getAsBoolean()) {
                    throw new Cancelled();
                }
                OnnxTensor t = OnnxTensor.createTensor(env, data, w.dims(), graph.precision().javaType());
                tensors.add(t);
                external.put(w.name(), t);
            }
            options.addExternalInitializers(external);
            input = OnnxTensor.createTensor(env, graph.input().allocate(graph.precision(), () -> false),
                    graph.inputDims(), graph.precision().javaType());
            long t0 = System.nanoTime();
            OrtSession session = env.createSession(graph.model(), options);
            double ms = (System.nanoTime() - t0) / 1e6;
            return new GraphSession(graph, tensors, session, input, ms);
        } catch (OrtException | RuntimeException | Error e) {
            if (input != null) {
                input.close();
            }
            tensors.forEach(OnnxTensor::close);
            throw e;
        }
    }

    public BenchGraph graph() {
        return graph;
    }

    public double creationMs() {
        return creationMs;
    }

    /** One run; the output is copied back (a few kilobytes) and dropped. */
    public void run() throws OrtException {
        try (OrtSession.Result r = session.run(inputs)) {
            r.get(0);
        }
    }

    /** One run, returning the output widened to float. */
    public float[] runAndRead() throws OrtException {
        try (OrtSession.Result r = session.run(inputs)) {
            OnnxTensor out = (OnnxTensor) r.get(0);
            if (graph.precision() == Precision.FP16) {
                ShortBuffer s = out.getShortBuffer();
                float[] f = new float[s.remaining()];
                for (int i = 0; i < f.length; i++) {
                    f[i] = Fp16Conversions.fp16ToFloat(s.get(i));
                }
                return f;
            }
            FloatBuffer fb = out.getFloatBuffer();
            float[] f = new float[fb.remaining()];
            fb.get(f);
            return f;
        }
    }

    @Override
    public void close() throws OrtException {
        try {
            session.close();
        } finally {
            input.close();
            weights.forEach(OnnxTensor::close);
        }
    }

    /** Thrown out of {@link #open} when the cancellation flag turned true while weights were generated. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}

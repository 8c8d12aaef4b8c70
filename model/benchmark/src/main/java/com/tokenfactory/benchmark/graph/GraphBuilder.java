package com.tokenfactory.benchmark.graph;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.tokenfactory.core.calibration.OperatorCost;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds an ONNX graph from a few tensor operations and keeps count of what one run costs. Nodes come from Tribuo's
 * {@link ONNXContext} through {@link Op}; tensors are FLOAT16 or FLOAT, which Tribuo's own builder cannot express, so
 * the graph itself is assembled here from the OnnxMl protobufs.
 *
 * <p>Weights are declared as initializers with external data (no bytes in the model) and handed to the session with
 * {@code SessionOptions.addExternalInitializers}: the model stays a few kilobytes whatever the weights weigh (a model
 * with its data inline is limited to 2 GB by protobuf), and nothing touches the disk.
 */
final class GraphBuilder {
    /** A tensor in the graph: its name and its static dims. */
    record Value(String name, long[] dims) {
        long elements() {
            return Arrays.stream(dims).reduce(1, Math::multiplyExact);
        }

        int rank() {
            return dims.length;
        }
    }

    /**
     * The kinds of operator whose costs are kept apart, as the engine's roofline takes them: GEMMs against model
     * weights, attention over a KV cache, and the rest.
     */
    enum Part {
        WEIGHTS("weights"), ATTENTION("attention"), OTHER("other");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private final String name;
    private final Precision precision;
    private final double[] partFlops = new double[Part.values().length];
    private final double[] partBytes = new double[Part.values().length];
    private Part part = Part.OTHER;
    private final ONNXContext context = new ONNXContext();
    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final List<WeightSpec> weights = new ArrayList<>();
    private final long seed;
    private int counter;
    private Value input;
    private double flops;
    private double bytes;
    private long weightBytes;
    private long largestActivation;

    GraphBuilder(String name, Precision precision, long seed) {
        this.name = name;
        this.precision = precision;
        this.seed = seed;
        graph.setName(name.replaceAll("[^A-Za-z0-9_]", "_"));
    }

    Value input(String inputName, long... dims) {
        if (input != null) {
            throw new IllegalStateException("one input per benchmark graph");
        }
        graph.addInput(valueInfo(inputName, dims));
        input = new Value(inputName, dims.clone());
        return input;
    }

    /** A generated constant tensor, values uniform in (−scale, scale); counted as read once per run. */
    Value weight(String weightName, double scale, long... dims) {
        WeightSpec spec = new WeightSpec(weightName, dims, scale, seed * 1_000_003L + weights.size());
        weights.add(spec);
        long size = spec.bytes(precision);
        weightBytes += size;
        count(0, size);
        graph.addInitializer(TensorProto.newBuilder().setName(weightName).setDataType(precision.onnxType().getNumber())
                .addAllDims(Arrays.stream(dims).boxed().toList())
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                // never read: the session receives the tensor from memory (addExternalInitializers)
                .addExternalData(StringStringEntryProto.newBuilder().setKey("location").setValue(weightName + ".bin"))
                .addExternalData(StringStringEntryProto.newBuilder().setKey("length").setValue(Long.toString(size))));
        return new Value(weightName, dims.clone());
    }

    /** Broadcasts {@code x} to {@code dims} on the device, so only the small {@code x} crosses from the host. */
    Value expand(Value x, long... dims) {
        Value out = node(Op.EXPAND, dims, Map.of(), x.name(), int64("shape", dims));
        count(0, bytesOf(x) + bytesOf(out));
        return out;
    }

    /** Matrix product of [M,K]×[K,N] or batched [G,M,K]×[G,K,N]. */
    Value matMul(Value a, Value b) {
        int r = a.rank();
        if (r != b.rank() || (r != 2 && r != 3) || a.dims()[r - 1] != b.dims()[r - 2]
                || (r == 3 && a.dims()[0] != b.dims()[0])) {
            throw new IllegalArgumentException("MatMul of " + Arrays.toString(a.dims()) + " and " + Arrays.toString(b.dims()));
        }
        long m = a.dims()[r - 2];
        long k = a.dims()[r - 1];
        long n = b.dims()[r - 1];
        long[] outDims = r == 2 ? new long[] {m, n} : new long[] {a.dims()[0], m, n};
        Value out = node(Op.MATMUL, outDims, Map.of(), a.name(), b.name());
        long groups = r == 3 ? a.dims()[0] : 1;
        // the weight operand was counted where it was declared
        count(2.0 * groups * m * k * n, (isWeight(a) ? 0 : bytesOf(a)) + (isWeight(b) ? 0 : bytesOf(b)) + bytesOf(out));
        return out;
    }

    /** A view with other dims; ONNX Runtime aliases the buffer, so nothing moves. */
    Value reshape(Value x, long... dims) {
        if (new Value("", dims).elements() != x.elements()) {
            throw new IllegalArgumentException("Reshape " + Arrays.toString(x.dims()) + " to " + Arrays.toString(dims));
        }
        return node(Op.RESHAPE, dims, Map.of(), x.name(), int64("dims", dims));
    }

    /** Sum over one axis; one add per element read. */
    Value reduceSum(Value x, int axis, boolean keepDims) {
        long[] outDims = new long[keepDims ? x.rank() : x.rank() - 1];
        for (int i = 0, j = 0; i < x.rank(); i++) {
            if (i == axis) {
                if (keepDims) {
                    outDims[j++] = 1;
                }
            } else {
                outDims[j++] = x.dims()[i];
            }
        }
        Value out = node(Op.REDUCE_SUM, outDims, Map.of("keepdims", keepDims ? 1 : 0), x.name(),
                int64("axes", new long[] {axis}));
        count(x.elements(), bytesOf(x) + bytesOf(out));
        return out;
    }

    /** Softmax over the last axis; five operations per element (max, subtract, exp, sum, divide). */
    Value softmax(Value x) {
        Value out = node(Op.SOFTMAX, x.dims(), Map.of("axis", -1), x.name());
        count(5.0 * x.elements(), 2.0 * bytesOf(x));
        return out;
    }

    /** Rows {@code [from, to)} of {@code x} along its first axis; read and written once. */
    Value rows(Value x, long from, long to) {
        if (from < 0 || to > x.dims()[0] || from >= to) {
            throw new IllegalArgumentException("rows " + from + ".." + to + " of " + Arrays.toString(x.dims()));
        }
        long[] outDims = x.dims().clone();
        outDims[0] = to - from;
        Value out = node(Op.SLICE, outDims, Map.of(), x.name(), int64("starts", new long[] {from}),
                int64("ends", new long[] {to}), int64("axes", new long[] {0}));
        count(0, 2.0 * bytesOf(out));
        return out;
    }

    /** {@code a} above {@code b}: joined along the first axis; read and written once. */
    Value stack(Value a, Value b) {
        if (a.rank() != b.rank() || !Arrays.equals(Arrays.copyOfRange(a.dims(), 1, a.rank()),
                Arrays.copyOfRange(b.dims(), 1, b.rank()))) {
            throw new IllegalArgumentException("Concat of " + Arrays.toString(a.dims()) + " and "
                    + Arrays.toString(b.dims()));
        }
        long[] outDims = a.dims().clone();
        outDims[0] += b.dims()[0];
        Value out = node(Op.CONCAT, outDims, Map.of("axis", 0), a.name(), b.name());
        count(0, 2.0 * bytesOf(out));
        return out;
    }

    /** Counts what follows as this kind of operator (until the next call). */
    void part(Part next) {
        this.part = next;
    }

    private void count(double f, double b) {
        flops += f;
        bytes += b;
        partFlops[part.ordinal()] += f;
        partBytes[part.ordinal()] += b;
    }

    BenchGraph build(Value output) {
        graph.addOutput(valueInfo(output.name(), output.dims()));
        ModelProto model = ModelProto.newBuilder()
                .setIrVersion(8)
                .setProducerName("Token Factory Planner benchmark")
                .setGraph(graph)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(Op.MODEL_OPSET))
                .build();
        part(Part.OTHER);
        count(0, bytesOf(output));
        List<OperatorCost> operators = new ArrayList<>();
        for (Part p : Part.values()) {
            if (partFlops[p.ordinal()] > 0 || partBytes[p.ordinal()] > 0) {
                operators.add(new OperatorCost(p.label, partFlops[p.ordinal()], partBytes[p.ordinal()]));
            }
        }
        return new BenchGraph(name, model.toByteArray(), precision, input.name(), input.dims(), output.name(),
                output.dims(), weights, flops, bytes, weightBytes, largestActivation, operators);
    }

    private Value node(Op op, long[] outDims, Map<String, Object> attributes, String... inputs) {
        String out = "t" + counter++;
        NodeProto node = op.build(context, inputs, out, attributes);
        graph.addNode(node);
        Value v = new Value(out, outDims.clone());
        largestActivation = Math.max(largestActivation, bytesOf(v));
        return v;
    }

    private String int64(String base, long[] values) {
        TensorProto t = ONNXUtils.arrayBuilder(context, base, values);
        graph.addInitializer(t);
        return t.getName();
    }

    private boolean isWeight(Value v) {
        return weights.stream().anyMatch(w -> w.name().equals(v.name()));
    }

    private long bytesOf(Value v) {
        return v.elements() * precision.bytes();
    }

    private ValueInfoProto valueInfo(String valueName, long[] dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(valueName)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                        .setElemType(precision.onnxType().getNumber()).setShape(shape)))
                .build();
    }
}

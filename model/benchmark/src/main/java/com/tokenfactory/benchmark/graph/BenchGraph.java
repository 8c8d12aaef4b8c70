package com.tokenfactory.benchmark.graph;

import com.tokenfactory.core.calibration.OperatorCost;

import java.util.List;

/**
 * A benchmark graph ready for ONNX Runtime: the serialised model (small: its weights are declared as external data
 * and handed to the session from {@link #weights()}), its one small input, its tiny output, and what one run costs
 * by count.
 *
 * @param name          what the graph is, e.g. "matmul chain B=16 D=4096 L=32"
 * @param model         serialised ONNX ModelProto
 * @param precision     number format of weights and activations
 * @param inputName     the graph's only input, shape {@link #inputDims()}
 * @param inputDims     dims of the input (a single row, broadcast to the batch inside the graph)
 * @param outputName    the graph's output, one value per token
 * @param outputDims    dims of the output
 * @param weights       the constant tensors to generate and hand over as external initializers
 * @param flops         floating-point operations of one run (MatMul 2·M·K·N; reductions and softmax per element)
 * @param bytesMoved    bytes one run reads and writes at least once: every weight, every activation read and written
 * @param weightBytes   bytes of all weights and caches
 * @param largestActivationBytes the largest intermediate tensor, bytes (for sizing against device memory)
 * @param operators     the FLOPs and bytes split by kind of operator (weight GEMMs, attention, the rest), summing to
 *                      {@link #flops()} and {@link #bytesMoved()}
 */
public record BenchGraph(String name, byte[] model, Precision precision, String inputName, long[] inputDims,
                         String outputName, long[] outputDims, List<WeightSpec> weights, double flops,
                         double bytesMoved, long weightBytes, long largestActivationBytes,
                         List<OperatorCost> operators) {

    public BenchGraph {
        weights = List.copyOf(weights);
        operators = List.copyOf(operators);
    }

    /** Device memory one session of this graph needs at least: weights plus a few of the largest activations. */
    public long deviceBytesNeeded() {
        return weightBytes + 3 * largestActivationBytes;
    }

    /** The input, generated like a weight: uniform in (−1, 1), seeded. */
    public WeightSpec input() {
        return new WeightSpec(inputName, inputDims, 1.0, 7);
    }

    /** The input's values as the precision stores them. */
    public float[] inputValues() {
        return input().values(precision);
    }
}

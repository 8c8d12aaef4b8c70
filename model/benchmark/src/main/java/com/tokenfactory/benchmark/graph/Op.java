package com.tokenfactory.benchmark.graph;

import ai.onnx.proto.OnnxMl.AttributeProto.AttributeType;
import org.tribuo.util.onnx.ONNXAttribute;
import org.tribuo.util.onnx.ONNXOperator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ONNX operators the benchmark graphs use. Tribuo's own operator enum lacks MatMul, Expand and Reshape
 * (../shared/notes/java-stack.md), hence this one; versions are the ONNX opset versions each signature comes from.
 */
enum Op implements ONNXOperator {
    MATMUL("MatMul", 2, 0, 13),
    /** Broadcasts the small graph input to the batch on the device. */
    EXPAND("Expand", 2, 0, 13),
    /** Since opset 13 the axes are an input, not an attribute. */
    REDUCE_SUM("ReduceSum", 1, 1, 13, "keepdims"),
    RESHAPE("Reshape", 2, 0, 14),
    SOFTMAX("Softmax", 1, 0, 13, "axis"),
    /** Rows of a tensor: data, starts, ends, axes (opset 13: the bounds are inputs). */
    SLICE("Slice", 4, 0, 13),
    /** Two tensors joined along one axis. */
    CONCAT("Concat", 2, 0, 13, "axis");

    /** The opset the model imports: covers every version above. */
    static final int MODEL_OPSET = 17;

    private final String opName;
    private final int inputs;
    private final int optionalInputs;
    private final int version;
    private final Map<String, ONNXAttribute> attributes;

    Op(String opName, int inputs, int optionalInputs, int version, String... intAttributes) {
        this.opName = opName;
        this.inputs = inputs;
        this.optionalInputs = optionalInputs;
        this.version = version;
        Map<String, ONNXAttribute> a = new LinkedHashMap<>();
        for (String name : intAttributes) {
            a.put(name, new ONNXAttribute(name, AttributeType.INT, false));
        }
        this.attributes = Collections.unmodifiableMap(a);
    }

    @Override
    public String getOpName() {
        return opName;
    }

    @Override
    public int getNumInputs() {
        return inputs;
    }

    @Override
    public int getNumOptionalInputs() {
        return optionalInputs;
    }

    @Override
    public int getNumOutputs() {
        return 1;
    }

    @Override
    public Map<String, ONNXAttribute> getAttributes() {
        return attributes;
    }

    @Override
    public Set<String> getMandatoryAttributeNames() {
        return Set.of();
    }

    @Override
    public int getOpVersion() {
        return version;
    }

    /** The default ONNX domain. */
    @Override
    public String getOpDomain() {
        return "";
    }
}

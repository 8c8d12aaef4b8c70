package com.tokenfactory.benchmark.graph;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.platform.Fp16Conversions;

/** Number format of the benchmark's weights and activations. */
public enum Precision {
    /** IEEE half precision: what GPUs serve with (tensor cores); the CPU provider only emulates it. */
    FP16("fp16", 2, TensorProto.DataType.FLOAT16, OnnxJavaType.FLOAT16),
    /** Single precision: the CPU provider's fast path. */
    FP32("fp32", 4, TensorProto.DataType.FLOAT, OnnxJavaType.FLOAT);

    private final String label;
    private final int bytes;
    private final TensorProto.DataType onnxType;
    private final OnnxJavaType javaType;

    Precision(String label, int bytes, TensorProto.DataType onnxType, OnnxJavaType javaType) {
        this.label = label;
        this.bytes = bytes;
        this.onnxType = onnxType;
        this.javaType = javaType;
    }

    public String label() {
        return label;
    }

    /** Bytes per value. */
    public int bytes() {
        return bytes;
    }

    public TensorProto.DataType onnxType() {
        return onnxType;
    }

    public OnnxJavaType javaType() {
        return javaType;
    }

    /** The value this precision stores for {@code v} (fp16 rounds to nearest even). */
    public float round(float v) {
        return this == FP16 ? Fp16Conversions.fp16ToFloat(Fp16Conversions.floatToFp16(v)) : v;
    }
}

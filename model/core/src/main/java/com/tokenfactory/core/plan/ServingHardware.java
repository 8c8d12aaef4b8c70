package com.tokenfactory.core.plan;

/**
 * A SKU's figures for serving beyond BF16/FP8 peaks, HBM and power; each may be absent (null).
 *
 * @param fp6Tflops   peak dense FP6 TFLOP/s per GPU; absent where the GPU has no FP6 tensor math
 * @param fp4Tflops   peak dense FP4 TFLOP/s per GPU; absent where the GPU has no FP4 tensor math (Hopper, MI300X:
 *                    FP4 weights are de-quantized and the math runs at FP8)
 * @param scaleUpGBps scale-up (NVLink / Infinity Fabric) bandwidth per GPU, GB/s, both directions together as data
 *                    sheets quote it; absent = tensor-parallel communication is not costed for this SKU
 */
public record ServingHardware(Sourced fp6Tflops, Sourced fp4Tflops, Sourced scaleUpGBps) {
    public static final ServingHardware NONE = new ServingHardware(null, null, null);

    public ServingHardware {
        positiveIfPresent(fp6Tflops, "fp6Tflops");
        positiveIfPresent(fp4Tflops, "fp4Tflops");
        positiveIfPresent(scaleUpGBps, "scaleUpGBps");
    }

    /** The SKU's other peaks' range (bf16Tflops 0.001 … 10^6), so no product of them overflows. */
    private static void positiveIfPresent(Sourced figure, String field) {
        if (figure != null) {
            Check.between(figure.value(), 0.001, 1e6, field);
        }
    }
}

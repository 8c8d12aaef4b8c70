package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Check;

/**
 * The device a benchmark ran on.
 *
 * @param name            device name as the driver or the operating system reports it, e.g. "NVIDIA H100 80GB HBM3"
 *                        or the CPU's model name when the run fell back to the CPU
 * @param provider        ONNX Runtime execution provider that ran the shapes: "CUDA", "CoreML" or "CPU"; "none" in a
 *                        failed run where ONNX Runtime itself could not load
 * @param memoryBytes     total memory of the device (GPU memory; system RAM for the CPU), bytes; null when unknown
 * @param powerLimitWatts board power limit as the driver reports it, W; null when not known
 * @param fallbackReason  why a better provider could not be used, in plain words; null when none was missed
 */
public record DeviceInfo(String name, String provider, Long memoryBytes, Double powerLimitWatts,
                         String fallbackReason) {

    public static final String CPU = "CPU";
    public static final String CUDA = "CUDA";
    public static final String COREML = "CoreML";

    public DeviceInfo {
        name = Check.text(name, "name");
        provider = Check.text(provider, "provider");
        if (memoryBytes != null && memoryBytes <= 0) {
            throw new com.tokenfactory.core.plan.InvalidPlanException("memoryBytes",
                    "must be positive when known (was " + memoryBytes + ")");
        }
        if (powerLimitWatts != null) {
            Check.between(powerLimitWatts, 1, 1e5, "powerLimitWatts");
        }
        fallbackReason = Check.optionalText(fallbackReason);
    }

    /** True when the shapes ran on the CPU provider, whatever the machine has besides. */
    public boolean isCpu() {
        return CPU.equalsIgnoreCase(provider);
    }
}

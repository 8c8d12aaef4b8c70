package com.tokenfactory.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which ONNX Runtime execution provider the user asked for. */
public enum ProviderChoice {
    /** The best one that loads: CUDA, then CoreML on a Mac, else the CPU. */
    AUTO,
    /** NVIDIA GPUs (needs the onnxruntime_gpu build, CUDA 12 and cuDNN 9). */
    CUDA,
    /** Apple's CoreML (macOS only). */
    COREML,
    /** The CPU, always present. */
    CPU;

    /** Parses {@code auto|cuda|coreml|cpu}, any case. */
    public static ProviderChoice parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ProviderChoice c : values()) {
            if (c.name().equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown provider '" + text + "'; choose one of "
                + Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}

package com.tokenfactory.benchmark;

import java.util.Locale;

/**
 * Why a GPU provider could not be used, in words a strategist understands. ONNX Runtime's own message is kept out
 * of the sentence except as a short detail where no plainer reason is known.
 */
final class ProviderMessages {
    static final String CPU_INSTEAD = "; ran on the CPU instead.";

    private ProviderMessages() {
    }

    static String cudaNotInThisBuild(boolean gpuPresent) {
        return gpuPresent
                ? "This installation has the CPU-only ONNX Runtime, which cannot use the NVIDIA GPU" + CPU_INSTEAD
                : "This installation has the CPU-only ONNX Runtime, and no NVIDIA GPU was found" + CPU_INSTEAD;
    }

    /** Explains a failure to start the CUDA provider, from the text ONNX Runtime or the JVM gave. */
    static String cuda(Throwable failure) {
        String m = text(failure);
        if (m.contains("failed to find cuda shared provider") || m.contains("cuda is not supported in this build")
                || m.contains("onnxruntime_providers_cuda") && m.contains("not found")) {
            return cudaNotInThisBuild(true);
        }
        if (m.contains("no cuda-capable device") || m.contains("cudaerrornodevice")
                || m.contains("driver version is insufficient") || m.contains("cudaerrorinsufficientdriver")
                || m.contains("libcuda.so")) {
            return "No usable NVIDIA GPU was found (no GPU, or its driver is missing or older than CUDA 12 needs)"
                    + CPU_INSTEAD;
        }
        if (m.contains("libcudart") || m.contains("libcublas") || m.contains("libcudnn") || m.contains("cudart64")
                || m.contains("cublas64") || m.contains("cudnn64") || m.contains("cannot open shared object")
                || m.contains("error 126") || m.contains("loadlibrary")) {
            return "The NVIDIA GPU runtime could not load: CUDA 12 and cuDNN 9 were not found" + CPU_INSTEAD;
        }
        if (Failures.isOutOfMemory(failure)) {
            return "The NVIDIA GPU has too little free memory (other programs are using it)" + CPU_INSTEAD;
        }
        return "The NVIDIA GPU runtime could not start (" + Failures.firstLine(failure) + ")" + CPU_INSTEAD;
    }

    static String coreMlNotMac() {
        return "CoreML exists only on macOS" + CPU_INSTEAD;
    }

    static String coreMlNotInThisBuild() {
        return "This ONNX Runtime has no CoreML support" + CPU_INSTEAD;
    }

    static String coreMl(Throwable failure) {
        return "Apple's CoreML could not run the benchmark's operations (" + Failures.firstLine(failure) + ")"
                + CPU_INSTEAD;
    }

    static String noGpuFound() {
        return "No NVIDIA GPU was found and this is not a Mac, so the benchmark ran on the CPU.";
    }

    private static String text(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append(' ');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}

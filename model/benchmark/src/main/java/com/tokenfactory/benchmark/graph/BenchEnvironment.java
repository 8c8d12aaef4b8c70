package com.tokenfactory.benchmark.graph;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;

/**
 * The process's one ONNX Runtime environment, always asked for with the same name and level (asking with others
 * logs a warning). Its own logging is limited to fatal errors: the benchmark turns failures into plain messages.
 */
public final class BenchEnvironment {
    private BenchEnvironment() {
    }

    /**
     * @throws LinkageError      when the native library cannot load on this platform
     * @throws RuntimeException  when ONNX Runtime fails to start
     */
    public static OrtEnvironment get() {
        return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, "tokenfactory-benchmark");
    }
}

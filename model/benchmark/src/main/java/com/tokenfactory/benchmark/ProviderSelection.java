package com.tokenfactory.benchmark;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import com.tokenfactory.benchmark.graph.Precision;
import com.tokenfactory.core.calibration.DeviceInfo;

import java.util.Map;

/**
 * The provider the benchmark will run on, the precision that suits it, and why a better one was not used.
 *
 * @param provider       "CUDA", "CoreML" or "CPU" ({@link DeviceInfo} constants)
 * @param precision      fp16 on GPUs; fp32 on the CPU, whose provider only emulates fp16 MatMul (docs/decisions/0002)
 * @param fallbackReason null when the asked-for or best provider runs; else why not, in plain words
 */
record ProviderSelection(String provider, Precision precision, String fallbackReason) {

    static ProviderSelection cpu(String reason) {
        return new ProviderSelection(DeviceInfo.CPU, Precision.FP32, reason);
    }

    /** New session options for this provider; the caller closes them. */
    OrtSession.SessionOptions newOptions() throws OrtException {
        OrtSession.SessionOptions so = new OrtSession.SessionOptions();
        try {
            configure(so, provider);
            return so;
        } catch (OrtException | RuntimeException e) {
            so.close();
            throw e;
        }
    }

    static void configure(OrtSession.SessionOptions so, String provider) throws OrtException {
        so.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
        switch (provider) {
            case DeviceInfo.CUDA -> so.addCUDA(0);
            case DeviceInfo.COREML -> {
                // MLProgram runs fp16; without the CPU fallback a node CoreML cannot take fails the session
                // instead of silently running on the CPU and passing for a GPU figure
                so.addCoreML(Map.of("ModelFormat", "MLProgram", "MLComputeUnits", "ALL"));
                so.addConfigEntry("session.disable_cpu_ep_fallback", "1");
            }
            default -> {
                // the CPU provider is always there
            }
        }
    }
}

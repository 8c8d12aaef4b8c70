package com.tokenfactory.benchmark;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import com.tokenfactory.benchmark.graph.BenchGraph;
import com.tokenfactory.benchmark.graph.GraphSession;
import com.tokenfactory.benchmark.graph.Graphs;
import com.tokenfactory.benchmark.graph.Precision;
import com.tokenfactory.core.calibration.DeviceInfo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the execution provider. A GPU provider counts as present only when a tiny graph with every operator the
 * benchmark uses has run on it in fp16: listing a provider (the GPU jar lists CUDA whether or not CUDA 12 is
 * installed) is not loading it.
 */
final class ProviderSelector {

    /** What the selector needs to know about the machine; faked in tests. */
    interface Environment {
        Set<OrtProvider> availableProviders();

        boolean isMac();

        boolean nvidiaGpuPresent();

        /** Creates a session on {@code provider} for a small fp16 graph and runs it once; throws what failed. */
        void probe(String provider) throws Exception;
    }

    private ProviderSelector() {
    }

    static ProviderSelection select(ProviderChoice choice, Environment env) {
        return switch (choice) {
            case CPU -> ProviderSelection.cpu(null);
            case CUDA -> {
                String why = tryCuda(env);
                yield why == null ? gpu(DeviceInfo.CUDA) : ProviderSelection.cpu(why);
            }
            case COREML -> {
                String why = tryCoreMl(env);
                yield why == null ? gpu(DeviceInfo.COREML) : ProviderSelection.cpu(why);
            }
            case AUTO -> {
                List<String> reasons = new ArrayList<>();
                if (env.availableProviders().contains(OrtProvider.CUDA) || env.nvidiaGpuPresent()) {
                    String why = tryCuda(env);
                    if (why == null) {
                        yield gpu(DeviceInfo.CUDA);
                    }
                    reasons.add(why);
                }
                if (env.isMac()) {
                    String why = tryCoreMl(env);
                    if (why == null) {
                        yield gpu(DeviceInfo.COREML);
                    }
                    reasons.add(why);
                }
                yield ProviderSelection.cpu(reasons.isEmpty() ? ProviderMessages.noGpuFound() : String.join(" ", reasons));
            }
        };
    }

    private static ProviderSelection gpu(String provider) {
        return new ProviderSelection(provider, Precision.FP16, null);
    }

    /** Null when CUDA runs; else why not. */
    private static String tryCuda(Environment env) {
        if (!env.availableProviders().contains(OrtProvider.CUDA)) {
            return ProviderMessages.cudaNotInThisBuild(env.nvidiaGpuPresent());
        }
        try {
            env.probe(DeviceInfo.CUDA);
            return null;
        } catch (Exception | LinkageError e) {
            return ProviderMessages.cuda(e);
        }
    }

    private static String tryCoreMl(Environment env) {
        if (!env.isMac()) {
            return ProviderMessages.coreMlNotMac();
        }
        if (!env.availableProviders().contains(OrtProvider.CORE_ML)) {
            return ProviderMessages.coreMlNotInThisBuild();
        }
        try {
            env.probe(DeviceInfo.COREML);
            return null;
        } catch (Exception | LinkageError e) {
            return ProviderMessages.coreMl(e);
        }
    }

    /** The machine as ONNX Runtime and nvidia-smi see it. */
    static Environment system(OrtEnvironment ort, NvidiaSmi smi, HostInfo host) {
        return new Environment() {
            /** nvidia-smi's answer, asked once: AUTO and CUDA's fallback message may both need it. */
            private Boolean gpuPresent;

            @Override
            public Set<OrtProvider> availableProviders() {
                EnumSet<OrtProvider> p = OrtEnvironment.getAvailableProviders();
                return p == null ? Set.of(OrtProvider.CPU) : p;
            }

            @Override
            public boolean isMac() {
                return host.mac();
            }

            @Override
            public boolean nvidiaGpuPresent() {
                if (gpuPresent == null) {
                    gpuPresent = smi.gpuPresent();
                }
                return gpuPresent;
            }

            @Override
            public void probe(String provider) throws Exception {
                // one decode layer: Expand, MatMul 2-D and batched 3-D, Reshape, ReduceSum, Softmax
                BenchGraph g = Graphs.decodeLayers(2, 64, 1, 16, Precision.FP16);
                try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
                    ProviderSelection.configure(so, provider);
                    try (GraphSession s = GraphSession.open(ort, g, so, () -> false)) {
                        s.run();
                    }
                }
            }
        };
    }
}

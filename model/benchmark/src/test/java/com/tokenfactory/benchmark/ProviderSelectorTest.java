package com.tokenfactory.benchmark;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import com.tokenfactory.benchmark.graph.Precision;
import com.tokenfactory.core.calibration.DeviceInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProviderSelectorTest {

    /** A machine described by hand; {@code failure} is what probing a GPU provider throws (null: it works). */
    private static final class FakeMachine implements ProviderSelector.Environment {
        final Set<OrtProvider> providers;
        final boolean mac;
        final boolean nvidia;
        final Exception failure;
        final List<String> probed = new ArrayList<>();

        FakeMachine(Set<OrtProvider> providers, boolean mac, boolean nvidia, Exception failure) {
            this.providers = providers;
            this.mac = mac;
            this.nvidia = nvidia;
            this.failure = failure;
        }

        @Override
        public Set<OrtProvider> availableProviders() {
            return providers;
        }

        @Override
        public boolean isMac() {
            return mac;
        }

        @Override
        public boolean nvidiaGpuPresent() {
            return nvidia;
        }

        @Override
        public void probe(String provider) throws Exception {
            probed.add(provider);
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static final Set<OrtProvider> CPU_ONLY = EnumSet.of(OrtProvider.CPU);
    private static final Set<OrtProvider> GPU_BUILD = EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA);

    private static String cudaFailure(String ortMessage) {
        ProviderSelection s = ProviderSelector.select(ProviderChoice.CUDA,
                new FakeMachine(GPU_BUILD, false, true, new OrtException(OrtException.OrtErrorCode.ORT_FAIL, ortMessage)));
        assertEquals(DeviceInfo.CPU, s.provider());
        assertEquals(Precision.FP32, s.precision());
        return s.fallbackReason();
    }

    @Test
    void missingCudaLibrariesAreNamedPlainly() {
        // as ONNX Runtime 1.29's GPU build reports a machine without CUDA 12
        assertEquals("The NVIDIA GPU runtime could not load: CUDA 12 and cuDNN 9 were not found; ran on the CPU instead.",
                cudaFailure("/onnxruntime_src/onnxruntime/core/session/provider_bridge_ort.cc:1778 "
                        + "onnxruntime::Provider& onnxruntime::ProviderLibrary::Get() [ONNXRuntimeError] : 1 : FAIL : "
                        + "Failed to load library libonnxruntime_providers_cuda.so with error: libcublasLt.so.12: "
                        + "cannot open shared object file: No such file or directory"));
        assertEquals("The NVIDIA GPU runtime could not load: CUDA 12 and cuDNN 9 were not found; ran on the CPU instead.",
                cudaFailure("LoadLibrary failed with error 126 \"\" when trying to load onnxruntime_providers_cuda.dll"));
    }

    @Test
    void noGpuOrOldDriverIsNamedPlainly() {
        assertEquals("No usable NVIDIA GPU was found (no GPU, or its driver is missing or older than CUDA 12 needs); "
                + "ran on the CPU instead.", cudaFailure("CUDA failure 100: no CUDA-capable device is detected ; "
                + "GPU=0 ; hostname=x ; file=cuda_execution_provider.cc ; line=282 ; expr=cudaSetDevice(info_.device_id);"));
        assertEquals("No usable NVIDIA GPU was found (no GPU, or its driver is missing or older than CUDA 12 needs); "
                + "ran on the CPU instead.", cudaFailure("CUDA failure 35: CUDA driver version is insufficient for "
                + "CUDA runtime version"));
    }

    @Test
    void aCpuOnlyRuntimeIsNamedPlainly() {
        ProviderSelection s = ProviderSelector.select(ProviderChoice.CUDA, new FakeMachine(CPU_ONLY, false, true, null));
        assertEquals("This installation has the CPU-only ONNX Runtime, which cannot use the NVIDIA GPU; ran on the CPU "
                + "instead.", s.fallbackReason());
        assertEquals(DeviceInfo.CPU, s.provider());
        FakeMachine noGpu = new FakeMachine(CPU_ONLY, false, false, null);
        assertEquals("This installation has the CPU-only ONNX Runtime, and no NVIDIA GPU was found; ran on the CPU "
                + "instead.", ProviderSelector.select(ProviderChoice.CUDA, noGpu).fallbackReason());
        assertEquals(List.of(), noGpu.probed, "nothing to probe when the runtime lacks the provider");
    }

    @Test
    void anUnknownCudaFailureKeepsAShortDetail() {
        String why = cudaFailure("Error code - ORT_FAIL - message: something unexpected happened\nsecond line");
        assertEquals("The NVIDIA GPU runtime could not start (something unexpected happened); ran on the CPU instead.", why);
    }

    @Test
    void autoPrefersAWorkingCudaInFp16() {
        FakeMachine m = new FakeMachine(GPU_BUILD, false, true, null);
        ProviderSelection s = ProviderSelector.select(ProviderChoice.AUTO, m);
        assertEquals(DeviceInfo.CUDA, s.provider());
        assertEquals(Precision.FP16, s.precision());
        assertNull(s.fallbackReason());
        assertEquals(List.of("CUDA"), m.probed);
    }

    @Test
    void autoOnAMacUsesCoreMl() {
        ProviderSelection s = ProviderSelector.select(ProviderChoice.AUTO,
                new FakeMachine(EnumSet.of(OrtProvider.CPU, OrtProvider.CORE_ML), true, false, null));
        assertEquals(DeviceInfo.COREML, s.provider());
        assertEquals(Precision.FP16, s.precision());
    }

    @Test
    void autoWithoutAnyGpuSaysSo() {
        ProviderSelection s = ProviderSelector.select(ProviderChoice.AUTO, new FakeMachine(CPU_ONLY, false, false, null));
        assertEquals(DeviceInfo.CPU, s.provider());
        assertEquals("No NVIDIA GPU was found and this is not a Mac, so the benchmark ran on the CPU.", s.fallbackReason());
    }

    @Test
    void coreMlOutsideMacOsOrFailingIsExplained() {
        assertEquals("CoreML exists only on macOS; ran on the CPU instead.", ProviderSelector.select(ProviderChoice.COREML,
                new FakeMachine(CPU_ONLY, false, false, null)).fallbackReason());
        ProviderSelection s = ProviderSelector.select(ProviderChoice.COREML, new FakeMachine(
                EnumSet.of(OrtProvider.CPU, OrtProvider.CORE_ML), true, false,
                new OrtException(OrtException.OrtErrorCode.ORT_FAIL, "Error code - ORT_FAIL - message: This session "
                        + "contains graph nodes that are assigned to the default CPU EP")));
        assertEquals("Apple's CoreML could not run the benchmark's operations (This session contains graph nodes that "
                + "are assigned to the default CPU EP); ran on the CPU instead.", s.fallbackReason());
    }

    @Test
    void theCpuWhenAskedForNeedsNoReason() {
        ProviderSelection s = ProviderSelector.select(ProviderChoice.CPU, new FakeMachine(GPU_BUILD, false, true, null));
        assertEquals(DeviceInfo.CPU, s.provider());
        assertNull(s.fallbackReason());
    }

    @Test
    void parsesTheCommandLineWords() {
        assertEquals(ProviderChoice.COREML, ProviderChoice.parse("CoreML"));
        assertEquals(ProviderChoice.CPU, ProviderChoice.parse(" cpu "));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ProviderChoice.parse("tpu"));
        assertEquals("unknown provider 'tpu'; choose one of auto, cuda, coreml, cpu", e.getMessage());
    }
}

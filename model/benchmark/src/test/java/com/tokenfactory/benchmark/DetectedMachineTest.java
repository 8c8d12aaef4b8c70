package com.tokenfactory.benchmark;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the calibration screen shows before a run: the machine and the provider a run will try, without ONNX Runtime. */
class DetectedMachineTest {
    private static final long GIB = 1L << 30;
    private static final HostInfo LINUX = new HostInfo("AMD EPYC", 2, 24 * GIB, 20 * GIB, 4 * GIB, false);
    private static final HostInfo MAC = new HostInfo("Apple M3 Pro", 12, 36 * GIB, 30 * GIB, 8 * GIB, true);
    private static final NvidiaSmi NO_GPU = new NvidiaSmi(command -> Optional.empty(), "0");
    private static final NvidiaSmi H100 = new NvidiaSmi(
            command -> Optional.of("NVIDIA H100 80GB HBM3, 81559, 80000, 700.00\n"), "0");

    @Test
    void aLaptopWithoutGpuRunsOnTheCpu() {
        DetectedMachine m = DetectedMachine.of(LINUX, NO_GPU, false);
        assertNull(m.nvidiaGpu());
        assertEquals("AMD EPYC, 2 logical processors, 24.0 GiB; no NVIDIA GPU found", m.summary());
        assertEquals("the CPU: no NVIDIA GPU was found and this is not a Mac", m.expectedProvider(ProviderChoice.AUTO));
        assertEquals("the CPU: this installation has the CPU-only ONNX Runtime, and no NVIDIA GPU was found",
                m.expectedProvider(ProviderChoice.CUDA));
        assertEquals("the CPU: CoreML exists only on macOS", m.expectedProvider(ProviderChoice.COREML));
        assertEquals("the CPU, as chosen", m.expectedProvider(ProviderChoice.CPU));
    }

    @Test
    void aGpuNeedsTheGpuBuildOfOnnxRuntime() {
        DetectedMachine cpuBuild = DetectedMachine.of(LINUX, H100, false);
        assertEquals("AMD EPYC, 2 logical processors, 24.0 GiB; NVIDIA GPU: NVIDIA H100 80GB HBM3 (79.6 GiB)",
                cpuBuild.summary());
        assertEquals("the CPU: this installation has the CPU-only ONNX Runtime, which cannot use the NVIDIA GPU",
                cpuBuild.expectedProvider(ProviderChoice.AUTO));
        DetectedMachine gpuBuild = DetectedMachine.of(LINUX, H100, true);
        assertEquals("CUDA on the NVIDIA H100 80GB HBM3 if CUDA 12 and cuDNN 9 load, else the CPU",
                gpuBuild.expectedProvider(ProviderChoice.AUTO));
        assertEquals("the CPU, as chosen", gpuBuild.expectedProvider(ProviderChoice.CPU));
    }

    @Test
    void aMacTriesCoreMl() {
        DetectedMachine m = DetectedMachine.of(MAC, NO_GPU, false);
        assertEquals("CoreML if it can run the benchmark's operations, else the CPU",
                m.expectedProvider(ProviderChoice.AUTO));
    }

    @Test
    void thisInstallationIsTheCpuBuild() {
        // the project ships the standard onnxruntime jar (docs/benchmark.md, "Provider selection")
        assertFalse(DetectedMachine.detect().cudaBuild());
    }
}

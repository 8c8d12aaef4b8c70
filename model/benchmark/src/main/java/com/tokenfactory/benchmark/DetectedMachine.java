package com.tokenfactory.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * What can be told about this computer before the benchmark runs, without loading ONNX Runtime: the processor, the
 * memory, the NVIDIA GPU that {@code nvidia-smi} reports, and whether this installation carries ONNX Runtime's GPU
 * build. A screen can show it even where ONNX Runtime's native library cannot load; which provider really runs is
 * only known after {@link Benchmark#run} (its {@code DeviceInfo} says, with the reason for any fallback).
 *
 * @param cpuName              the processor's model name as the operating system reports it
 * @param logicalCpus          logical processors Java sees
 * @param totalRamBytes        installed memory, bytes
 * @param nvidiaGpu            the NVIDIA GPU nvidia-smi reports for CUDA device 0 (or the first entry of
 *                             {@code CUDA_VISIBLE_DEVICES}); null when nvidia-smi does not answer
 * @param nvidiaGpuMemoryBytes that GPU's memory, bytes; null when there is none
 * @param mac                  running on macOS (where CoreML exists)
 * @param cudaBuild            this installation's ONNX Runtime is the GPU build (it carries the CUDA provider)
 */
public record DetectedMachine(String cpuName, int logicalCpus, long totalRamBytes, String nvidiaGpu,
                              Long nvidiaGpuMemoryBytes, boolean mac, boolean cudaBuild) {

    /** Where the GPU build of ONNX Runtime keeps its CUDA provider library; the CPU build has none of these. */
    static final List<String> CUDA_PROVIDER_RESOURCES = List.of(
            "ai/onnxruntime/native/linux-x64/libonnxruntime_providers_cuda.so",
            "ai/onnxruntime/native/win-x64/onnxruntime_providers_cuda.dll");

    /** Looks at this computer: /proc or sysctl, nvidia-smi (a few seconds at most), the class path. */
    public static DetectedMachine detect() {
        ClassLoader loader = DetectedMachine.class.getClassLoader();
        boolean cudaBuild = CUDA_PROVIDER_RESOURCES.stream().anyMatch(r -> loader.getResource(r) != null);
        return of(HostInfo.detect(CommandRunner.SYSTEM), NvidiaSmi.system(), cudaBuild);
    }

    static DetectedMachine of(HostInfo host, NvidiaSmi smi, boolean cudaBuild) {
        return smi.query()
                .map(g -> new DetectedMachine(host.cpuName(), host.logicalCpus(), host.totalRamBytes(), g.name(),
                        g.memoryTotalBytes(), host.mac(), cudaBuild))
                .orElseGet(() -> new DetectedMachine(host.cpuName(), host.logicalCpus(), host.totalRamBytes(), null,
                        null, host.mac(), cudaBuild));
    }

    /** The machine in one line, e.g. "AMD EPYC, 2 logical processors, 23.5 GiB; no NVIDIA GPU found". */
    public String summary() {
        String gpu = nvidiaGpu == null ? "no NVIDIA GPU found"
                : "NVIDIA GPU: " + nvidiaGpu + (nvidiaGpuMemoryBytes == null ? "" : " (" + gib(nvidiaGpuMemoryBytes) + ")");
        return cpuName + ", " + logicalCpus + " logical processors, " + gib(totalRamBytes) + "; " + gpu;
    }

    /**
     * The provider a run with {@code choice} will try, and what it falls back to, in words. Only a run can tell
     * whether a GPU provider really loads (CUDA 12 and cuDNN 9 installed, operators supported).
     */
    public String expectedProvider(ProviderChoice choice) {
        return switch (choice) {
            case CPU -> "the CPU, as chosen";
            case CUDA -> cuda();
            case COREML -> coreMl();
            case AUTO -> nvidiaGpu != null || cudaBuild ? cuda() : mac ? coreMl()
                    : "the CPU: no NVIDIA GPU was found and this is not a Mac";
        };
    }

    private String cuda() {
        if (!cudaBuild) {
            return nvidiaGpu == null
                    ? "the CPU: this installation has the CPU-only ONNX Runtime, and no NVIDIA GPU was found"
                    : "the CPU: this installation has the CPU-only ONNX Runtime, which cannot use the NVIDIA GPU";
        }
        return nvidiaGpu == null ? "CUDA if it finds a GPU (nvidia-smi found none), else the CPU"
                : "CUDA on the " + nvidiaGpu + " if CUDA 12 and cuDNN 9 load, else the CPU";
    }

    private String coreMl() {
        return mac ? "CoreML if it can run the benchmark's operations, else the CPU"
                : "the CPU: CoreML exists only on macOS";
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}

package com.tokenfactory.benchmark;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The computer the benchmark runs on: its CPU's name, its memory, and how much direct memory Java lets the benchmark
 * hold (generated weights live there before the session takes them).
 *
 * @param cpuName               the processor's model name as the operating system reports it
 * @param logicalCpus           logical processors Java sees
 * @param totalRamBytes         installed memory
 * @param availableRamBytes     memory available without swapping (Linux MemAvailable), else free memory
 * @param directMemoryFreeBytes direct memory Java still allows (-XX:MaxDirectMemorySize, default the heap maximum)
 * @param mac                   running on macOS
 */
record HostInfo(String cpuName, int logicalCpus, long totalRamBytes, long availableRamBytes,
                long directMemoryFreeBytes, boolean mac) {

    static HostInfo detect(CommandRunner runner) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean mac = os.contains("mac");
        long total = -1;
        long free = -1;
        try {
            java.lang.management.OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
            if (bean instanceof com.sun.management.OperatingSystemMXBean sun) {
                total = sun.getTotalMemorySize();
                free = sun.getFreeMemorySize();
            }
        } catch (LinkageError e) {
            // a runtime image without jdk.management
        }
        long available = linuxMeminfo("MemAvailable:").orElse(free);
        if (total <= 0) {
            // a runtime image without jdk.management (e.g. jlink of java.se only)
            total = linuxMeminfo("MemTotal:").orElse(Runtime.getRuntime().maxMemory());
        }
        if (available <= 0) {
            available = total / 2;
        }
        return new HostInfo(cpuName(runner, os), Runtime.getRuntime().availableProcessors(), total, available,
                directMemoryFree(), mac);
    }

    private static String cpuName(CommandRunner runner, String os) {
        Optional<String> name = Optional.empty();
        if (os.contains("linux")) {
            try {
                name = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(l -> l.startsWith("model name") || l.startsWith("Model") || l.startsWith("Hardware"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).filter(s -> !s.isEmpty()).findFirst();
            } catch (IOException | RuntimeException e) {
                name = Optional.empty();
            }
        } else if (os.contains("mac")) {
            name = runner.run(List.of("sysctl", "-n", "machdep.cpu.brand_string")).map(String::strip)
                    .filter(s -> !s.isEmpty());
        } else if (os.contains("windows")) {
            name = Optional.ofNullable(System.getenv("PROCESSOR_IDENTIFIER")).filter(s -> !s.isBlank());
        }
        return name.orElse(System.getProperty("os.arch", "unknown") + " CPU");
    }

    /** A /proc/meminfo figure in bytes (the file gives kB). */
    private static Optional<Long> linuxMeminfo(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith(key))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Java's direct-memory limit less what is in use; the limit defaults to the maximum heap size. */
    private static long directMemoryFree() {
        long max = Runtime.getRuntime().maxMemory();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:MaxDirectMemorySize=")) {
                max = parseSize(arg.substring(arg.indexOf('=') + 1), max);
            }
        }
        long used = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
        return Math.max(0, max - used);
    }

    static long parseSize(String s, long fallback) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("k")) {
            unit = 1L << 10;
        } else if (t.endsWith("m")) {
            unit = 1L << 20;
        } else if (t.endsWith("g")) {
            unit = 1L << 30;
        } else if (t.endsWith("t")) {
            unit = 1L << 40;
        }
        try {
            return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

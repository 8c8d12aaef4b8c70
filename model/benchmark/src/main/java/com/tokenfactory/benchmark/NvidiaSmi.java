package com.tokenfactory.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code nvidia-smi} says about the GPU that CUDA device 0 is: its name, memory and power. nvidia-smi numbers
 * GPUs regardless of {@code CUDA_VISIBLE_DEVICES}, so the first entry of that variable (an index or a GPU UUID,
 * both of which {@code -i} accepts) names the GPU when it is set.
 */
final class NvidiaSmi {
    private static final long MIB = 1024L * 1024;

    /** One GPU as nvidia-smi reports it; memory in bytes, power limit in watts (null when not reported). */
    record Gpu(String name, long memoryTotalBytes, long memoryFreeBytes, Double powerLimitWatts) {
    }

    private final CommandRunner runner;
    private final String index;

    NvidiaSmi(CommandRunner runner, String index) {
        this.runner = runner;
        this.index = index;
    }

    static NvidiaSmi system() {
        return new NvidiaSmi(CommandRunner.SYSTEM, deviceIndex(System.getenv()));
    }

    static String deviceIndex(Map<String, String> environment) {
        String visible = environment.get("CUDA_VISIBLE_DEVICES");
        if (visible == null || visible.isBlank()) {
            return "0";
        }
        return visible.split(",")[0].strip();
    }

    /** True when nvidia-smi runs and lists at least one GPU. */
    boolean gpuPresent() {
        return runner.run(List.of("nvidia-smi", "-L")).map(s -> s.contains("GPU")).orElse(false);
    }

    Optional<Gpu> query() {
        return runner.run(List.of("nvidia-smi", "--query-gpu=name,memory.total,memory.free,power.limit",
                "--format=csv,noheader,nounits", "-i", index)).flatMap(NvidiaSmi::parseQuery);
    }

    static Optional<Gpu> parseQuery(String output) {
        String line = output.strip().lines().findFirst().orElse("");
        String[] f = line.split(",");
        if (f.length < 4) {
            return Optional.empty();
        }
        try {
            String name = f[0].strip();
            long total = Math.round(Double.parseDouble(f[1].strip()) * MIB);
            long free = Math.round(Double.parseDouble(f[2].strip()) * MIB);
            OptionalDouble limit = parseWatts(f[3]);
            return name.isEmpty() ? Optional.empty()
                    : Optional.of(new Gpu(name, total, free, limit.isPresent() ? limit.getAsDouble() : null));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The power field to sample: {@code power.draw.instant} where the driver has it (newer drivers report
     * {@code power.draw} as a one-second average), else {@code power.draw}; empty when neither gives a number
     * (the board does not report power).
     */
    Optional<String> powerField() {
        for (String field : List.of("power.draw.instant", "power.draw")) {
            Optional<String> out = runner.run(List.of("nvidia-smi", "--query-gpu=" + field,
                    "--format=csv,noheader,nounits", "-i", index));
            if (out.isPresent() && parseWatts(out.get()).isPresent()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The sampling command: one line with the field every 100 ms until stopped. */
    List<String> samplingCommand(String field) {
        return List.of("nvidia-smi", "--query-gpu=" + field, "--format=csv,noheader,nounits", "-lms", "100",
                "-i", index);
    }

    /** A watts figure, or empty for "[N/A]", "[Not Supported]" and the like. */
    static OptionalDouble parseWatts(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("w", "").strip();
        try {
            double w = Double.parseDouble(t);
            return w > 0 && Double.isFinite(w) ? OptionalDouble.of(w) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}

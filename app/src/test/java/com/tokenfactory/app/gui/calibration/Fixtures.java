package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.benchmark.DetectedMachine;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.BenchmarkRunFile;
import com.tokenfactory.samples.Samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the calibration tests work on: the fungible-fleet sample and a benchmark run measured on this project's CPU. */
final class Fixtures {
    /** A full CPU run ('tokenfactory bench --provider cpu --out'), 22 Nov 2026, AMD EPYC, 2 cores, other builds running. */
    static final String CPU_RUN = "cpu-run.json";
    /** A machine as DetectedMachine reports it, without asking nvidia-smi. */
    static final DetectedMachine LAPTOP = new DetectedMachine("AMD EPYC", 2, 24L << 30, null, null, false, false);

    private Fixtures() {
    }

    static Plan fungibleFleet() {
        return Samples.open(Samples.FUNGIBLE_FLEET);
    }

    static String cpuRunJson() {
        try (InputStream in = Fixtures.class.getResourceAsStream(CPU_RUN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BenchmarkRun cpuRun() {
        try {
            return BenchmarkRunFile.fromJson(cpuRunJson());
        } catch (BenchmarkRunFile.FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CPU run as a file in {@code dir}. */
    static Path cpuRunFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve(CPU_RUN), cpuRunJson());
    }
}

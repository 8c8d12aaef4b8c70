package com.tokenfactory.app.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzzing campaign in the build (docs/reliability.md). The quick tier runs in every {@code ./mvnw verify}; the
 * long tier is the profile {@code fuzz-long}, which sets the case counts below through system properties. Each
 * campaign writes its tally to {@code target/fuzz/}, the figures docs/reliability.md reports.
 */
class FuzzTest {
    /** Quick tier: about 2,000 cases in all, a few seconds. */
    private static final int PLAN_CASES = Integer.getInteger("fuzz.planCases", 1_500);
    private static final int RUN_CASES = Integer.getInteger("fuzz.runCases", 500);
    private static final long SEED = Long.getLong("fuzz.seed", 16L);

    @TempDir
    Path dir;

    @Test
    void mutatedSamplePlansAreRefusedInOneLineOrRunEverywhereAndSaveReadably() throws IOException {
        FuzzCampaign.Tally t = new FuzzCampaign(SEED, dir).plans(PLAN_CASES, 10, 40);
        record("plans", PLAN_CASES, t);
        assertTrue(t.failures.isEmpty(), failures(t));
        assertTrue(t.counts.getOrDefault("accepted", 0) > PLAN_CASES / 20, "too few accepted cases to mean much: " + t);
    }

    @Test
    void mutatedBenchmarkRunsAreRefusedInOneLineOrCalibrateAPlanThatSavesReadably() throws IOException {
        String run;
        try (InputStream in = FuzzTest.class.getResourceAsStream("/com/tokenfactory/app/gui/calibration/cpu-run.json")) {
            run = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        FuzzCampaign.Tally t = new FuzzCampaign(SEED, dir).benchmarkRuns(RUN_CASES, run);
        record("benchmark-runs", RUN_CASES, t);
        assertTrue(t.failures.isEmpty(), failures(t));
        assertTrue(t.counts.getOrDefault("calibrated, simulated and saved", 0) > RUN_CASES / 20,
                "too few calibrated cases to mean much: " + t);
    }

    private static String failures(FuzzCampaign.Tally t) {
        return t.failures.size() + " failures; the first: " + t.failures.stream().limit(10).map(Object::toString)
                .collect(Collectors.joining("\n"));
    }

    private static void record(String name, int cases, FuzzCampaign.Tally t) throws IOException {
        Path out = Path.of("target", "fuzz");
        Files.createDirectories(out);
        Files.writeString(out.resolve(name + ".txt"), "seed " + SEED + ", " + cases + " cases: " + t.counts
                + "\nfailures: " + t.failures.size() + "\n" + t.failures.stream().limit(50).map(Object::toString)
                .collect(Collectors.joining("\n")) + "\n");
        System.out.println("fuzz " + name + ": seed " + SEED + ", " + cases + " cases: " + t);
    }
}

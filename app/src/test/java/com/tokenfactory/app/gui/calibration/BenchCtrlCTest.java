package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C (SIGINT) or a polite kill (SIGTERM, handled the same way, and what {@link Process#destroy()} sends) during
 * {@code tokenfactory bench}: the benchmark stops within one run, says so, nothing is written, and the exit code is
 * 128 + the signal's number. With a JVM shutdown hook instead, ONNX Runtime's own hook freed its environment under the
 * running benchmark (a test then failed to initialise). The child is a plain {@code java} as the launcher starts it:
 * before the benchmark got a thread with a large stack, a full run here died with SIGSEGV on the main thread's 1 MiB.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "reads /proc to see when the benchmark has started")
class BenchCtrlCTest {
    @TempDir
    Path dir;

    @Test
    void aSignalCancelsTheRunCleanly() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Path json = dir.resolve("run.json");
        Process p = new ProcessBuilder(WithoutOnnxRuntimeTest.javaBin(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", Main.class.getName(), "bench", "--provider", "cpu", "--out", json.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // the full CPU run takes several seconds; signal once ONNX Runtime's library is mapped (the handler is in place
        // before the benchmark loads it)
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onnxRuntimeLoaded(p)) {
            assertTrue(System.nanoTime() < end && p.isAlive(), "the benchmark started: " + Files.readString(err));
            Thread.sleep(50);
        }
        Thread.sleep(500);
        p.destroy();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped soon after the signal");
        String stdout = Files.readString(out);
        List<String> stderr = Files.readAllLines(err).stream().filter(l -> l.startsWith("tokenfactory:")).toList();
        assertEquals(128 + 15, p.exitValue(), "ended after SIGTERM, by the command\n" + stdout + Files.readString(err));
        assertTrue(stdout.contains("Outcome:  cancelled: Cancelled by the user after "), stdout);
        assertEquals(1, stderr.size(), String.join("\n", stderr));
        assertTrue(stderr.get(0).startsWith("tokenfactory: Cancelled by the user after "), stderr.get(0));
        assertTrue(Files.notExists(json), "a cancelled run is not written");
    }

    private static boolean onnxRuntimeLoaded(Process p) throws IOException {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "maps")).contains("libonnxruntime");
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }
}

package com.tokenfactory.benchmark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void wrongArgumentsGiveUsageAndStatusTwo() {
        assertEquals(2, run("--provider", "tpu"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "bench: unknown provider 'tpu'; choose one of auto, cuda, coreml, cpu"));
        assertEquals(2, run("--fast"));
        assertEquals(2, run("--provider"));
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: BenchMain"));
    }

    @Test
    void printsTheTableAndTheCalibrationOrWhyNot() {
        int status = run("--provider", "cpu", "--quick");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Provider: CPU, fp32, ONNX Runtime"), text);
        assertTrue(text.contains("median ms") && text.contains("TFLOP/s") && text.contains("J/token"), text);
        assertTrue(text.lines().filter(l -> l.startsWith("decode-") || l.startsWith("prefill-")).count() == 8, text);
        if (status == 0) {
            assertTrue(text.contains("Calibration") && text.contains("held-out error"), text);
        } else {
            assertEquals(1, status);
            assertTrue(text.contains("No calibration: "), text);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[100%] Done"));
    }
}

package com.tokenfactory.app.gui.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calibration screen and the commands on a computer where ONNX Runtime's native library cannot load: in a fresh
 * JVM told to look for it in an empty folder ({@code -Donnxruntime.native.path}), as ONNX Runtime 1.29 allows. Opening
 * the screen, loading and applying a saved measurement and {@code calibrate} must not touch ONNX Runtime at all;
 * running the benchmark must end in a plain message.
 */
class WithoutOnnxRuntimeTest {
    @TempDir
    Path dir;

    @Test
    void theScreenOpensLoadsAndAppliesWithoutLoadingOnnxRuntime() throws Exception {
        Path classLog = dir.resolve("classes.log");
        List<String> out = probe("open", "-Xlog:class+load=info:file=" + classLog);
        assertTrue(out.contains("calibrated: true"), String.join("\n", out));
        assertTrue(out.contains("calibrate exit: 0"), String.join("\n", out));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("status: INFO Applied: ")), String.join("\n", out));
        List<String> onnx = Files.readAllLines(classLog).stream().filter(l -> l.contains(" ai.onnxruntime.")).toList();
        assertEquals(List.of(), onnx, "no ONNX Runtime class is loaded before the benchmark runs");
        assertTrue(Files.readString(classLog).contains("com.tokenfactory.app.gui.calibration.CalibrationViewModel "),
                "the class log is the probe's");
    }

    @Test
    void runningTheBenchmarkEndsInAPlainMessage() throws Exception {
        List<String> out = probe("run");
        String text = String.join("\n", out);
        assertTrue(out.contains("status: ERROR ONNX Runtime could not load on this computer, so nothing was measured "
                + "(Native library 'onnxruntime' not found at " + dir.resolve("no-native-library").resolve(
                System.mapLibraryName("onnxruntime")) + ")."), text);
        assertTrue(out.contains("running: false"), text);
        assertTrue(out.contains("bench exit: 1"), text);
        List<String> benchErr = out.stream().filter(l -> l.startsWith("err: ")).toList();
        assertEquals(1, benchErr.size(), text);
        assertTrue(benchErr.get(0).startsWith("err: tokenfactory: ONNX Runtime could not load on this computer"), text);
    }

    private List<String> probe(String mode, String... jvmOptions) throws IOException, InterruptedException {
        Path empty = Files.createDirectories(dir.resolve("no-native-library"));
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "-Donnxruntime.native.path=" + empty));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(WithoutOnnxRuntimeProbe.class.getName(), mode, dir.toString()));
        Path output = dir.resolve(mode + ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe finished");
        List<String> lines = Files.readAllLines(output);
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        return lines;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

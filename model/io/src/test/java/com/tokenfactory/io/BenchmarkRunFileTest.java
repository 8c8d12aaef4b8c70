package com.tokenfactory.io;

import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.DeviceInfo;
import com.tokenfactory.core.calibration.RunOutcome;
import com.tokenfactory.core.calibration.ExpertShape;
import com.tokenfactory.core.calibration.OperatorCost;
import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeMeasurement;
import com.tokenfactory.core.calibration.ShapeRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkRunFileTest {

    private static BenchmarkRun gpuRun() {
        DeviceInfo h100 = new DeviceInfo("NVIDIA H100 80GB HBM3", DeviceInfo.CUDA, 85_520_809_984L, 700.0, null);
        return new BenchmarkRun(h100, "fp16", "ONNX Runtime 1.29.0", LocalDate.of(2026, 11, 20), RunOutcome.COMPLETED,
                null, List.of(
                new ShapeMeasurement("decode-8192", ShapeKind.MEMORY, ShapeRole.FIT, "B=16 D=8192 L=32",
                        68_719_476_736.0, 4_303_355_904.0, 16, 1.72, 1.81, 580, 612.5, 524.25,
                        ShapeMeasurement.joulesPerToken(524.25, 1.72, 16)),
                new ShapeMeasurement("prefill-8192", ShapeKind.COMPUTE, ShapeRole.HELD_OUT, null, 8.8e12, 3.2e9,
                        8192, 12.2, 12.4, 82, 455.0, null, null),
                new ShapeMeasurement("experts-19M-m1024", ShapeKind.COMPUTE, ShapeRole.REPORTED,
                        "E=28 m=1024 D=4096 F=1536 L=2", 2.2e12, 2.4e9, 28_672, 4.1, 4.3, 40, 380.0, null, null,
                        List.of(new OperatorCost("weights", 2.2e12, 2.2e9), new OperatorCost("other", 3e8, 2e8)),
                        new ExpertShape(28, 1024, 18_874_368))),
                List.of("Board power: nvidia-smi power.draw.instant every 100 ms.", "ünïcode ✓"));
    }

    @Test
    void roundTripsEveryField(@TempDir Path dir) throws IOException {
        BenchmarkRun run = gpuRun();
        Path file = dir.resolve("bench.json");
        BenchmarkRunFile.write(run, file);
        assertEquals(run, BenchmarkRunFile.read(file));
        // and nothing else was left in the folder (the temporary file was moved into place)
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void roundTripsAnUnfinishedCpuRunWithNulls() throws IOException {
        DeviceInfo cpu = new DeviceInfo("AMD EPYC", DeviceInfo.CPU, null, null,
                "This installation has the CPU-only ONNX Runtime; ran on the CPU instead.");
        BenchmarkRun run = new BenchmarkRun(cpu, "fp32", "ONNX Runtime 1.29.0", LocalDate.of(2026, 11, 22),
                RunOutcome.CANCELLED, "Cancelled by the user after 0 of 8 tests; no calibration was made.", List.of(),
                List.of());
        String json = BenchmarkRunFile.toJson(run);
        assertTrue(json.contains("\"memoryBytes\" : null"), json);
        assertEquals(run, BenchmarkRunFile.fromJson(json));
    }

    @Test
    void overwritesAnExistingFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bench.json");
        Files.writeString(file, "old");
        BenchmarkRunFile.write(gpuRun(), file);
        assertEquals(gpuRun(), BenchmarkRunFile.read(file));
    }

    private static String problem(String json) {
        return assertThrows(BenchmarkRunFile.FormatException.class, () -> BenchmarkRunFile.fromJson(json)).getMessage();
    }

    private static String valid() {
        return BenchmarkRunFile.toJson(gpuRun());
    }

    @Test
    void aWrongTypeNamesItsPath() {
        String json = valid().replace("\"medianMs\" : 12.2", "\"medianMs\" : \"12.2\"");
        assertEquals("$.shapes[1].medianMs (line 38): expected a number", problem(json));
        assertEquals("$.shapes[0].tokens (line 23): expected a whole number",
                problem(valid().replace("\"tokens\" : 16,", "\"tokens\" : 16.5,")));
        assertEquals("$.device.memoryBytes (line 7): expected a whole number",
                problem(valid().replace("\"memoryBytes\" : 85520809984", "\"memoryBytes\" : true")));
        assertEquals("$.shapes (line 16): expected an array", problem(valid().replace("\"shapes\" : [", "\"shapes\" : 3, \"x\" : [")));
    }

    @Test
    void aWholeNumberTooLargeForItsFieldNamesTheField() {
        assertEquals("$.shapes[0].runs (line 26): must be at most 2147483647 (was 99999999999)",
                problem(valid().replace("\"runs\" : 580", "\"runs\" : 99999999999")));
    }

    @Test
    void anEmptyFileSaysSo(@TempDir Path dir) throws IOException {
        assertEquals("line 1, column 1: the file is empty: expected a JSON object", problem(""));
        assertEquals("line 1, column 1: the file is empty: expected a JSON object", problem(" \n"));
        Path folder = Files.createDirectory(dir.resolve("runs.json"));
        IOException e = assertThrows(IOException.class, () -> BenchmarkRunFile.read(folder));
        assertEquals("is a folder, not a benchmark run", e.getMessage(), "the caller names the file");
    }

    @Test
    void aMissingFieldNamesItsPath() {
        assertEquals("$.device.name (line 4): is required",
                problem(valid().replace("\"name\" : \"NVIDIA H100 80GB HBM3\",", "")));
        assertEquals("$.shapes[0].p90Ms (line 16): is required", problem(valid().replace("\"p90Ms\" : 1.81,", "")));
    }

    @Test
    void aValueTheRecordRefusesNamesItsPath() {
        assertEquals("$.shapes[0].p90Ms (line 25): must not be below medianMs (1.72), was 1.5",
                problem(valid().replace("\"p90Ms\" : 1.81", "\"p90Ms\" : 1.5")));
        assertEquals("$.shapes[1].name (line 31): duplicate shape name 'decode-8192'",
                problem(valid().replace("\"prefill-8192\"", "\"decode-8192\"")));
    }

    @Test
    void anExpertShapeNamesItsFields() {
        String json = valid();
        assertEquals("$.shapes[2].experts.tokensPerExpert (line 69): expected a whole number",
                problem(json.replace("\"tokensPerExpert\" : 1024", "\"tokensPerExpert\" : \"many\"")));
        assertTrue(problem(json.replace("\"experts\" : 28,", "\"experts\" : 0,")).startsWith(
                "$.shapes[2].experts"), problem(json.replace("\"experts\" : 28,", "\"experts\" : 0,")));
        assertTrue(problem(json.replaceFirst("(?s),\\s*\"experts\" : \\{[^}]*\\}", "")).contains(
                "a reported shape must state the experts it stands for"));
    }

    @Test
    void enumsDatesAndVersionsAreChecked() {
        assertEquals("$.shapes[0].kind (line 18): expected one of COMPUTE, MEMORY (was \"GPU\")",
                problem(valid().replace("\"kind\" : \"MEMORY\"", "\"kind\" : \"GPU\"")));
        assertEquals("$.measuredOn (line 13): expected a date as YYYY-MM-DD (was \"20 Nov 2026\")",
                problem(valid().replace("\"2026-11-20\"", "\"20 Nov 2026\"")));
        assertTrue(problem(valid().replace("\"formatVersion\" : 2", "\"formatVersion\" : 3"))
                .startsWith("$.formatVersion (line 3): this file was written by a newer Token Factory Planner (version 3)"));
        // a run without reported shapes is written as version 1, which an app before them reads; one with them as 2
        BenchmarkRun withoutExperts = new BenchmarkRun(gpuRun().device(), "fp16", "ONNX Runtime 1.29.0",
                gpuRun().measuredOn(), RunOutcome.COMPLETED, null, gpuRun().shapes().subList(0, 2), List.of());
        String v1 = BenchmarkRunFile.toJson(withoutExperts);
        assertTrue(v1.contains("\"formatVersion\" : 1,"), v1);
        assertEquals(withoutExperts, assertDoesNotThrowRead(v1));
        assertTrue(valid().contains("\"formatVersion\" : 2,"));
    }

    private static com.tokenfactory.core.calibration.BenchmarkRun assertDoesNotThrowRead(String json) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> BenchmarkRunFile.fromJson(json));
    }

    @Test
    void brokenJsonSaysWhere() {
        // the second comma of line 3 is its 22nd character
        String message = problem("{\n  \"format\": \"tokenfactory-benchmark-run\",\n  \"formatVersion\": 1,,\n}");
        assertTrue(message.startsWith("$.formatVersion (line 3, column 22): invalid JSON: Unexpected character"), message);
    }

    @Test
    void refusesAbsurdInput(@TempDir Path dir) throws IOException {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertEquals("line 1, column 18: objects and arrays are nested more than 16 levels deep (the nesting depth limit)",
                problem(deep));
        assertEquals("$.shapes[0].medianMs (line 24, column 79): a number longer than 40 characters (the number length limit)",
                problem(valid().replace("1.72,", "1" + "0".repeat(60) + ",")));
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) BenchmarkRunFile.MAX_FILE_BYTES + 1]);
        IOException e = assertThrows(BenchmarkRunFile.FormatException.class, () -> BenchmarkRunFile.read(big));
        assertEquals("the file is too large: 4.0 MiB (the file size limit is 4 MiB); a benchmark run is a few kilobytes",
                e.getMessage());
        assertEquals("$.shapes[0].medianMs (line 24): NaN is not a number JSON allows: write a finite number",
                problem(valid().replace("1.72,", "NaN,")));
        assertEquals("ünïcode ✓", BenchmarkRunFile.fromJson(new String(
                BenchmarkRunFile.toJson(gpuRun()).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .notes().get(1));
    }
}

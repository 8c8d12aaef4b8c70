package com.tokenfactory.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LimitsTest {
    private static final String FILE = "fungible.tokenplan";
    private static final String VALID = Resources.text(Resources.FUNGIBLE);

    @Test
    void deepNestingIsRefusedQuicklyNamingTheDepthLimit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        PlanFileException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(PlanFileException.class, () -> new PlanFile().read(deep, "deep.tokenplan")));
        assertEquals("deep.tokenplan: line 1, column 66: objects and arrays are nested more than 64 levels deep "
                + "(the nesting depth limit)", e.getMessage());
    }

    @Test
    void deepNestingInsideAPlan() {
        String deep = Resources.replaceOnce(VALID, "\"trainingRuns\": []",
                "\"trainingRuns\": " + "[".repeat(70) + "]".repeat(70));
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(deep, FILE));
        assertEquals(FILE + ": line 197, column 83: objects and arrays are nested more than 64 levels deep "
                + "(the nesting depth limit)", e.getMessage());
    }

    @Test
    void oversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.tokenplan");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(65 * ReadLimits.MIB); // sparse where the file system allows: nothing is written
        }
        PlanFileException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(PlanFileException.class, () -> new PlanFile().read(big)));
        assertEquals("big.tokenplan: the file is too large: 65 MiB (the file size limit is 64 MiB)", e.getMessage());
    }

    @Test
    void oversizedTextIsRefusedBeforeParsing() {
        ReadLimits small = ReadLimits.defaults().withMaxFileBytes(1000);
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile(small).read(VALID, FILE));
        assertEquals(FILE + ": the file is too large: 5226 bytes (the file size limit is 1000 bytes)", e.getMessage());
    }

    @Test
    void overlongNumber() {
        String json = Resources.replaceOnce(VALID, "\"gridMw\": 120.0", "\"gridMw\": 1" + "0".repeat(100));
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(json, FILE));
        assertEquals(FILE + ": $.sites[0].gridMw (line 94, column 118): a number longer than 100 characters "
                + "(the number length limit)", e.getMessage());
    }

    @Test
    void overlongString() {
        ReadLimits limits = new ReadLimits(ReadLimits.MIB, 64, 100, 50, 1000);
        String json = Resources.replaceOnce(VALID, "\"name\": \"Fungible capacity plan\"",
                "\"name\": \"" + "x".repeat(60) + "\"");
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile(limits).read(json, FILE));
        assertEquals(FILE + ": $.name (line 3, column 73): a text longer than 50 characters (the string length limit)",
                e.getMessage());
    }

    @Test
    void overlongFieldName() {
        String json = Resources.replaceOnce(VALID, "\"gridMw\": 120.0", "\"" + "g".repeat(1001) + "\": 120.0");
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(json, FILE));
        assertEquals(FILE + ": $.sites[0] (line 94, column 1010): a field name longer than 1000 characters "
                + "(the field name length limit)", e.getMessage());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ReadLimits(0, 64, 100, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> new ReadLimits(100, 64, 100, 100, -1));
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("900 bytes", ReadLimits.size(900));
        assertEquals("64 MiB", ReadLimits.size(64 * ReadLimits.MIB));
        assertEquals("1.5 MiB", ReadLimits.size(3 * ReadLimits.MIB / 2));
    }
}

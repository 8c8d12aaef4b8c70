package com.tokenfactory.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A library that wraps a full disk in its own exception (POI does) still gives one line naming the file. */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aWrappedFullDiskNamesTheFileAndChangesNoOutput() throws Exception {
        Path csv = dir.resolve("table.csv");
        Path xlsx = dir.resolve("result.xlsx");
        Files.writeString(csv, "previous");
        Map<Path, com.tokenfactory.io.AtomicFile.FileWriter> outputs = new LinkedHashMap<>();
        outputs.put(csv, f -> Files.writeString(f, "new"));
        outputs.put(xlsx, f -> {
            Files.writeString(f, "half");
            throw new IllegalStateException(new IOException("No space left on device"));
        });

        CliException e = assertThrows(CliException.class, () -> ChartCommand.Output.replaceAll(outputs));

        assertEquals(1, e.exitCode());
        assertEquals("cannot write " + xlsx + ": No space left on device (none of the 2 files was changed)",
                e.getMessage());
        assertEquals("previous", Files.readString(csv));
        assertFalse(Files.exists(xlsx));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file");
        }
    }
}

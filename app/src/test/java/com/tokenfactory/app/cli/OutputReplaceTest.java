package com.tokenfactory.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The commands' outputs replace a file whole or not at all: a failed write keeps the previous file. */
class OutputReplaceTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayKeepsThePreviousFileAndLeavesNoPart() throws Exception {
        Path report = Files.writeString(dir.resolve("report.pdf"), "last week's report");
        CliException e = assertThrows(CliException.class, () -> ChartCommand.Output.replace(report, f -> {
            Files.writeString(f, "half a rep");
            throw new IOException("No space left on device");
        }));
        assertEquals(1, e.exitCode());
        assertEquals("cannot write " + report + ": No space left on device", e.getMessage());
        assertEquals("last week's report", Files.readString(report));
        assertEquals(List.of("report.pdf"), names());
    }

    @Test
    void aWriteThatSucceedsReplacesTheFileAndKeepsItsExtensionWhileWriting() throws Exception {
        Path csv = Files.writeString(dir.resolve("monthly.csv"), "old");
        ChartCommand.Output.replace(csv, f -> {
            assertEquals(true, f.getFileName().toString().endsWith(".csv"), f.toString());
            Files.writeString(f, "new");
        });
        assertEquals("new", Files.readString(csv));
        assertEquals(List.of("monthly.csv"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package com.tokenfactory.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An export replaces its file whole or not at all. */
class AtomicExportTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayKeepsThePreviousFileAndLeavesNoPart() throws Exception {
        Path book = Files.writeString(dir.resolve("book.xlsx"), "last week's workbook");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.replace(book, f -> {
            Files.writeString(f, "half a work");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("last week's workbook", Files.readString(book));
        assertEquals(List.of("book.xlsx"), names(dir));
    }

    @Test
    void createsTheFolderAndFollowsALinkToTheFileItReplaces() throws Exception {
        Path target = dir.resolve("exports/2026/capex.svg");
        AtomicFile.replace(target, f -> Files.writeString(f, "<svg/>"));
        assertEquals("<svg/>", Files.readString(target));

        Path link = Files.createSymbolicLink(dir.resolve("latest.svg"), target);
        AtomicFile.replace(link, f -> Files.writeString(f, "<svg>new</svg>"));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("<svg>new</svg>", Files.readString(target));
    }

    @Test
    void aFolderInTheWayIsSaidInWords() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("report.pdf"));
        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.replace(folder, f -> Files.writeString(f, "x")));
        assertEquals("a folder of that name is in the way", e.getMessage());
        assertEquals(List.of(), names(folder));
    }

    @Test
    void theWriterSeesTheTargetsExtensionAndSeveralFilesAreReplacedAllOrNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("table.csv"), "previous");
        Path svg = dir.resolve("chart.svg");
        Map<Path, AtomicFile.FileWriter> outputs = new LinkedHashMap<>();
        outputs.put(csv, f -> {
            assertTrue(f.getFileName().toString().endsWith(".csv"), f.toString());
            Files.writeString(f, "new");
        });
        outputs.put(svg, f -> {
            Files.writeString(f, "half");
            throw new IOException("No space left on device");
        });
        assertThrows(IOException.class, () -> AtomicFile.replaceAll(outputs));
        assertEquals("previous", Files.readString(csv));
        assertEquals(List.of("table.csv"), names(dir));

        outputs.put(svg, f -> Files.writeString(f, "<svg/>"));
        AtomicFile.replaceAll(outputs);
        assertEquals("new", Files.readString(csv));
        assertEquals("<svg/>", Files.readString(svg));
        assertEquals(List.of("chart.svg", "table.csv"), names(dir));
    }

    @Test
    void aKilledExportsTemporaryFileIsRemovedByTheNextExportOfThatFileOnly() throws Exception {
        Files.writeString(dir.resolve(".capex.svg.1f3a.tmp.svg"), "half");
        Files.writeString(dir.resolve(".other.svg.1f3a.tmp.svg"), "someone else's export");
        Files.writeString(dir.resolve(".capex.svg.notours.tmp.svg"), "not our naming");
        AtomicFile.replace(dir.resolve("capex.svg"), f -> Files.writeString(f, "<svg/>"));
        assertEquals(List.of(".capex.svg.notours.tmp.svg", ".other.svg.1f3a.tmp.svg", "capex.svg"), names(dir));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

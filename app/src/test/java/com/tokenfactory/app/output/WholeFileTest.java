package com.tokenfactory.app.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An export replaces its file whole or not at all. */
class WholeFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayKeepsThePreviousFileAndLeavesNoPart() throws Exception {
        Path book = Files.writeString(dir.resolve("book.xlsx"), "last week's workbook");
        IOException e = assertThrows(IOException.class, () -> WholeFile.replace(book, f -> {
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
        WholeFile.replace(target, f -> Files.writeString(f, "<svg/>"));
        assertEquals("<svg/>", Files.readString(target));

        Path link = Files.createSymbolicLink(dir.resolve("latest.svg"), target);
        WholeFile.replace(link, f -> Files.writeString(f, "<svg>new</svg>"));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("<svg>new</svg>", Files.readString(target));
    }

    @Test
    void aFolderInTheWayIsSaidInWords() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("report.pdf"));
        IOException e = assertThrows(IOException.class, () -> WholeFile.replace(folder, f -> Files.writeString(f, "x")));
        assertEquals("a folder of that name is in the way", e.getMessage());
        assertEquals(List.of(), names(folder));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

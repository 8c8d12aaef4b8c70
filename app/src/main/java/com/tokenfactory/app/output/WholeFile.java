package com.tokenfactory.app.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an export (a chart, a table, a workbook, a report) whole or not at all, for the command line and the app's
 * Export menu alike: into a temporary file in the target's folder, then moved over the target, so a failure half-way
 * keeps the previous file and leaves no part behind. Plans have their own, with a backup ({@code io.PlanFile}).
 */
public final class WholeFile {
    private WholeFile() {
    }

    /** Writes one file given its path; the exports choose their format by its extension. */
    public interface Writer {
        void write(Path file) throws IOException;
    }

    /**
     * Replaces {@code target} with what {@code writer} writes, creating its folder. The temporary file keeps the
     * target's extension. A link is followed, as a plain write would: the file it points to is replaced.
     */
    public static void replace(Path target, Writer writer) throws IOException {
        Path file = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
        if (Files.isDirectory(file)) {
            throw new IOException("a folder of that name is in the way");
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // not createTempFile: its owner-only permissions would carry over to the output
        Path temp = folder.resolve(".tokenfactory-" + ThreadLocalRandom.current().nextInt(1 << 30) + "-"
                + file.getFileName());
        try {
            writer.write(temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the failure being reported matters more than the leftover
            }
        }
    }
}

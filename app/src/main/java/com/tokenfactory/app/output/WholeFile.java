package com.tokenfactory.app.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes an export (a chart, a table, a workbook, a report) whole or not at all, for the command line and the app's
 * Export menu alike: into a temporary file in the target's folder, then moved over the target, so a failure half-way
 * keeps the previous file and leaves no part behind. A temporary file a killed export left ({@code
 * .tokenfactory-N-NAME}) is removed the next time NAME is written. Plans have their own, with a backup
 * ({@code io.PlanFile}).
 */
public final class WholeFile {
    private static final String PREFIX = ".tokenfactory-";
    private static final Pattern OURS = Pattern.compile(Pattern.quote(PREFIX) + "\\d{1,10}-");

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
        replaceAll(Map.of(target, writer));
    }

    /**
     * Replaces several files all or nothing: every one is written to its temporary file first, and only when all
     * are complete are they moved over their targets, one right after the other; if any fails to be written, no
     * target is touched and no temporary file is left.
     */
    public static void replaceAll(Map<Path, Writer> outputs) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Writer> e : outputs.entrySet()) {
                Path file = resolve(e.getKey());
                Path temp = tempFor(file);
                temps.put(temp, file);
                e.getValue().write(temp);
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                move(e.getKey(), e.getValue());
            }
        } finally {
            for (Path temp : temps.keySet()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure being reported matters more than the leftover, which the next write removes
                }
            }
        }
    }

    private static Path resolve(Path target) throws IOException {
        Path file = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
        if (Files.isDirectory(file)) {
            throw new IOException("a folder of that name is in the way");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException("it is not a regular file (a pipe or a device), so it is not replaced");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return file;
    }

    private static Path tempFor(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        removeStale(folder, file.getFileName().toString());
        // not createTempFile: its owner-only permissions would carry over to the output
        return folder.resolve(PREFIX + ThreadLocalRandom.current().nextInt(1 << 30) + "-" + file.getFileName());
    }

    /** Removes {@code .tokenfactory-N-NAME} files a killed export of NAME left; nothing else. */
    static void removeStale(Path folder, String name) {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.endsWith("-" + name) && n.length() > name.length()
                    && OURS.matcher(n.substring(0, n.length() - name.length())).matches();
        })) {
            entries.forEach(stale::add);
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path p : stale) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // left for the next write
            }
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

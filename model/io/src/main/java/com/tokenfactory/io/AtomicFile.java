package com.tokenfactory.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Replaces a file so that it is, at every moment, either the old file or the complete new one: the content goes to a
 * temporary file in the same folder, is flushed to the disk, and is then moved over the target. A failure at any
 * step leaves the target as it was and removes the temporary files; the backup is then either the previous backup or
 * a copy of the target as it still is, never an older version. Temporary files a killed save left are removed by the
 * next save of the same file.
 *
 * <p>The one atomic writer of the project: plans, autosaves and benchmark runs through {@link #write}, and every
 * export (a chart, a table, a workbook, a report, a deck) through {@link #replace} and {@link #replaceAll}, which
 * hand the writer a temporary path that keeps the target's extension (the exports choose their format by it).
 */
public final class AtomicFile {
    static final String TEMP_SUFFIX = ".tmp";
    private static final System.Logger LOG = System.getLogger(AtomicFile.class.getName());

    /** Writes one file given its (temporary) path, for the exports that write to a path rather than a stream. */
    public interface FileWriter {
        void write(Path file) throws IOException;
    }

    /** Writes the new content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@link Files#move}, replaceable in tests to play a file system that refuses atomic moves. */
    interface Mover {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    private final UnaryOperator<OutputStream> streams;
    private final Mover mover;

    AtomicFile() {
        this(UnaryOperator.identity(), Files::move);
    }

    /** @param streams wraps the temporary file's stream; tests inject failures (a full disk) through it */
    AtomicFile(UnaryOperator<OutputStream> streams, Mover mover) {
        this.streams = streams;
        this.mover = mover;
    }

    /**
     * Writes {@code content} to {@code target}. With {@code backup} non-null, the file being replaced becomes the
     * backup once the new content is complete on disk; the backup is always the version the save replaced.
     */
    void write(Path target, Content content, Path backup) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target;
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file");
        }
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        removeStaleTemps(folder, name, backup);
        Path temp = createTemp(folder, name);
        Path backupTemp = null;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(streams.apply(Channels.newOutputStream(channel)))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            // The backup is put in place before the file is replaced: a save killed between the two renames leaves
            // the old file with a backup equal to it, never the new file with a backup older than the one replaced.
            if (backup != null && Files.exists(file)) {
                backupTemp = createTemp(folder, backup.getFileName().toString());
                Files.copy(file, backupTemp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                force(backupTemp);
                moveIntoPlace(backupTemp, backup);
                backupTemp = null;
            }
            moveIntoPlace(temp, file);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            if (backupTemp != null) {
                deleteQuietly(backupTemp, e);
            }
            throw e;
        }
        syncFolder(folder);
    }

    /**
     * Replaces {@code target} with what {@code writer} writes, creating its folder. A link is followed, as a plain
     * write would: the file it points to is replaced.
     */
    public static void replace(Path target, FileWriter writer) throws IOException {
        replaceAll(Map.of(target, writer));
    }

    /**
     * Replaces several files all or nothing: every one is written to its temporary file and flushed to the disk
     * first, and only when all are complete are they moved over their targets, one right after the other; if any
     * fails to be written, no target is touched and no temporary file is left.
     */
    public static void replaceAll(Map<Path, FileWriter> outputs) throws IOException {
        new AtomicFile().replaceAllFiles(outputs);
    }

    void replaceAllFiles(Map<Path, FileWriter> outputs) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        Set<Path> folders = new LinkedHashSet<>();
        try {
            for (Map.Entry<Path, FileWriter> e : outputs.entrySet()) {
                Path file = exportTarget(e.getKey());
                Path folder = file.toAbsolutePath().getParent();
                String name = file.getFileName().toString();
                removeStaleTemps(folder, name, null);
                Path temp = createTemp(folder, name, extensionOf(name));
                temps.put(temp, file);
                folders.add(folder);
                e.getValue().write(temp);
                force(temp);
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                moveIntoPlace(e.getKey(), e.getValue());
            }
        } catch (IOException | RuntimeException | Error e) {
            for (Path temp : temps.keySet()) {
                deleteQuietly(temp, e);
            }
            throw e;
        }
        folders.forEach(AtomicFile::syncFolder);
    }

    private static Path exportTarget(Path target) throws IOException {
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

    /** ".svg" for "capex.svg"; nothing for a name without one (or a hidden name like ".profile"). */
    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Removes temporary files of our own naming that a killed save of this file left behind ({@code .NAME.<hex>.tmp},
     * {@code .NAME.bak.<hex>.tmp}, and an export's {@code .NAME.<hex>.tmp.EXT}). Nothing else in the folder is
     * touched; a file that cannot be removed is left.
     */
    static void removeStaleTemps(Path folder, String name, Path backup) {
        List<String> prefixes = new ArrayList<>(List.of("." + name + "."));
        if (backup != null) {
            prefixes.add("." + backup.getFileName() + ".");
        }
        String suffix = TEMP_SUFFIX + extensionOf(name);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return prefixes.stream().anyMatch(prefix -> n.startsWith(prefix)
                    && (ours(n, prefix, TEMP_SUFFIX) || ours(n, prefix, suffix)));
        })) {
            for (Path stale : entries) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not clean up old temporary files in " + folder, e);
        }
    }

    private static boolean ours(String n, String prefix, String suffix) {
        return n.endsWith(suffix) && n.length() >= prefix.length() + suffix.length()
                && n.substring(prefix.length(), n.length() - suffix.length()).matches("[0-9a-f]{1,16}");
    }

    private static void deleteQuietly(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            mover.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares, some FUSE mounts) cannot rename atomically; a plain replace is the
            // best they offer, and the content is already complete and on disk.
            mover.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new, empty temporary file next to {@code name}, hidden, created with the folder's default permissions (unlike
     * {@code Files.createTempFile}, whose owner-only permissions the saved file would inherit).
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        return createTemp(folder, name, "");
    }

    private static Path createTemp(Path folder, String name, String extension) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String random = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
            Path temp = folder.resolve("." + name + "." + random + TEMP_SUFFIX + extension);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Makes the rename itself durable. Not every platform lets a folder be opened (Windows does not); skip there. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file is complete either way; only its survival of a power cut right now is less certain.
        }
    }
}

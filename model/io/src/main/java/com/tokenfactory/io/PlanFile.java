package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code .tokenplan} files (see docs/file-format.md). Reading parses the JSON to a tree, upgrades
 * old formats one named step at a time, then binds the tree to the plan records field by field; any problem ends in
 * one {@link PlanFileException} naming the file, the JSON path and the line, and nothing else happens. Writing
 * replaces the file atomically and keeps the previous one as {@code NAME.tokenplan.bak}.
 * <p>Instances are immutable and safe to share between threads.
 */
public final class PlanFile {
    /** The format this version writes, and the newest it reads. */
    public static final int CURRENT_FORMAT_VERSION = 3;
    public static final String EXTENSION = ".tokenplan";
    public static final String BACKUP_SUFFIX = ".bak";

    private final ReadLimits limits;
    private final LocatedTreeReader reader;
    private final AtomicFile atomicFile;

    public PlanFile() {
        this(ReadLimits.defaults());
    }

    public PlanFile(ReadLimits limits) {
        this(limits, new AtomicFile());
    }

    PlanFile(ReadLimits limits, AtomicFile atomicFile) {
        this.limits = limits;
        this.reader = new LocatedTreeReader(limits);
        this.atomicFile = atomicFile;
    }

    /** Reads the plan in {@code file}; the message of any failure starts with the file's name. */
    public Plan read(Path file) throws PlanFileException {
        String sourceName = file.getFileName() != null ? file.getFileName().toString() : file.toString();
        byte[] bytes;
        try {
            bytes = FileBytes.read(file, limits.maxFileBytes(), limits::fileTooLarge);
        } catch (FileBytes.Refused e) {
            throw new PlanFileException(sourceName, null, 0, 0,
                    e.getMessage().startsWith("is a folder") ? "is a folder, not a plan file" : e.getMessage(), null);
        } catch (NoSuchFileException e) {
            throw new PlanFileException(sourceName, null, 0, 0, "there is no such file (" + file + ")", e);
        } catch (AccessDeniedException e) {
            throw new PlanFileException(sourceName, null, 0, 0, "permission to read the file was denied", e);
        } catch (IOException e) {
            throw new PlanFileException(sourceName, null, 0, 0, "the file cannot be read: " + reason(e), e);
        }
        return parse(sourceName, bytes);
    }

    /** Reads a plan from JSON text; {@code sourceName} starts the message of any failure. */
    public Plan read(String json, String sourceName) throws PlanFileException {
        return parse(sourceName, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The plan as the text of a {@code .tokenplan} file. */
    public String toJson(Plan plan) {
        return JsonText.of(PlanEncoder.encode(plan));
    }

    /**
     * Saves {@code plan} to {@code file} atomically: the file is at every moment either the old plan or the complete
     * new one, and the old one is kept as {@code file + ".bak"}. The text is read back in memory first: a plan the
     * reader would refuse is not written. On failure the file is as it was, no temporary file is left, and the
     * backup is the previous backup or a copy of the file as it still is.
     */
    public void write(Plan plan, Path file) throws IOException {
        byte[] bytes = toJson(plan).getBytes(StandardCharsets.UTF_8);
        requireReadable(bytes);
        atomicFile.write(file, out -> out.write(bytes), backupOf(file));
    }

    /** Reads the text about to be saved, in memory: a plan the reader would refuse is never written. */
    private void requireReadable(byte[] bytes) throws IOException {
        try {
            parse("the plan being saved", bytes);
        } catch (PlanFileException e) {
            throw new IOException("the saved file could not be read back (" + e.getMessage()
                    + "), so nothing was written", e);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : "an input/output error";
    }

    /** Where {@link #write} keeps the previous version of {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    private Plan parse(String sourceName, byte[] json) throws PlanFileException {
        SourceLines lines = null;
        try {
            LocatedTree tree = reader.read(json);
            lines = tree.lines();
            int version = FormatVersion.of(tree.root());
            Migrations.upgrade(tree.root(), version, lines);
            return PlanDecoder.decode(tree.root());
        } catch (FileProblem p) {
            int line = p.line() > 0 || p.jsonPath() == null || lines == null ? p.line() : lines.lineOf(p.jsonPath());
            throw new PlanFileException(sourceName, p.jsonPath(), line, p.column(), p.detail(), p);
        } catch (UncheckedIOException e) {
            throw new PlanFileException(sourceName, null, 0, 0, "the file cannot be read: " + reason(e.getCause()), e);
        }
    }
}

package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plans saved in the background to a recovery folder (the app passes e.g. {@code ~/.tokenfactory/recovery}), one file
 * per key, so that work survives a crash. Each save replaces the previous one for its key atomically; there are no
 * backups here, the user's own file keeps those.
 */
public final class AutosaveStore {
    /** Keys become file names, so they are kept to characters every file system accepts. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    /** A plan that can be recovered: its key and when it was saved. */
    public record RecoverablePlan(String key, Instant savedAt) {
    }

    private final Path directory;
    private final PlanFile planFile;
    private final AtomicFile atomicFile;

    public AutosaveStore(Path directory) {
        this(directory, new PlanFile(), new AtomicFile());
    }

    AutosaveStore(Path directory, PlanFile planFile, AtomicFile atomicFile) {
        this.directory = directory;
        this.planFile = planFile;
        this.atomicFile = atomicFile;
    }

    /** Saves {@code plan} under {@code key}, replacing what was saved under it before; creates the folder. */
    public void save(Plan plan, String key) throws IOException {
        Path file = fileOf(key);
        byte[] bytes = planFile.toJson(plan).getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(directory);
        atomicFile.write(file, out -> out.write(bytes), null);
    }

    /** The plans that can be recovered, newest first; empty when the folder does not exist. */
    public List<RecoverablePlan> list() throws IOException {
        List<RecoverablePlan> plans = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return plans;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + PlanFile.EXTENSION)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String key = name.substring(0, name.length() - PlanFile.EXTENSION.length());
                if (KEY.matcher(key).matches() && Files.isRegularFile(file)) {
                    plans.add(new RecoverablePlan(key, Files.getLastModifiedTime(file).toInstant()));
                }
            }
        }
        plans.sort(Comparator.comparing(RecoverablePlan::savedAt).reversed().thenComparing(RecoverablePlan::key));
        return plans;
    }

    /** The plan saved under {@code key}. */
    public Plan load(String key) throws PlanFileException {
        return planFile.read(fileOf(key));
    }

    /** Forgets the plan saved under {@code key}; nothing happens when there is none. */
    public void discard(String key) throws IOException {
        Files.deleteIfExists(fileOf(key));
    }

    private Path fileOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("an autosave key is 1 to 100 letters, digits, '_' or '-', starting "
                    + "with a letter or digit (was '" + key + "')");
        }
        return directory.resolve(key + PlanFile.EXTENSION);
    }
}

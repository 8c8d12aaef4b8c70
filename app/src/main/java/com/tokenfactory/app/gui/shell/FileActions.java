package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.files.DocumentFiles;
import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.samples.Samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;

/**
 * File menu actions. Anything that would replace the open plan first makes sure its unsaved changes are saved or
 * knowingly discarded; Save on a plan without a file is Save As.
 */
public final class FileActions {
    private final MainViewModel vm;
    private final DocumentFiles files;
    private final Prompts prompts;

    public FileActions(MainViewModel vm, DocumentFiles files, Prompts prompts) {
        this.vm = vm;
        this.files = files;
        this.prompts = prompts;
    }

    public void newPlan() {
        whenSafeToReplace(() -> vm.document().open(Plan.empty("Untitled plan", YearMonth.now().plusMonths(1),
                BuiltInCatalog.skus()), null));
    }

    public void open() {
        whenSafeToReplace(() -> prompts.chooseFileToOpen(folder()).ifPresent(files::open));
    }

    /** Opens {@code file} after the unsaved-changes question; completes with whether it was opened. */
    public CompletableFuture<Boolean> open(Path file) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        boolean[] started = {false};
        whenSafeToReplace(() -> {
            started[0] = true;
            files.open(file).thenAccept(done::complete);
        });
        if (!started[0] && !vm.document().isDirty()) {
            done.complete(false);
        }
        return done;
    }

    public void openSample(Samples.Sample sample) {
        whenSafeToReplace(() -> vm.document().open(Samples.open(sample), null));
    }

    public CompletableFuture<Boolean> save() {
        Path file = vm.document().getFile();
        return file == null ? saveAs() : files.save(file);
    }

    public CompletableFuture<Boolean> saveAs() {
        String suggested = vm.document().getFile() != null ? vm.document().getFile().getFileName().toString()
                : fileName(vm.document().getPlan().name()) + PlanFile.EXTENSION;
        return prompts.chooseFileToSave(folder(), suggested).map(files::save)
                .orElse(CompletableFuture.completedFuture(false));
    }

    /**
     * Runs {@code then} once the open plan's changes are saved or discarded (at once when there are none); does
     * nothing if the user cancels or the save fails.
     */
    public void whenSafeToReplace(Runnable then) {
        if (!vm.document().isDirty()) {
            then.run();
            return;
        }
        switch (prompts.unsavedChanges(vm.document().getPlan().name())) {
            case SAVE -> save().thenAccept(saved -> {
                if (saved) {
                    then.run();
                }
            });
            case DISCARD -> then.run();
            case CANCEL -> {
            }
        }
    }

    /** A name as the start of a suggested file name: letters, digits, spaces and . _ - only (Save As, Export). */
    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9 ._-]", "").strip();
    }

    private Path folder() {
        Path file = vm.document().getFile();
        if (file != null && file.toAbsolutePath().getParent() != null
                && Files.isDirectory(file.toAbsolutePath().getParent())) {
            return file.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }
}

package com.tokenfactory.app.gui.files;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.io.PlanFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Opening and saving the document's plan. Files are read and written on a background thread and the outcome is
 * published on the FX thread; a file that cannot be read leaves the open plan untouched and the user gets the file
 * layer's one-line message (file, JSON path, line). Details go to the log once.
 */
public final class DocumentFiles {
    private static final System.Logger LOG = System.getLogger(DocumentFiles.class.getName());

    private final PlanDocument document;
    private final PlanFile planFile;
    private final RecentFiles recent;
    private final Executor background;
    private final Executor fxThread;
    private final Consumer<String> error;

    public DocumentFiles(PlanDocument document, PlanFile planFile, RecentFiles recent, Executor background,
                         Executor fxThread, Consumer<String> error) {
        this.document = document;
        this.planFile = planFile;
        this.recent = recent;
        this.background = background;
        this.fxThread = fxThread;
        this.error = error;
    }

    /** Opens the plan in {@code file}; completes with true once it is the document's plan, false if it failed. */
    public CompletableFuture<Boolean> open(Path file) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background.execute(() -> {
            try {
                Plan plan = planFile.read(file);
                fxThread.execute(() -> {
                    document.open(plan, file);
                    recent.add(file);
                    done.complete(true);
                });
            } catch (PlanFileException e) {
                LOG.log(System.Logger.Level.INFO, "opening " + file + " failed: " + e.getMessage());
                fxThread.execute(() -> {
                    error.accept("Could not open " + e.getMessage());
                    done.complete(false);
                });
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "opening " + file + " failed", e);
                fxThread.execute(() -> {
                    error.accept("Could not open " + file.getFileName() + ": " + shortMessage(e));
                    done.complete(false);
                });
            }
        });
        return done;
    }

    /** Saves the plan as it is now to {@code file} (atomically, keeping a .bak); completes with success. */
    public CompletableFuture<Boolean> save(Path file) {
        Plan plan = document.getPlan();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background.execute(() -> {
            try {
                planFile.write(plan, file);
                fxThread.execute(() -> {
                    document.markSaved(plan, file);
                    recent.add(file);
                    done.complete(true);
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "saving " + file + " failed", e);
                fxThread.execute(() -> {
                    error.accept("Could not save " + file.getFileName() + ": " + shortMessage(e));
                    done.complete(false);
                });
            }
        });
        return done;
    }

    /** Why, after "Could not save plan.tokenplan: "; a file that cannot be created means its folder is missing. */
    private static String shortMessage(Throwable e) {
        return e instanceof java.nio.file.NoSuchFileException ? "the folder does not exist" : Reasons.of(e);
    }
}

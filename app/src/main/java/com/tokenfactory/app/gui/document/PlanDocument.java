package com.tokenfactory.app.gui.document;

import com.tokenfactory.core.plan.Plan;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The open plan: the one place it changes. Every change is a {@link PlanEdit} on one undo/redo stack; opening or
 * creating a plan starts a fresh stack. The document is dirty when its plan differs from the one last saved or
 * opened (so undoing back to the saved plan makes it clean again). Lives on the JavaFX thread.
 */
public final class PlanDocument {
    public static final int HISTORY_LIMIT = 500;

    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Plan> savedPlan = new ReadOnlyObjectWrapper<>(this, "savedPlan");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final EditHistory history = new EditHistory(HISTORY_LIMIT);
    private final javafx.beans.property.ReadOnlyIntegerWrapper openings =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "openings");

    public PlanDocument(Plan initial, Path file) {
        BooleanBinding changed = Bindings.createBooleanBinding(
                () -> !Objects.equals(plan.get(), savedPlan.get()), plan, savedPlan);
        dirty.bind(changed);
        open(initial, file);
    }

    /** Replaces the plan with one just opened (or created, with a null file); the history starts afresh. */
    public void open(Plan opened, Path from) {
        Objects.requireNonNull(opened, "opened");
        history.clear();
        file.set(from);
        plan.set(opened);
        savedPlan.set(opened);
        refreshNames();
        openings.set(openings.get() + 1);
    }

    /**
     * Applies the edit and records it for undo. An edit that leaves the plan equal to what it was is not recorded.
     *
     * @throws com.tokenfactory.core.plan.InvalidPlanException (or another runtime exception) from the edit; the plan
     *                                                         is then unchanged
     */
    public void apply(PlanEdit edit) {
        Plan before = plan.get();
        Plan after = Objects.requireNonNull(edit.change().apply(before), "an edit returned no plan");
        if (after.equals(before)) {
            return;
        }
        history.push(new EditHistory.Step(edit.name(), before, after));
        plan.set(after);
        refreshNames();
    }

    public boolean undo() {
        return history.undo().map(step -> {
            plan.set(step.before());
            refreshNames();
            return true;
        }).orElse(false);
    }

    public boolean redo() {
        return history.redo().map(step -> {
            plan.set(step.after());
            refreshNames();
            return true;
        }).orElse(false);
    }

    /** The plan was written to {@code to}: it is now the saved one and the document's file. */
    public void markSaved(Plan written, Path to) {
        file.set(to);
        savedPlan.set(written);
    }

    /**
     * A recovered plan: shown with the file it came from but not saved there yet, so it starts dirty.
     */
    public void openRecovered(Plan recovered, Path originalFile, Plan savedVersion) {
        open(recovered, originalFile);
        savedPlan.set(savedVersion);
    }

    private void refreshNames() {
        undoName.set(history.nextUndoName().orElse(null));
        redoName.set(history.nextRedoName().orElse(null));
    }

    /** Counts the plans opened or created in this document; views listen to it to fit a new plan in view. */
    public javafx.beans.property.ReadOnlyIntegerProperty openingsProperty() {
        return openings.getReadOnlyProperty();
    }

    public Plan getPlan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Name of the edit Undo would revert; null when there is none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}

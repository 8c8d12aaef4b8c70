package com.tokenfactory.app.gui.document;

import com.tokenfactory.core.plan.Plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks. Each entry keeps the plan before and after an edit: plans are immutable and share what
 * an edit did not touch, so a snapshot costs little and undo is exact — no inverse operation to get wrong.
 */
public final class EditHistory {
    /** An edit that was applied: its name and the plans on either side of it. */
    public record Step(String name, Plan before, Plan after) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    /** Records a new step; whatever could be redone is forgotten, and the oldest step beyond the limit. */
    public void push(Step step) {
        undo.push(step);
        redo.clear();
        while (undo.size() > limit) {
            undo.removeLast();
        }
    }

    public Optional<Step> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Step step = undo.pop();
        redo.push(step);
        return Optional.of(step);
    }

    public Optional<Step> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Step step = redo.pop();
        undo.push(step);
        return Optional.of(step);
    }

    public Optional<String> nextUndoName() {
        return Optional.ofNullable(undo.peek()).map(Step::name);
    }

    public Optional<String> nextRedoName() {
        return Optional.ofNullable(redo.peek()).map(Step::name);
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }

    public int undoSize() {
        return undo.size();
    }
}

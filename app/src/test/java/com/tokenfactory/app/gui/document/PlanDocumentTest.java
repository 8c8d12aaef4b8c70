package com.tokenfactory.app.gui.document;

import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanDocumentTest {
    private final Plan sample = Samples.open(Samples.CAPACITY_CRUNCH);

    @Test
    void anEditIsUndoneAndRedoneByName() {
        PlanDocument doc = new PlanDocument(sample, null);
        doc.apply(PlanEdit.of("Rename plan", p -> p.withName("Renamed")));
        assertEquals("Renamed", doc.getPlan().name());
        assertEquals("Rename plan", doc.undoNameProperty().get());
        assertNull(doc.redoNameProperty().get());

        assertTrue(doc.undo());
        assertSame(sample, doc.getPlan());
        assertEquals("Rename plan", doc.redoNameProperty().get());
        assertNull(doc.undoNameProperty().get());

        assertTrue(doc.redo());
        assertEquals("Renamed", doc.getPlan().name());
        assertFalse(doc.redo());
    }

    @Test
    void dirtyFollowsTheDifferenceFromTheSavedPlan() {
        PlanDocument doc = new PlanDocument(sample, Path.of("x.tokenplan"));
        assertFalse(doc.isDirty());
        doc.apply(PlanEdit.of("Rename plan", p -> p.withName("Renamed")));
        assertTrue(doc.isDirty());
        doc.undo();
        assertFalse(doc.isDirty(), "undoing back to the saved plan makes it clean");
        doc.redo();
        doc.markSaved(doc.getPlan(), Path.of("y.tokenplan"));
        assertFalse(doc.isDirty());
        assertEquals(Path.of("y.tokenplan"), doc.getFile());
    }

    @Test
    void aRefusedEditLeavesThePlanAndTheHistoryAlone() {
        PlanDocument doc = new PlanDocument(sample, null);
        assertThrows(InvalidPlanException.class,
                () -> doc.apply(PlanEdit.of("Bad horizon", p -> p.withTimeline(p.start(), 0))));
        assertSame(sample, doc.getPlan());
        assertNull(doc.undoNameProperty().get());
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() {
        PlanDocument doc = new PlanDocument(sample, null);
        doc.apply(PlanEdit.of("A", p -> p.withName("A")));
        doc.undo();
        doc.apply(PlanEdit.of("B", p -> p.withName("B")));
        assertFalse(doc.redo());
        assertEquals("B", doc.undoNameProperty().get());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        PlanDocument doc = new PlanDocument(sample, null);
        doc.apply(PlanEdit.of("Same name", p -> p.withName(p.name())));
        assertNull(doc.undoNameProperty().get());
    }

    @Test
    void theHistoryKeepsItsLimit() {
        EditHistory history = new EditHistory(3);
        for (int i = 0; i < 5; i++) {
            history.push(new EditHistory.Step("edit " + i, sample, sample));
        }
        assertEquals(3, history.undoSize());
        assertEquals("edit 4", history.nextUndoName().orElseThrow());
    }
}

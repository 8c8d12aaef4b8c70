package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanvasEditsTest {
    private final Plan crunch = Samples.open(Samples.CAPACITY_CRUNCH);

    @Test
    void aSiteDroppedOnTheCanvasIsAddedWhereItWasDropped() {
        CanvasEdits.Outcome out = CanvasEdits.dropSite(crunch, 1500, 600);
        assertFalse(out.refused());
        assertEquals(crunch.sites().size() + 1, out.plan().sites().size());
        Box box = out.plan().layout().get(out.elementId());
        assertEquals(1500, box.x());
        assertEquals(600, box.y());
    }

    @Test
    void aHallMustBeDroppedInsideASite() {
        CanvasEdits.Outcome outside = CanvasEdits.dropHall(crunch, 5000, 5000);
        assertTrue(outside.refused());
        assertEquals("Drop a hall inside a site.", outside.refusal());

        Box site = CanvasLayout.of(crunch).get("ny-campus");
        CanvasEdits.Outcome inside = CanvasEdits.dropHall(crunch, site.x() + 20, site.y() + site.height() - 10);
        assertFalse(inside.refused());
        assertEquals("ny-campus", PlanElements.parentId(inside.plan(), inside.elementId()).orElseThrow());
        assertTrue(CanvasLayoutTest.inside(inside.plan().layout().get(inside.elementId()),
                inside.plan().layout().get("ny-campus")), "the site grows around the new hall");
    }

    @Test
    void aHallDroppedOnAnotherLandsBesideItNamedAfterItsSiblings() {
        Box hall2 = CanvasLayout.of(crunch).get("ny-hall-2");
        CanvasEdits.Outcome out = CanvasEdits.dropHall(crunch, hall2.x() + 10, hall2.y() + 10);
        Plan plan = out.plan();
        for (String sibling : List.of("ny-hall-1", "ny-hall-2")) {
            assertFalse(CanvasLayoutTest.overlap(plan.layout().get(sibling), plan.layout().get(out.elementId())),
                    "the new hall does not cover " + sibling);
        }
        assertEquals("Hall 3", PlanElements.hall(plan, out.elementId()).orElseThrow().hall().name());
    }

    @Test
    void aPodFillsWhatTheHallHasLeftAndOverfillsAFullOne() {
        Plan withHall = CanvasEdits.dropHall(crunch, 60, 300).plan();
        String hallId = withHall.sites().get(0).halls().get(2).id();
        Box hall = withHall.layout().get(hallId);
        CanvasEdits.Outcome first = CanvasEdits.dropPod(withHall, hall.x() + 20, hall.y() + 40, "H100-SXM");
        var pod = PlanElements.pod(first.plan(), first.elementId()).orElseThrow().pod();
        // a 20 MW hall holds 15,680 H100s at 1,275 W each, in whole 8-GPU servers
        assertEquals(15_680, pod.gpus());
        assertTrue(Engine.simulate(first.plan()).issues().stream()
                .noneMatch(i -> i.kind() == IssueKind.DEPLOYMENT_OVER_POWER && i.elementId().equals(pod.id())));

        CanvasEdits.Outcome second = CanvasEdits.dropPod(first.plan(), hall.x() + 20, hall.y() + 40, "B200");
        assertTrue(Engine.simulate(second.plan()).issues().stream()
                .anyMatch(i -> i.kind() == IssueKind.DEPLOYMENT_OVER_POWER && i.elementId().equals(second.elementId())),
                "a pod dropped into a full hall is over power");
    }

    @Test
    void movingASiteMovesWhatItHolds() {
        Plan settled = CanvasEdits.settle(crunch);
        Plan moved = CanvasEdits.move(crunch, List.of("ny-campus"), 100, 50);
        for (String id : PlanElements.subtree(crunch, "ny-campus")) {
            assertEquals(settled.layout().get(id).x() + 100, moved.layout().get(id).x(), id);
            assertEquals(settled.layout().get(id).y() + 50, moved.layout().get(id).y(), id);
        }
    }

    @Test
    void aPodDraggedOverAnotherHallMovesIntoIt() {
        Plan settled = CanvasEdits.settle(crunch);
        Box pod = settled.layout().get("ny-1-h200");
        Box hall2 = settled.layout().get("ny-hall-2");
        double dy = hall2.y() + CanvasLayout.HALL_HEADER + 5 - pod.y();
        Plan moved = CanvasEdits.move(crunch, List.of("ny-1-h200"), 0, dy);
        assertEquals("ny-hall-2", PlanElements.parentId(moved, "ny-1-h200").orElseThrow());
        assertTrue(CanvasLayoutTest.inside(moved.layout().get("ny-1-h200"), moved.layout().get("ny-hall-2")));
        assertFalse(CanvasLayoutTest.overlap(moved.layout().get("ny-1-h200"), moved.layout().get("ny-2-b200")),
                "it lands beside the pod already there");
    }

    @Test
    void aPodDraggedOutOfItsHallIntoNothingStaysInside() {
        Plan moved = CanvasEdits.move(crunch, List.of("ny-1-h200"), 3000, 0);
        assertEquals("ny-hall-1", PlanElements.parentId(moved, "ny-1-h200").orElseThrow());
        assertTrue(CanvasLayoutTest.inside(moved.layout().get("ny-1-h200"), moved.layout().get("ny-hall-1")));
    }

    @Test
    void aContainerIsNeverResizedSmallerThanItsContents() {
        Plan resized = CanvasEdits.resize(crunch, "ny-campus", new Box(0, 0, 10, 10));
        for (String hall : List.of("ny-hall-1", "ny-hall-2")) {
            assertTrue(CanvasLayoutTest.inside(resized.layout().get(hall), resized.layout().get("ny-campus")));
        }
    }

    @Test
    void copiedHallsArePastedWithFreshIdsIntoTheSelectedSite() {
        PlanClipboard clipboard = new PlanClipboard();
        clipboard.copy(crunch, List.of("ny-hall-1"));
        PlanClipboard.Pasted pasted = clipboard.paste(crunch, "ny-campus");
        assertNull(pasted.refusal());
        String copy = pasted.ids().get(0);
        assertEquals("ny-hall-1-copy", copy);
        var placed = PlanElements.hall(pasted.plan(), copy).orElseThrow();
        assertEquals("ny-campus", placed.site().id());
        assertEquals(1, placed.hall().gpuPods().size());
        assertEquals("ny-1-h200-copy", placed.hall().gpuPods().get(0).id());
    }

    @Test
    void aPodCannotBePastedWithoutAHall() {
        PlanClipboard clipboard = new PlanClipboard();
        clipboard.copy(crunch, List.of("ny-1-h200"));
        Plan without = com.tokenfactory.app.gui.plan.PlanChanges.remove(crunch, List.of("ny-hall-1"));
        PlanClipboard.Pasted pasted = clipboard.paste(without, null);
        assertEquals("Select a hall to paste a GPU pod into.", pasted.refusal());
        assertTrue(pasted.ids().isEmpty());
    }
}

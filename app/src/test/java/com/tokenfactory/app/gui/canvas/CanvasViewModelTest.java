package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanvasViewModelTest {
    private final Plan sample = Samples.open(Samples.CAPACITY_CRUNCH);
    private final PlanDocument document = new PlanDocument(sample, null);
    private final Selection selection = new Selection();
    private final List<String> notices = new ArrayList<>();
    private final CanvasViewModel vm = new CanvasViewModel(document, selection, notices::add);

    @Test
    void aRefusedDropSaysWhyAndChangesNothing() {
        assertEquals(Optional.empty(), vm.drop(ElementKind.POD, 5000, 5000));
        assertEquals(List.of("Drop a GPU pod inside a hall."), notices);
        assertSame(sample, document.getPlan());
    }

    @Test
    void dropsSnapToTheGrid() {
        String id = vm.drop(ElementKind.SITE, 1203, 597).orElseThrow();
        Box box = document.getPlan().layout().get(id);
        assertEquals(1200, box.x());
        assertEquals(600, box.y());
        assertEquals("Add site Site 2", document.undoNameProperty().get(), "the second site of the plan");
        assertEquals(id, selection.getPrimary());
    }

    @Test
    void clickingThePaletteAddsNextToTheSelection() {
        assertEquals(Optional.empty(), vm.add(ElementKind.HALL));
        assertEquals("Select a site first, or drag the hall onto a site.", notices.get(0));
        selection.select("ny-1-h200");
        String hall = vm.add(ElementKind.HALL).orElseThrow();
        assertEquals("ny-campus", PlanElements.parentId(document.getPlan(), hall).orElseThrow(),
                "the site holding the selected pod");
        String pod = vm.add(ElementKind.POD).orElseThrow();
        assertEquals(hall, PlanElements.parentId(document.getPlan(), pod).orElseThrow(), "the selected new hall");
        assertEquals(vm.podSkuProperty().get(), PlanElements.pod(document.getPlan(), pod).orElseThrow().pod().skuId());
    }

    @Test
    void moveDeleteCopyAndPasteAreNamedEdits() {
        vm.move(List.of("govcloud"), 40, 0);
        assertEquals("Move GovCloud FedRAMP High reservation", document.undoNameProperty().get());
        selection.select("ny-hall-2");
        vm.copySelection();
        vm.deleteSelection();
        assertEquals("Delete Hall 2", document.undoNameProperty().get());
        assertTrue(PlanElements.hall(document.getPlan(), "ny-hall-2").isEmpty());
        selection.select("ny-campus");
        vm.paste();
        assertEquals("Paste Hall 2", document.undoNameProperty().get());
        assertTrue(PlanElements.hall(document.getPlan(), "ny-hall-2").isPresent(),
                "the id is free again, so the copy takes it");
        document.undo();
        document.undo();
        document.undo();
        assertEquals(sample, document.getPlan());
    }

    @Test
    void tabWalksTheElementsInDrawingOrder() {
        assertEquals(Optional.of("ny-campus"), vm.selectNext(1));
        assertEquals(Optional.of("ny-hall-1"), vm.selectNext(1));
        assertEquals(Optional.of("ny-campus"), vm.selectNext(-1));
        assertEquals(Optional.of("govcloud"), vm.selectNext(-1), "wraps around to the last element");
    }

    @Test
    void theTimelineOpensOnTheBusiestMonth() {
        int month = vm.monthIndexProperty().get();
        assertEquals(BuildOutAtMonth.busiestMonth(sample), month);
        assertTrue(vm.atMonth().gpusInService() > 0);
        vm.monthIndexProperty().set(0);
        assertEquals(sample.start(), vm.month());
    }
}

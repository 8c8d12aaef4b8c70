package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanvasLayoutTest {
    @Test
    void everyCanvasElementGetsABoxInsideItsContainer() {
        for (Samples.Sample sample : Samples.all()) {
            Plan plan = Samples.open(sample);
            Map<String, Box> boxes = CanvasLayout.of(plan);
            PlanElements.kinds(plan).forEach((id, kind) -> {
                if (kind.onCanvas()) {
                    assertTrue(boxes.containsKey(id), sample.fileName() + ": " + id + " has a box");
                    PlanElements.parentId(plan, id).ifPresent(parent ->
                            assertTrue(inside(boxes.get(id), boxes.get(parent)),
                                    sample.fileName() + ": " + id + " lies inside " + parent));
                } else {
                    assertFalse(boxes.containsKey(id));
                }
            });
        }
    }

    @Test
    void sitesSitInARowAndPartnersBesideThem() {
        Plan plan = Samples.open(Samples.CAPACITY_CRUNCH);
        Map<String, Box> boxes = CanvasLayout.of(plan);
        Box site = boxes.get("ny-campus");
        Box neocloud = boxes.get("neocloud");
        Box govcloud = boxes.get("govcloud");
        assertEquals(CanvasLayout.MARGIN, site.x());
        assertTrue(neocloud.x() >= site.x() + site.width(), "partner clouds stand beside the sites");
        assertTrue(govcloud.y() >= neocloud.y() + neocloud.height(), "partners stack in a column");
    }

    @Test
    void siblingsDoNotOverlap() {
        Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        Map<String, Box> boxes = CanvasLayout.of(plan);
        var kinds = PlanElements.kinds(plan);
        for (String a : boxes.keySet()) {
            for (String b : boxes.keySet()) {
                if (a.compareTo(b) < 0 && kinds.get(a) == kinds.get(b)
                        && PlanElements.parentId(plan, a).equals(PlanElements.parentId(plan, b))) {
                    assertFalse(overlap(boxes.get(a), boxes.get(b)), a + " and " + b + " overlap");
                }
            }
        }
    }

    @Test
    void aStoredPositionIsKeptAndItsContainerGrowsAroundIt() {
        Plan plan = CanvasEdits.settle(Samples.open(Samples.CAPACITY_CRUNCH));
        Box hall = plan.layout().get("ny-hall-1");
        Box far = new Box(hall.x() + 900, hall.y(), hall.width(), hall.height());
        Map<String, Box> layout = new java.util.TreeMap<>(plan.layout());
        for (String id : PlanElements.subtree(plan, "ny-hall-1")) {
            Box b = layout.get(id);
            layout.put(id, new Box(b.x() + 900, b.y(), b.width(), b.height()));
        }
        Map<String, Box> boxes = CanvasLayout.of(plan.withLayout(layout));
        assertEquals(far.x(), boxes.get("ny-hall-1").x());
        assertTrue(inside(boxes.get("ny-hall-1"), boxes.get("ny-campus")));
    }

    static boolean inside(Box inner, Box outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y()
                && inner.x() + inner.width() <= outer.x() + outer.width()
                && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    static boolean overlap(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}

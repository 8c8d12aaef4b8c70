package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadsViewModelTest {
    private final Plan sample = Samples.open(Samples.FUNGIBLE_FLEET);
    private final PlanDocument document = new PlanDocument(sample, null);
    private final Selection selection = new Selection();
    private final WorkloadsViewModel vm = new WorkloadsViewModel(document, selection);

    @Test
    void listsServicesThenTrainingRuns() {
        assertEquals(List.of("assistant", "api", "enterprise", "frontier-2028"),
                vm.rows().stream().map(WorkloadRow::id).toList());
        assertEquals(ElementKind.TRAINING, vm.rows().get(3).kind());
        assertEquals("20.0T/day +50%/yr from 2027-01", vm.rows().get(0).demand());
    }

    @Test
    void addDuplicateAndDeleteAreUndoableEdits() {
        String added = vm.addService();
        assertEquals("service-1", added);
        assertEquals(added, selection.getPrimary());
        assertEquals("Add service Service 1", document.undoNameProperty().get());

        String copy = vm.duplicate("api");
        assertEquals("api-copy", copy);
        assertEquals("Developer API (copy)", document.getPlan().services().get(4).name());

        vm.delete(List.of("api", "frontier-2028"));
        assertFalse(vm.rows().stream().anyMatch(r -> r.id().equals("api") || r.id().equals("frontier-2028")));
        assertEquals("Delete 2 workloads", document.undoNameProperty().get());
        document.undo();
        assertTrue(vm.rows().stream().anyMatch(r -> r.id().equals("frontier-2028")));
    }

    @Test
    void resultsFillTheResultColumnAndTheThroughputOfTheSelectedService() {
        vm.resultProperty().set(Engine.simulate(sample));
        WorkloadRow assistant = vm.rows().get(0);
        assertEquals(com.tokenfactory.core.result.Severity.WARNING, assistant.worst(), "the sample leaves it unserved");
        assertTrue(assistant.problems().contains("cannot be fully served"), assistant.problems());
        // 405B FP8 with 6,000-token prompts under the interactive targets: the first token misses 450 ms on an H100
        assertTrue(vm.rows().get(2).problems().contains("the first token takes"), vm.rows().get(2).problems());
        assertTrue(vm.rows().get(0).outcome().matches("[0-9.]+% served · \\$[0-9.]+/Mtok"),
                vm.rows().get(0).outcome());
        selection.select("assistant");
        assertEquals(sample.services().size() * sample.catalog().size(), vm.throughput().size(),
                "one estimate per service × SKU of the catalog");
        assertEquals(sample.catalog().size(), vm.throughput().stream().filter(vm::selected).count());
        assertTrue(vm.throughput().stream().filter(vm::selected).allMatch(t -> t.serviceId().equals("assistant")));
        assertEquals("Consumer assistant", vm.serviceName("assistant"));
    }

    @Test
    void demandCanBeDrawnAsPointsAndBackWithoutAJump() {
        DemandCurveModel demand = new DemandCurveModel(document);
        DemandCurve growth = demand.curve("assistant");
        assertEquals(Optional.empty(), demand.switchKind("assistant"));
        DemandCurve.Points points = assertInstanceOf(DemandCurve.Points.class, demand.curve("assistant"));
        assertEquals(5, points.points().size(), "one point a year over the five-year plan");
        for (var p : points.points()) {
            assertEquals(growth.tokensPerDay(p.month()), p.tokensPerDay(), 1e-3);
        }
        assertEquals(Optional.empty(), demand.switchKind("assistant"));
        DemandCurve.Growth back = assertInstanceOf(DemandCurve.Growth.class, demand.curve("assistant"));
        assertEquals(0.5, back.growthPerYear(), 1e-9);
    }

    @Test
    void badDemandIsRefusedInWords() {
        DemandCurveModel demand = new DemandCurveModel(document);
        assertEquals(Optional.of("'soon' is not a month; write it as 2027-06"),
                demand.setGrowth("assistant", "soon", "20T", "50"));
        assertEquals(Optional.of("The points have two points for month 2027-01"), demand.setPoints("assistant",
                List.of(new String[]{"2027-01", "1T"}, new String[]{"2027-01", "2T"})));
        assertEquals(Optional.of("The level (tokens/day) must be between 0 and 1e18 (was -1.0E12)"),
                demand.setGrowth("assistant", "2027-03", "-1T", "40"));
        assertEquals(Optional.empty(), demand.setGrowth("assistant", "2027-03", "25T", "40"));
        DemandCurve.Growth g = (DemandCurve.Growth) demand.curve("assistant");
        assertEquals(2.5e13, g.tokensPerDay());
        assertEquals(0.4, g.growthPerYear(), 1e-12);
    }
}

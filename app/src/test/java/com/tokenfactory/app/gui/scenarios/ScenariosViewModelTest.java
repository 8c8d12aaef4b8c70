package com.tokenfactory.app.gui.scenarios;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.properties.FieldSpec;
import com.tokenfactory.samples.Samples;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenariosViewModelTest {
    private final PlanDocument document = new PlanDocument(Samples.open(Samples.FIVE_YEAR_COMMITMENT), null);
    private final SimpleObjectProperty<String> active = new SimpleObjectProperty<>("bubble");
    private final ScenariosViewModel vm = new ScenariosViewModel(document, active);

    private static FieldSpec field(String path) {
        return ScenariosViewModel.FIELDS.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void addsAScenarioThatChangesNothingUntilItsLeversAreSet() {
        String id = vm.add();
        var s = vm.scenario(id).orElseThrow();
        assertEquals(1.0, s.demandMultiplier());
        assertEquals(Optional.empty(), vm.commit(id, field("demandMultiplier"), "2"));
        assertEquals(2.0, vm.scenario(id).orElseThrow().demandMultiplier());
        assertEquals(Optional.empty(), vm.commit(id, field("demandGrowthShift"), "-20"));
        assertEquals(-0.2, vm.scenario(id).orElseThrow().demandGrowthShift(), 1e-12);
        assertEquals(Optional.of("must be between 0 and 120 (was 200)"), vm.commit(id, field("gridDelayMonths"), "200"));
    }

    @Test
    void deletingTheShownScenarioShowsTheBasePlan() {
        vm.delete("bubble");
        assertNull(active.get());
        assertTrue(vm.scenario("bubble").isEmpty());
        document.undo();
        assertTrue(vm.scenario("bubble").isPresent());
    }

    @Test
    void duplicatesWithAFreshId() {
        String copy = vm.duplicate("grid-late");
        assertEquals("grid-late-copy", copy);
        assertEquals("Grid a year late (copy)", vm.scenario(copy).orElseThrow().name());
    }
}

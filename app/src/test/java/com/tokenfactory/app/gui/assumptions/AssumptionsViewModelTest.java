package com.tokenfactory.app.gui.assumptions;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssumptionsViewModelTest {
    private final PlanDocument document = new PlanDocument(Samples.open(Samples.CAPACITY_CRUNCH), null);
    private final AssumptionsViewModel vm = new AssumptionsViewModel(document);
    private final AssumptionField discount = AssumptionField.ALL.get(0);

    @Test
    void everyAssumptionHasAFieldAndASource() {
        assertEquals(Assumptions.SOURCES.keySet().stream().toList(),
                AssumptionField.ALL.stream().map(AssumptionField::name).sorted(
                        java.util.Comparator.comparing(n -> Assumptions.SOURCES.keySet().stream().toList().indexOf(n)))
                        .toList());
        assertTrue(vm.source(discount).source().contains("WACC"));
        assertTrue(vm.source(discount).lowConfidence());
        assertEquals("10.25 %/yr", vm.defaultText(discount));
        AssumptionField opex = AssumptionField.ALL.stream().filter(f -> f.name().equals("opexUsdPerMwYear")).findFirst()
                .orElseThrow();
        assertEquals(Numbers.plain(Assumptions.defaults().opexUsdPerMwYear(), 0) + " $/MW-yr", vm.defaultText(opex));
        assertTrue(vm.defaultText(opex).contains(","), "thousands separated: " + vm.defaultText(opex));
    }

    @Test
    void editsInPercentAndResetsToTheDefault() {
        assertEquals(Optional.empty(), vm.commit(discount, "8"));
        assertEquals(0.08, document.getPlan().assumptions().discountRate(), 1e-12);
        assertFalse(vm.isDefault(discount));
        assertEquals("Change discount rate (WACC)", document.undoNameProperty().get());
        vm.resetToDefault(discount);
        assertTrue(vm.isDefault(discount));
    }

    @Test
    void refusesInPercent() {
        assertEquals(Optional.of("must be between 0% and 100% (was 150%)"), vm.commit(discount, "150"));
    }

    @Test
    void changesThePlanSettings() {
        assertEquals(Optional.empty(), vm.setName("Crunch, revised"));
        assertEquals("Crunch, revised", document.getPlan().name());
        assertEquals(Optional.of("must be between 1 and 240 (was 0)"), vm.setTimeline("2026-01", "0"));
        assertEquals(Optional.empty(), vm.setTimeline("2026-01", "72"));
        assertEquals(72, document.getPlan().horizonMonths());
    }
}

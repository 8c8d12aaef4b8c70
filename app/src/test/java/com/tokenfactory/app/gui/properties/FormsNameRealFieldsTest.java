package com.tokenfactory.app.gui.properties;

import com.tokenfactory.app.gui.assumptions.AssumptionField;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.PlanChanges;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.plan.RecordCopy;
import com.tokenfactory.app.gui.scenarios.ScenariosViewModel;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Forms name record components by string: this catches a component renamed in model/core, for every field of every
 * form, and checks that each field shows its value and takes it back unchanged.
 */
class FormsNameRealFieldsTest {
    private final Plan plan = Samples.open(Samples.CAPACITY_CRUNCH);

    @Test
    void everyElementFormFieldIsAComponentAndRoundTrips() {
        Set<ElementKind> seen = EnumSet.noneOf(ElementKind.class);
        for (Samples.Sample sample : Samples.all()) {
            check(Samples.open(sample), seen);
        }
        assertEquals(EnumSet.allOf(ElementKind.class), seen, "the samples hold every kind of element");
    }

    private static void check(Plan plan, Set<ElementKind> seen) {
        PlanElements.kinds(plan).forEach((id, kind) -> {
            if (!seen.add(kind)) {
                return;
            }
            Record element = PlanChanges.element(plan, id);
            for (FormSection section : ElementForms.of(kind)) {
                for (FieldSpec field : section.fields()) {
                    Object value = assertDoesNotThrow(() -> RecordCopy.get(element, field.path()), kind + " " + field.path());
                    if (field.type() != FieldType.READ_ONLY) {
                        Object parsed = field.type().parse(field.type().textual() ? field.type().format(value) : value);
                        assertEquals(value, parsed, kind + " " + field.path() + " reads back what it shows");
                        assertEquals(element, RecordCopy.with(element, field.path(), parsed));
                    }
                }
            }
        });
    }

    @Test
    void everyAssumptionAndScenarioFieldIsAComponent() {
        for (AssumptionField f : AssumptionField.ALL) {
            Object value = RecordCopy.get(plan.assumptions(), f.name());
            assertEquals(value, f.type().parse(f.type().format(value)), f.name());
        }
        var scenario = Samples.open(Samples.FIVE_YEAR_COMMITMENT).scenarios().get(0);
        for (FieldSpec f : ScenariosViewModel.FIELDS) {
            Object value = RecordCopy.get(scenario, f.path());
            assertEquals(value, f.type().parse(f.type().format(value)), f.path());
        }
    }
}

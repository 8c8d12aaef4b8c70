package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.samples.Samples;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The scenario picker's model, without a window. */
class ScenarioChoicesTest {
    private final Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
    private final PlanDocument document = new PlanDocument(plan, null);
    private final SimpleObjectProperty<String> scenarioId = new SimpleObjectProperty<>();
    private final ScenarioChoices choices = new ScenarioChoices(document, scenarioId);

    @Test
    void theBasePlanThenEachScenarioInThePlansOrder() {
        List<String> expected = new ArrayList<>(List.of(ScenarioChoices.BASE));
        plan.scenarios().forEach(s -> expected.add(s.id()));
        assertEquals(expected, choices.ids());
        assertEquals("Base plan", choices.label(ScenarioChoices.BASE));
        Scenario first = plan.scenarios().get(0);
        assertEquals(first.name(), choices.label(first.id()));
        assertEquals("gone", choices.label("gone"), "an id no longer in the plan shows as itself");
    }

    @Test
    void choosingSetsTheWindowsScenarioAndBaseIsNone() {
        String id = plan.scenarios().get(0).id();
        choices.choose(id);
        assertEquals(id, scenarioId.get());
        assertEquals(id, choices.chosen());
        choices.choose(null);
        assertEquals(id, scenarioId.get(), "no choice changes nothing");
        choices.choose(ScenarioChoices.BASE);
        assertNull(scenarioId.get());
        assertEquals(ScenarioChoices.BASE, choices.chosen());
    }

    @Test
    void followsThePlanAndTellsOfChanges() {
        List<String> told = new ArrayList<>();
        choices.onChange(() -> told.add(choices.chosen()));
        Scenario first = plan.scenarios().get(0);
        document.apply(PlanEdit.of("Remove scenario", p -> p.withScenarios(p.scenarios().subList(1,
                p.scenarios().size()))));
        assertEquals(plan.scenarios().size(), choices.ids().size(), "one fewer, the base plan still first");
        assertEquals(-1, choices.ids().indexOf(first.id()));
        assertEquals(1, told.size());
    }
}

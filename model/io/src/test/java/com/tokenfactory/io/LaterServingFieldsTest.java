package com.tokenfactory.io;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mixture-of-experts expert efficiency: optional on read (older files take the default), always written. */
class ExpertEfficiencyFieldTest {
    private static final String CURRENT = Resources.text(Resources.FUNGIBLE);

    @Test
    void aFileWithoutItTakesTheSourcedDefault() throws Exception {
        String older = Resources.replaceOnce(CURRENT, ",\n    \"expertEfficiency\": 0.2", "");
        Plan plan = new PlanFile().read(older, "older.tokenplan");
        assertEquals(Assumptions.defaults().expertEfficiency(), plan.assumptions().expertEfficiency());
        assertEquals(0.20, Assumptions.SOURCES.get("expertEfficiency").value());
    }

    @Test
    void aChangedValueSurvivesTheRoundTrip() throws Exception {
        PlanFile planFile = new PlanFile();
        Plan plan = planFile.read(Resources.replaceOnce(CURRENT, "\"expertEfficiency\": 0.2", "\"expertEfficiency\": 0.45"),
                "moe.tokenplan");
        assertEquals(0.45, plan.assumptions().expertEfficiency());
        String json = planFile.toJson(plan);
        assertTrue(json.contains("\"expertEfficiency\": 0.45"), json);
        assertEquals(plan, planFile.read(json, "again.tokenplan"));
    }

    @Test
    void aValueOutsideItsRangeNamesTheFieldAndItsLine() {
        String bad = Resources.replaceOnce(CURRENT, "\"expertEfficiency\": 0.2", "\"expertEfficiency\": 1.5");
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(bad, "bad.tokenplan"));
        assertEquals("bad.tokenplan: $.assumptions.expertEfficiency (line 41): must be between 0.01 and 1 (was 1.5)",
                e.getMessage());
    }
}

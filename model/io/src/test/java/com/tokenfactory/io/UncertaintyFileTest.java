package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Uncertainty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Distributions, correlations and regimes saved in the plan: they reopen as saved, and mistakes name their path. */
class UncertaintyFileTest {
    private final PlanFile planFile = new PlanFile();
    private final String json = planFile.toJson(TestPlans.everyField());

    @Test
    void aPlanSavedWithDistributionsReopensWithThem() throws Exception {
        Plan read = planFile.read(json, "u.tokenplan");
        assertEquals(TestPlans.uncertainty(), read.uncertainty());
        assertEquals(7, read.uncertainty().inputs().size());
        assertEquals(3, read.uncertainty().regimes().regimes().size());
    }

    @Test
    void olderFilesOpenUnchangedAndPlansWithoutUncertaintyWriteNoField() throws Exception {
        Plan old = planFile.read(Resources.text(Resources.FUNGIBLE), "fungible.tokenplan");
        assertEquals(Uncertainty.NONE, old.uncertainty());
        assertFalse(planFile.toJson(old).contains("uncertainty"));
    }

    @Test
    void anUnknownLeverIsNamedAtItsPath() {
        String bad = Resources.replaceOnce(json, "\"lever\": \"gpuPrice\"", "\"lever\": \"gpuPrize\"");
        String message = assertThrows(PlanFileException.class, () -> planFile.read(bad, "u.tokenplan")).getMessage();
        assertTrue(message.startsWith("u.tokenplan: $.uncertainty.inputs[2].lever (line "), message);
        assertTrue(message.contains("unknown lever 'gpuPrize'"), message);
        assertTrue(message.endsWith("(did you mean 'gpuPrice'?)"), message);
    }

    @Test
    void probabilitiesThatDoNotAddUpAreRefusedAtTheDistribution() {
        String bad = json.replaceFirst("(\"probabilities\": \\[\\s*)0\\.6", "$10.7");
        assertFalse(bad.equals(json));
        String message = assertThrows(PlanFileException.class, () -> planFile.read(bad, "u.tokenplan")).getMessage();
        assertTrue(message.startsWith("u.tokenplan: $.uncertainty.inputs[5].distribution.probabilities"), message);
        assertTrue(message.endsWith("must add up to 1, add up to 1.1"), message);
    }

    @Test
    void aTargetThatIsNotInThePlanIsRefused() {
        String bad = Resources.replaceOnce(json, "\"target\": \"ROUGH\"", "\"target\": \"B300\"");
        String message = assertThrows(PlanFileException.class, () -> planFile.read(bad, "u.tokenplan")).getMessage();
        assertTrue(message.startsWith("u.tokenplan: $.uncertainty.inputs[2].target"), message);
        assertTrue(message.contains("no such element 'B300'"), message);
    }
}

package com.tokenfactory.io;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Format 2 → 3: one token price becomes input and output prices, and services gain a flat daily peak. */
class MigrationTwoToThreeTest {
    private static final String FILE = "fungible-v2.tokenplan";
    private static final String V2 = Resources.text("plans/fungible-v2.tokenplan");

    private static String message(String json) {
        return assertThrows(PlanFileException.class, () -> new PlanFile().read(json, FILE)).getMessage();
    }

    @Test
    void formatTwoFileReadsAsTheExpectedPlan() throws Exception {
        assertTrue(V2.contains("\"formatVersion\": 2"), "the fixture is a format-2 file");
        assertEquals(TestPlans.fungible(), new PlanFile().read(V2, FILE));
    }

    @Test
    void onePriceBecomesTheInputAndTheOutputPriceAndTheDayIsFlat() throws Exception {
        InferenceService chat = new PlanFile().read(V2, FILE).services().get(0);
        assertEquals(2.0, chat.inputPriceUsdPerMillionTokens());
        assertEquals(2.0, chat.outputPriceUsdPerMillionTokens());
        assertEquals(2.0, chat.priceUsdPerMillionTokens(), 1e-12);
        assertEquals(1.0, chat.peakToAverage());
    }

    @Test
    void formatTwoFileIsWrittenBackInTheCurrentFormat() throws Exception {
        PlanFile planFile = new PlanFile();
        assertEquals(Resources.text(Resources.FUNGIBLE), planFile.toJson(planFile.read(V2, FILE)));
    }

    @Test
    void aBadOldPriceIsReportedAtItsNewNameOnItsOldLine() {
        assertEquals(FILE + ": $.services[0].inputPriceUsdPerMillionTokens (line 172): must be between 0 and 1000000 (was -2.0)",
                message(Resources.replaceOnce(V2, "\"priceUsdPerMillionTokens\": 2.0", "\"priceUsdPerMillionTokens\": -2.0")));
    }

    @Test
    void theOldPriceIsRequired() {
        assertEquals(FILE + ": $.services[0].priceUsdPerMillionTokens (line 148): is required",
                message(Resources.replaceOnce(V2, "      \"priceUsdPerMillionTokens\": 2.0,\n", "")));
    }

    @Test
    void separatePricesAndAPeakSurviveTheRoundTrip() throws Exception {
        PlanFile planFile = new PlanFile();
        Plan plan = TestPlans.fungible();
        InferenceService s = plan.services().get(0);
        InferenceService priced = new InferenceService(s.id(), s.name(), s.demand(), s.inputTokensPerRequest(),
                s.outputTokensPerRequest(), s.model(), s.latency(), s.priceDeclinePerYear(),
                s.requiredCertifications(), s.priority(), s.source(), false, 0.6, 2.4, 1.7);
        Plan changed = plan.withServices(java.util.List.of(priced));
        String json = planFile.toJson(changed);
        assertTrue(json.contains("\"inputPriceUsdPerMillionTokens\": 0.6,\n      \"outputPriceUsdPerMillionTokens\": "
                + "2.4,\n      \"peakToAverage\": 1.7\n"), json);
        assertEquals(changed, planFile.read(json, "priced.tokenplan"));
    }

    @Test
    void aPeakBelowTheAverageIsRefusedNamingTheField() throws Exception {
        String json = Resources.text(Resources.FUNGIBLE).replace("\"peakToAverage\": 1.0", "\"peakToAverage\": 0.5");
        String problem = assertThrows(PlanFileException.class, () -> new PlanFile().read(json, "f.tokenplan"))
                .getMessage();
        assertTrue(problem.startsWith("f.tokenplan: $.services[0].peakToAverage (line 194): must be between 1"),
                problem);
    }
}

package com.tokenfactory.io;

import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandUnit;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's demand in requests: the level of its demand curve is named after the unit ({@code requestsPerDay},
 * {@code requestsPerMonth}); files that give {@code tokensPerDay}, as every file did before, open and save unchanged.
 */
class DemandInRequestsFileTest {
    private static final String FILE = "fungible.tokenplan";
    private static final String VALID = Resources.text(Resources.FUNGIBLE);
    private final PlanFile planFile = new PlanFile();

    private static String edited(String find, String replacement) {
        return Resources.replaceOnce(VALID, find, replacement);
    }

    private String message(String json) {
        return assertThrows(PlanFileException.class, () -> planFile.read(json, FILE)).getMessage();
    }

    @Test
    void aFileInTokensOpensInTokensAndSavesByteForByte() throws Exception {
        Plan plan = planFile.read(VALID, FILE);
        plan.services().forEach(s -> assertEquals(DemandUnit.TOKENS_PER_DAY, s.demandUnit(), s.id()));
        assertEquals(VALID.strip(), planFile.toJson(plan).strip());
    }

    @Test
    void requestsPerDayAreReadAsRequestsAndWrittenBackUnderTheirOwnName() throws Exception {
        String json = edited("\"tokensPerDay\": 2.0E11", "\"requestsPerDay\": 1.0E8");
        InferenceService chat = planFile.read(json, FILE).services().get(0);
        assertEquals(DemandUnit.REQUESTS_PER_DAY, chat.demandUnit());
        assertEquals(1e8, ((DemandCurve.Growth) chat.demand()).tokensPerDay());
        // 1e8 requests × (1,500 + 400) tokens = 1.9e11 tokens a day
        assertEquals(1.9e11, chat.tokensPerDay(YearMonth.of(2026, 1)), 1e-3);
        String saved = planFile.toJson(planFile.read(json, FILE));
        assertTrue(saved.contains("\"requestsPerDay\" : 1.0E8") || saved.contains("\"requestsPerDay\": 1.0E8"), saved);
        assertEquals(json.strip(), saved.strip());
    }

    @Test
    void everyUnitOnEveryCurveKindRoundTrips() throws Exception {
        Plan plan = TestPlans.everyField();
        Plan back = planFile.read(planFile.toJson(plan), "every.tokenplan");
        assertEquals(plan, back);
        assertEquals(DemandUnit.REQUESTS_PER_MONTH, back.services().stream().filter(s -> s.id().equals("agents"))
                .findFirst().orElseThrow().demandUnit());
    }

    /** The template's columns are the file's fields: a sheet mixing units has a column for each, blank where unused. */
    @Test
    void theSpreadsheetTemplateKeepsEachServicesUnit() throws Exception {
        Plan plan = TestPlans.everyField();
        java.util.List<TemplateSheet> sheets = PlanTemplate.sheets(plan);
        TemplateSheet services = sheets.stream().filter(t -> t.name().equals(PlanTemplate.SERVICES)).findFirst()
                .orElseThrow();
        assertTrue(services.columns().contains("demand.requestsPerDay"), services.columns().toString());
        assertTrue(services.columns().contains("demand.requestsPerMonth"), services.columns().toString());
        assertEquals(plan, PlanTemplate.plan(sheets, "every.xlsx"));
    }

    @Test
    void twoUnitsInOneCurveAreRefusedAtTheSecond() {
        assertEquals(FILE + ": $.services[0].demand.requestsPerDay (line 172): give the demand in one unit: "
                        + "tokensPerDay or requestsPerDay, not both",
                message(edited("\"tokensPerDay\": 2.0E11,", "\"tokensPerDay\": 2.0E11,\n        \"requestsPerDay\": 5,")));
    }

    @Test
    void aCurveWithoutALevelNamesTheTokensField() {
        assertEquals(FILE + ": $.services[0].demand.tokensPerDay (line 168): is required (or requestsPerDay or "
                + "requestsPerMonth for demand in requests)", message(edited("        \"tokensPerDay\": 2.0E11,\n", "")));
    }

    @Test
    void aBadLevelIsReportedUnderTheUnitTheFileGaveIt() {
        assertEquals(FILE + ": $.services[0].demand.requestsPerMonth (line 171): must be between 0 and 1e18 "
                + "(was -3.0)", message(edited("\"tokensPerDay\": 2.0E11", "\"requestsPerMonth\": -3")));
    }

    @Test
    void pointsOfOneCurveCountOneUnit() {
        String points = "\"kind\": \"points\",\n        \"points\": [{\"month\": \"2026-01\", \"requestsPerDay\": 1e6},"
                + " {\"month\": \"2027-01\", \"tokensPerDay\": 1e12}]";
        String json = edited("\"kind\": \"growth\",\n        \"start\": \"2026-01\",\n        \"tokensPerDay\": 2.0E11,\n"
                + "        \"growthPerYear\": 1.5", points);
        assertEquals(FILE + ": $.services[0].demand.points[1].tokensPerDay (line 170): every point of a curve counts "
                + "the same unit; the first point gives requestsPerDay", message(json));
    }
}

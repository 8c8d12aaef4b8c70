package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandUnit;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Choosing the unit a service's demand is counted in: the fungible fleet's assistant asks 20T tokens a day from
 * 2027-01 at 1,500 + 500 = 2,000 tokens a request, i.e. 1e10 requests a day.
 */
class DemandUnitTest {
    private final Plan sample = Samples.open(Samples.FUNGIBLE_FLEET);
    private final PlanDocument document = new PlanDocument(sample, null);
    private final DemandCurveModel model = new DemandCurveModel(document);
    private final WorkloadsViewModel workloads = new WorkloadsViewModel(document, new Selection());

    private InferenceService assistant() {
        return document.getPlan().services().stream().filter(s -> s.id().equals("assistant")).findFirst()
                .orElseThrow();
    }

    private double level() {
        return ((DemandCurve.Growth) assistant().demand()).tokensPerDay();
    }

    @Test
    void switchingToRequestsConvertsTheLevelAndKeepsTheDemand() {
        YearMonth june = YearMonth.of(2028, 6);
        double tokensBefore = assistant().tokensPerDay(june);
        assertEquals(Optional.empty(), model.setUnit("assistant", DemandUnit.REQUESTS_PER_DAY));
        assertEquals(DemandUnit.REQUESTS_PER_DAY, model.unit("assistant"));
        assertEquals(1e10, level(), 1e-3); // 20e12 ÷ 2,000
        assertEquals(tokensBefore, assistant().tokensPerDay(june), 1e-6 * tokensBefore);
        assertEquals("Count demand of Consumer assistant in requests/day", document.undoNameProperty().get());
        assertEquals("10.0B req/day +50%/yr from 2027-01", workloads.rows().get(0).demand());

        // per month: 1e10 × 30.436875 days of an average month = 3.0436875e11 requests a month
        model.setUnit("assistant", DemandUnit.REQUESTS_PER_MONTH);
        assertEquals(3.0436875e11, level(), 1);
        // the engine spreads a month's requests over its own days: 31 in January, so less a day than on average
        assertEquals(3.0436875e11 * 2000 / 31, assistant().tokensPerDay(YearMonth.of(2027, 1)), 1);

        document.undo();
        document.undo();
        assertEquals(DemandUnit.TOKENS_PER_DAY, model.unit("assistant"));
        assertEquals(20e12, level());
        assertEquals(sample, document.getPlan());
    }

    @Test
    void levelsTypedAfterTheSwitchCountRequests() {
        model.setUnit("assistant", DemandUnit.REQUESTS_PER_DAY);
        assertEquals(Optional.empty(), model.setGrowth("assistant", "2027-01", "2B", "40"));
        // 2e9 requests × 2,000 tokens = 4e12 tokens a day
        assertEquals(4e12, assistant().tokensPerDay(YearMonth.of(2027, 1)), 1e-3);
        assertEquals(Optional.empty(), model.setPoints("assistant", List.of(new String[]{"2027-01", "1B"},
                new String[]{"2028-01", "3B"})));
        assertEquals(DemandUnit.REQUESTS_PER_DAY, model.unit("assistant"));
        assertEquals(4e12, assistant().tokensPerDay(YearMonth.of(2027, 7)), 1e-3); // halfway: 2e9 requests
    }

    @Test
    void aRefusedLevelNamesTheUnitItWasTypedIn() {
        model.setUnit("assistant", DemandUnit.REQUESTS_PER_MONTH);
        assertEquals(Optional.of("The level (requests/month) must be between 0 and 1e18 (was -5.0)"),
                model.setGrowth("assistant", "2027-01", "-5", "40"));
        assertEquals(DemandUnit.REQUESTS_PER_MONTH, model.unit("assistant"));
    }

    @Test
    void choosingTheUnitItAlreadyHasChangesNothing() {
        assertEquals(Optional.empty(), model.setUnit("assistant", DemandUnit.TOKENS_PER_DAY));
        assertEquals(sample, document.getPlan());
    }
}

package com.tokenfactory.charts.data;

import com.tokenfactory.charts.Results;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.ReferencePlan;
import com.tokenfactory.core.engine.Engine;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitEconomicsDataTest {

    @Test
    void monthlyRatiosAreTheEnginesOneMonthSummaries() {
        SimulationResult r = Results.SMALL;
        UnitEconomicsData data = UnitEconomicsData.of(Timeline.of(r, Period.MONTHLY));
        double[] usd = Values.of(data.costPerMillionTokens().dataset(), SeriesKey.total(SeriesKey.USD_PER_MTOK));
        double[] tpj = Values.of(data.tokensPerJoule().dataset(), SeriesKey.total(SeriesKey.TOKENS_PER_JOULE));
        double[] twd = Values.of(data.tokensPerWattPerDollar().dataset(),
                SeriesKey.total(SeriesKey.TOKENS_PER_WATT_PER_DOLLAR));
        for (int m = 0; m < r.months(); m++) {
            PeriodSummary month = PeriodSummary.of(r.totals(), m, m + 1, "m");
            assertEquals(month.usdPerMillionTokens(), usd[m], 0.0, "$/Mtok month " + m);
            assertEquals(month.tokensPerJoule(), tpj[m], 0.0, "tokens/J month " + m);
            assertEquals(month.tokensPerWattPerDollar(), twd[m], 0.0, "tokens/W/$ month " + m);
        }
        assertTrue(Double.isNaN(tpj[0]), "nothing served on owned GPUs in January 2026: a gap, not a zero");
    }

    @Test
    void yearlyRatiosAreThePlanYearsNotMeansOfMonths() {
        SimulationResult r = Results.PAYBACK;
        UnitEconomicsData data = UnitEconomicsData.of(Timeline.of(r, Period.YEARLY));
        double[] usd = Values.of(data.costPerMillionTokens().dataset(), SeriesKey.total(SeriesKey.USD_PER_MTOK));
        double[] tpj = Values.of(data.tokensPerJoule().dataset(), SeriesKey.total(SeriesKey.TOKENS_PER_JOULE));
        for (int y = 0; y < 5; y++) {
            assertEquals(r.years().get(y).usdPerMillionTokens(), usd[y], 0.0, "year " + (y + 1));
            assertEquals(r.years().get(y).tokensPerJoule(), tpj[y], 0.0, "year " + (y + 1));
        }
    }

    @Test
    void withoutOwnedCapacityPerJouleRatiosSayWhyTheyAreUndefined() {
        UnitEconomicsData data = UnitEconomicsData.of(Timeline.of(Results.RENTED_ONLY, Period.MONTHLY));
        assertEquals(Optional.empty(), data.costPerMillionTokens().emptyReason(), "rented tokens still have a cost");
        assertEquals("No owned capacity in the plan: tokens per joule is undefined",
                data.tokensPerJoule().emptyReason().orElseThrow());
        assertEquals("No owned capacity in the plan: tokens per watt per dollar is undefined",
                data.tokensPerWattPerDollar().emptyReason().orElseThrow());
        assertEquals(0, data.tokensPerJoule().dataset().getSeriesCount());
    }

    @Test
    void withoutDemandNothingIsDefined() {
        SimulationResult r = Engine.simulate(ReferencePlan.plan(0));
        UnitEconomicsData data = UnitEconomicsData.of(Timeline.of(r, Period.MONTHLY));
        assertEquals("No demand in the plan: cost per million tokens is undefined",
                data.costPerMillionTokens().emptyReason().orElseThrow());
        assertEquals("Nothing is served on owned capacity: tokens per joule is undefined",
                data.tokensPerJoule().emptyReason().orElseThrow());
    }
}

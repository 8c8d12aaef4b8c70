package com.tokenfactory.core.plan;

import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemandAndScenarioTest {
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    @Test
    void growthCompoundsMonthlyFromItsStart() {
        DemandCurve g = new DemandCurve.Growth(JAN, 100, 1.0);
        assertEquals(0, g.tokensPerDay(JAN.minusMonths(1)));
        assertEquals(100, g.tokensPerDay(JAN), 1e-12);
        assertEquals(200, g.tokensPerDay(JAN.plusMonths(12)), 1e-9);
        assertEquals(100 * Math.pow(2, 0.5), g.tokensPerDay(JAN.plusMonths(6)), 1e-9);
    }

    @Test
    void pointsInterpolateLinearlyAndHoldTheLastValue() {
        DemandCurve p = new DemandCurve.Points(List.of(new DemandPoint(JAN.plusMonths(4), 300),
                new DemandPoint(JAN, 100)));
        assertEquals(0, p.tokensPerDay(JAN.minusMonths(1)));
        assertEquals(100, p.tokensPerDay(JAN));
        assertEquals(200, p.tokensPerDay(JAN.plusMonths(2)), 1e-12);
        assertEquals(300, p.tokensPerDay(JAN.plusMonths(40)));
        assertThrows(InvalidPlanException.class, () -> new DemandCurve.Points(List.of(new DemandPoint(JAN, 1),
                new DemandPoint(JAN, 2))));
    }

    @Test
    void aShiftedGrowthRateStaysOneAGrowthCurveMayHold() {
        // both within their own bounds (growth at most 100, shift at most 100); their sum is not
        DemandCurve fast = new DemandCurve.Growth(JAN, 100, 90.0).adjusted(1.0, 50.0);
        assertEquals(100.0, ((DemandCurve.Growth) fast).growthPerYear());
        DemandCurve collapse = new DemandCurve.Growth(JAN, 100, 0.0).adjusted(1.0, -0.99);
        assertEquals(-0.99, ((DemandCurve.Growth) collapse).growthPerYear());
    }

    @Test
    void scenarioScalesDemandShiftsGrowthDelaysGridAndReplacesPrices() {
        Plan base = ReferencePlan.plan(1e10);
        Scenario s = new Scenario("slow", "Slow", null, 0.5, -0.1, 0.4, 0.25, 2.0, 3);
        Plan p = s.applyTo(base);
        InferenceService svc = p.services().get(0);
        assertEquals(0.5e10, svc.demand().tokensPerDay(JAN), 1e-3);
        assertEquals(0.5e10 * Math.pow(0.9, 1), svc.demand().tokensPerDay(JAN.plusMonths(12)), 1e-3);
        assertEquals(0.4, svc.priceDeclinePerYear());
        assertEquals(0.25, p.assumptions().softwareEfficiencyGainPerYear());
        assertEquals(200, p.sites().get(0).electricityUsdPerMwh());
        assertEquals(base.sites().get(0).gridAvailable().plusMonths(3), p.sites().get(0).gridAvailable());
    }
}

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
    void pointsShiftLikeTheGrowthCurveTheyWereDrawnFrom() {
        DemandCurve growth = new DemandCurve.Growth(JAN, 100, 1.2);
        List<Integer> months = List.of(0, 6, 12, 24, 36);
        DemandCurve points = new DemandCurve.Points(months.stream()
                .map(m -> new DemandPoint(JAN.plusMonths(m), growth.tokensPerDay(JAN.plusMonths(m)))).toList());
        DemandCurve slower = growth.adjusted(0.5, -0.4);
        DemandCurve slowerPoints = points.adjusted(0.5, -0.4);
        for (int m : months) {
            double expected = 50 * Math.pow(1.8, m / 12.0);
            assertEquals(expected, slower.tokensPerDay(JAN.plusMonths(m)), 1e-9 * expected);
            assertEquals(expected, slowerPoints.tokensPerDay(JAN.plusMonths(m)), 1e-9 * expected, "month " + m);
        }
    }

    @Test
    void shiftedPointsFromZeroKeepTheChangeSoFarAndAShrinkingCurveStopsAtMinus99Percent() {
        DemandCurve ramp = new DemandCurve.Points(List.of(new DemandPoint(JAN, 0), new DemandPoint(JAN.plusMonths(6), 100),
                new DemandPoint(JAN.plusMonths(18), 220), new DemandPoint(JAN.plusMonths(30), 110)));
        DemandCurve shifted = ramp.adjusted(2.0, -0.4);
        assertEquals(0, shifted.tokensPerDay(JAN));
        assertEquals(200, shifted.tokensPerDay(JAN.plusMonths(6)), 1e-9, "no rate from zero: the factor alone");
        assertEquals(200 * 1.8, shifted.tokensPerDay(JAN.plusMonths(18)), 1e-9, "+120% a year becomes +80%");
        assertEquals(200 * 1.8 * 0.1, shifted.tokensPerDay(JAN.plusMonths(30)), 1e-9, "-50% a year becomes -90%");
        DemandCurve collapse = ramp.adjusted(1.0, -0.6);
        assertEquals(100 * 1.6 * 0.01, collapse.tokensPerDay(JAN.plusMonths(30)), 1e-9, "-110% a year is held at -99%");
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

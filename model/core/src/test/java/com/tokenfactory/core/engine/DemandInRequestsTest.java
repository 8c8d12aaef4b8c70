package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandPoint;
import com.tokenfactory.core.plan.DemandUnit;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Demand given in requests: the reference service asks 100 input + 100 output tokens a request (200 tokens), and
 * the engine sees tokens per day only, converted by {@link InferenceService#tokensPerDay}.
 */
class DemandInRequestsTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private static InferenceService inUnit(DemandCurve curve, DemandUnit unit) {
        InferenceService s = ReferencePlan.service(1.0);
        return s.withDemandUnit(curve, unit);
    }

    private static SimulationResult run(InferenceService s) {
        Plan p = ReferencePlan.plan(1.0);
        return Engine.simulate(p.withServices(List.of(s)));
    }

    @Test
    void requestsPerDayAreTokensPerRequestTimesRequests() {
        // 5e7 requests/day × 200 tokens = 1e10 tokens/day
        InferenceService s = inUnit(new DemandCurve.Growth(ReferencePlan.START, 5e7, 0.0), DemandUnit.REQUESTS_PER_DAY);
        assertEquals(1e10, s.tokensPerDay(MARCH), 1e-3);
        assertEquals(1e10, s.tokensPerDay(APRIL), 1e-3);
    }

    @Test
    void requestsPerMonthAreSpreadOverTheMonthsOwnDays() {
        // 1.55e9 requests in March × 200 tokens = 3.1e11 tokens over 31 days = 1e10 a day; April has 30 days:
        // 3.1e11 ÷ 30 = 1.0333e10 a day, the same month total
        InferenceService s = inUnit(new DemandCurve.Growth(ReferencePlan.START, 1.55e9, 0.0),
                DemandUnit.REQUESTS_PER_MONTH);
        assertEquals(1e10, s.tokensPerDay(MARCH), 1e-3);
        assertEquals(3.1e11 / 30, s.tokensPerDay(APRIL), 1e-3);
    }

    @Test
    void theEngineServesTheSameTokensWhicheverUnitTheDemandIsIn() {
        // 1e10 tokens/day = 5e7 requests/day: March demands 3.1e11 tokens either way (ServiceDemandTest serves them)
        SimulationResult tokens = run(ReferencePlan.service(1e10));
        SimulationResult requests = run(inUnit(new DemandCurve.Growth(ReferencePlan.START, 5e7, 0.0),
                DemandUnit.REQUESTS_PER_DAY));
        ServiceResult a = tokens.services().get(0);
        ServiceResult b = requests.services().get(0);
        assertEquals(3.1e11, b.tokensDemanded().get(2), 1e-3);
        for (int m = 0; m < 12; m++) {
            assertEquals(a.tokensDemanded().get(m), b.tokensDemanded().get(m), 1e-9 * Math.max(1, a.tokensDemanded().get(m)));
            assertEquals(a.tokensServed().get(m), b.tokensServed().get(m), 1e-9 * Math.max(1, a.tokensServed().get(m)));
            assertEquals(a.revenue().get(m), b.revenue().get(m), 1e-9 * Math.max(1, a.revenue().get(m)));
        }
    }

    @Test
    void aPointCurveInRequestsIsInterpolatedInRequestsThenConverted() {
        // 0 requests/month in March, 3e9 in May: April is halfway, 1.5e9 requests × 200 tokens ÷ 30 days = 1e10/day
        InferenceService s = inUnit(new DemandCurve.Points(List.of(new DemandPoint(MARCH, 0),
                new DemandPoint(YearMonth.of(2026, 5), 3e9))), DemandUnit.REQUESTS_PER_MONTH);
        assertEquals(0.0, s.tokensPerDay(MARCH));
        assertEquals(1e10, s.tokensPerDay(APRIL), 1e-3);
    }

    @Test
    void convertingAUnitKeepsTheTokensOfAnAverageMonth() {
        // 1e10 tokens/day at 200 tokens a request = 5e7 requests/day = 5e7 × 30.436875 = 1.52184375e9 requests/month
        assertEquals(5e7, DemandUnit.TOKENS_PER_DAY.convert(1e10, 200, DemandUnit.REQUESTS_PER_DAY), 1e-6);
        assertEquals(1.52184375e9, DemandUnit.TOKENS_PER_DAY.convert(1e10, 200, DemandUnit.REQUESTS_PER_MONTH), 1e-3);
        assertEquals(1e10, DemandUnit.REQUESTS_PER_MONTH.convert(1.52184375e9, 200, DemandUnit.TOKENS_PER_DAY), 1e-3);
        assertEquals(5e7, DemandUnit.REQUESTS_PER_MONTH.convert(1.52184375e9, 200, DemandUnit.REQUESTS_PER_DAY), 1e-6);
    }

    @Test
    void requestsAtThePlannersMaximumSaturateAsTokens() {
        InferenceService s = inUnit(new DemandCurve.Growth(ReferencePlan.START, DemandCurve.MAX_TOKENS_PER_DAY, 0.0),
                DemandUnit.REQUESTS_PER_DAY);
        assertEquals(DemandCurve.MAX_TOKENS_PER_DAY, s.tokensPerDay(MARCH));
    }

    @Test
    void aScenarioOrMonteCarloScalingTheCurveKeepsItsUnit() {
        // a demand multiplier of 2 (Scenario, Lever.DEMAND_LEVEL) on 5e7 requests/day: 1e8 requests = 2e10 tokens a day
        InferenceService s = inUnit(new DemandCurve.Growth(ReferencePlan.START, 5e7, 0.0), DemandUnit.REQUESTS_PER_DAY);
        InferenceService doubled = s.withDemand(s.demand().adjusted(2, 0));
        assertEquals(DemandUnit.REQUESTS_PER_DAY, doubled.demandUnit());
        assertEquals(2e10, doubled.tokensPerDay(MARCH), 1e-3);
    }

    @Test
    void aServiceWithoutAUnitCountsTokensPerDay() {
        InferenceService s = ReferencePlan.service(1e10);
        assertEquals(DemandUnit.TOKENS_PER_DAY, s.demandUnit());
        assertEquals(1e10, s.tokensPerDay(MARCH));
    }
}

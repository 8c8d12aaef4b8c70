package com.tokenfactory.core.plan;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.engine.Finance;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds that keep every result finite (docs/reliability.md), and what happens at their edges. */
class BoundsTest {
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    @Test
    void monthsOutsideTheWindowAreRefusedNamingTheField() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> new GpuPod("p", "REF", 8, YearMonth.of(999_999_999, 12)));
        assertEquals("install: must be between 1970-01 and 2200-12 (was 999999999-12)", e.getMessage());
        assertEquals("start", assertThrows(InvalidPlanException.class,
                () -> new DemandCurve.Growth(YearMonth.of(1969, 12), 1, 0)).field());
        assertEquals("energization", assertThrows(InvalidPlanException.class,
                () -> new Hall("h", "H", 1, JAN, 1, YearMonth.of(2201, 1), null, List.of())).field());
    }

    @Test
    void unboundedFiguresNowHaveAnUpperBound() {
        assertEquals("usdPerGpuHour", assertThrows(InvalidPlanException.class, () -> new PartnerCloud("c", "C", "P",
                "REF", 8, 1e300, JAN, 12, ContractKind.COMMITTED, new TreeSet<>(), 0, null, null)).field());
        assertEquals("tokensPerDay", assertThrows(InvalidPlanException.class,
                () -> new DemandPoint(JAN, 1e19)).field());
        InvalidPlanException subnormal = assertThrows(InvalidPlanException.class,
                () -> new Hall("h", "H", 4.9e-324, JAN, 1, null, null, List.of()));
        assertEquals("criticalItMw", subnormal.field());
    }

    @Test
    void aLongValueIsEchoedCutAndWithoutEscapeCodes() {
        String id = "\u001b[31m" + "x".repeat(90_000);
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> new GpuPod(id, "REF", 8, JAN));
        assertTrue(e.getMessage().length() < 300, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("'?[31mxxx"), e.getMessage());
        assertTrue(!e.getMessage().contains("\u001b"));
        assertEquals("name: is 100001 characters long; at most 100000 are allowed", assertThrows(
                InvalidPlanException.class, () -> new Hall("h", "n".repeat(100_001), 1, JAN, 1, null, null,
                        List.of())).getMessage());
    }

    @Test
    void demandSaturatesRatherThanOverflowing() {
        DemandCurve.Growth g = new DemandCurve.Growth(Months.FIRST, 1e18, 100);
        assertEquals(DemandCurve.MAX_TOKENS_PER_DAY, g.tokensPerDay(Months.LAST));
        assertEquals(DemandCurve.MAX_TOKENS_PER_DAY, g.adjusted(1000, 100).tokensPerDay(Months.FIRST));
        DemandCurve p = new DemandCurve.Points(List.of(new DemandPoint(JAN, Double.MIN_VALUE),
                new DemandPoint(JAN.plusMonths(1), 1e18), new DemandPoint(JAN.plusMonths(2), 0)));
        DemandCurve shifted = p.adjusted(1000, 100);
        assertEquals(DemandCurve.MAX_TOKENS_PER_DAY, shifted.tokensPerDay(JAN.plusMonths(1)));
        assertEquals(1e18, p.adjusted(1, 0).tokensPerDay(JAN.plusMonths(1)), 1e6);
        assertEquals(0.0, shifted.tokensPerDay(JAN.plusMonths(2)));
    }

    @Test
    void aGridDelayLeavingTheWindowIsRefusedNamingTheScenario() {
        Plan plan = ReferencePlan.plan(1e9);
        Site site = plan.sites().get(0);
        Site late = new Site(site.id(), site.name(), site.region(), 0, 0, site.certifications(), site.gridMw(),
                YearMonth.of(2195, 1), site.pue(), site.electricityUsdPerMwh(), 0, site.facilityCostUsdPerMw(),
                site.halls(), null);
        Scenario delay = new Scenario("late", "Late grid", null, 1, 0, null, null, 1, 120);
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> plan.withSites(List.of(late)).withScenarios(List.of(delay)));
        assertEquals("scenarios[0].gridDelayMonths", e.field());
        assertTrue(e.getMessage().contains("'Late grid'"), e.getMessage());
    }

    @Test
    void anExtremeScenarioGivesFiniteResults() {
        Plan plan = ReferencePlan.plan(1e18);
        Scenario wild = new Scenario("wild", "Wild", null, 1000, 100, null, 10.0, 100, 0);
        SimulationResult r = Engine.simulate(plan.withScenarios(List.of(wild)), wild);
        assertTrue(Double.isFinite(r.kpis().npv()));
        Series revenue = r.totals().revenueInference();
        for (int m = 0; m < revenue.size(); m++) {
            assertTrue(Double.isFinite(revenue.get(m)));
        }
    }

    @Test
    void subnormalDemandIsNoneAndGivesFiniteResults() {
        // found by the long fuzz tier: a level of 4.9e-324 tokens a day made the cost shares 0 ÷ 0
        assertEquals(0.0, new DemandCurve.Growth(JAN, Double.MIN_VALUE, 0).tokensPerDay(JAN));
        assertEquals(0.0, new DemandCurve.Growth(Months.FIRST, 1e12, -0.99).tokensPerDay(Months.LAST));
        assertEquals(0.0, new DemandCurve.Points(List.of(new DemandPoint(JAN, 4.9e-320))).tokensPerDay(JAN));
        SimulationResult r = Engine.simulate(ReferencePlan.plan(Double.MIN_VALUE));
        assertTrue(Double.isFinite(r.totals().inferenceCost().total()));
    }

    @Test
    void aPlanWithNoCashFlowHasNoPayback() {
        assertNull(Finance.paybackMonth(new double[12]));
        Plan empty = Plan.empty("Empty", JAN, List.of(ReferencePlan.sku()));
        assertNull(Engine.simulate(empty).kpis().paybackMonth());
    }
}

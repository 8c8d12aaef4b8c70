package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The money definitions of docs/metrics.md and docs/engine.md that the reference plan (all rates zero) leaves
 * untested, each computed by hand from the reference plan's inputs: electricity price escalation and token price
 * decline compound monthly from the plan start ((1 + x)^(m / 12), not in yearly steps), the software-efficiency
 * multiplier likewise, partner fees are rental (cost and cash out) and never capex, the write-off of GPUs retired before
 * the end of their book life, and the payback month on an engine result.
 */
class MoneyDefinitionsTest {
    private static final double TOKENS_PER_DAY = 1e10;
    // the reference service on the reference GPU: one output and one prompt token per memory-bound step of
    // 5.0015 ms (ReferencePlanTest)
    private static final double TOKENS_PER_GPU_SECOND = ReferencePlanTest.TOKENS_PER_GPU_SECOND;
    private static final int MARCH = 2;
    private static final int DECEMBER = 11;

    private final Plan plan = ReferencePlan.plan(TOKENS_PER_DAY);

    private static Plan withEscalation(Plan p, double escalation) {
        Site s = p.sites().get(0);
        return p.withSites(List.of(new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(),
                s.gridMw(), s.gridAvailable(), s.pue(), s.electricityUsdPerMwh(), escalation, s.facilityCostUsdPerMw(),
                s.halls(), s.source())));
    }

    private static Plan withPrice(Plan p, double usdPerMtok, Double decline) {
        InferenceService s = p.services().get(0);
        return p.withServices(List.of(new InferenceService(s.id(), s.name(), s.demand(), s.inputTokensPerRequest(),
                s.outputTokensPerRequest(), s.model(), s.latency(), usdPerMtok, decline, s.requiredCertifications(),
                s.priority(), s.source())));
    }

    private Plan withAssumption(String field, double value) {
        return plan.withAssumptions(ReferencePlan.with(plan.assumptions(), field, value));
    }

    @Test
    void electricityPriceEscalatesMonthByMonthFromThePlanStart() {
        // $100/MWh escalating 12% a year: month m costs 100 × 1.12^(m / 12) per facility MWh
        Totals t = Engine.simulate(withEscalation(plan, 0.12)).totals();
        for (int m : new int[]{MARCH, 6, DECEMBER}) {
            double price = 100 * Math.pow(1.12, m / 12.0);
            assertEquals(t.electricityMwh().get(m) * price, t.electricityCost().get(m), 1e-6, "month " + m);
        }
        // not a yearly step: December of the first year already pays 11/12 of the year's escalation
        assertNotEquals(t.electricityMwh().get(DECEMBER) * 100, t.electricityCost().get(DECEMBER), 1.0);
        // escalation changes the price, never the energy
        Totals flat = Engine.simulate(plan).totals();
        assertEquals(flat.electricityMwh().total(), t.electricityMwh().total(), 1e-9);
    }

    @Test
    void tokenPricesDeclineMonthByMonthFromThePlanStart() {
        // $1 per million tokens falling 50% a year: month m sells at 0.5^(m / 12)
        Totals t = Engine.simulate(withPrice(plan, 1.0, 0.5)).totals();
        double marchTokens = TOKENS_PER_DAY * 31;
        assertEquals(marchTokens / 1e6 * Math.pow(0.5, 2 / 12.0), t.revenueInference().get(MARCH), 1e-6);
        double decemberTokens = TOKENS_PER_DAY * 31;
        assertEquals(decemberTokens / 1e6 * Math.pow(0.5, 11 / 12.0), t.revenueInference().get(DECEMBER), 1e-6);
        // a service without its own decline takes the plan's assumption
        Plan planDecline = withPrice(plan, 1.0, null)
                .withAssumptions(ReferencePlan.with(plan.assumptions(), "tokenPriceDeclinePerYear", 0.5));
        assertEquals(t.revenueInference().get(DECEMBER),
                Engine.simulate(planDecline).totals().revenueInference().get(DECEMBER), 1e-6);
    }

    @Test
    void softwareGainsCompoundMonthByMonth() {
        // +44% a year on the same GPUs: month m needs demand ÷ (tokens/s × 1.44^(m / 12) × 3,600) GPU-hours
        Totals t = Engine.simulate(withAssumption("softwareEfficiencyGainPerYear", 0.44)).totals();
        for (int m : new int[]{MARCH, DECEMBER}) {
            double busy = TOKENS_PER_DAY * 31 / (TOKENS_PER_GPU_SECOND * Math.pow(1.44, m / 12.0) * 3600);
            assertEquals(busy, t.gpuHoursOwnedBusy().get(m), 1e-6, "month " + m);
        }
    }

    @Test
    void committedFeesAreRentalEveryMonthOfTheTermAndNeverCapex() {
        // 500 GPUs committed at $2/GPU-h for the whole year: January costs 500 × 744 h × $2 = $744,000, used or not
        Plan p = plan.withPartners(List.of(ReferencePlan.contract("c", ContractKind.COMMITTED, 500, 2.0)));
        SimulationResult r = Engine.simulate(p);
        Totals t = r.totals();
        assertEquals(744_000, t.rentalCommitted().get(0), 1e-6);
        assertEquals(500 * 672 * 2.0, t.rentalCommitted().get(1), 1e-6); // February 2026: 28 days
        assertEquals(0, t.rentalOnDemand().total(), 1e-9);
        // capex is only the hall and the GPUs bought ($30M), as without the contract
        assertEquals(30e6, r.kpis().horizon().capex(), 1e-6);
        // January: no owned capacity yet; the fee is the whole cost, and the whole cash out, counted once
        assertEquals(744_000 + 10e6 /* hall build */, -t.cashFlow().get(0) + t.revenueInference().get(0), 1e-6);
        assertEquals(744_000, t.totalCost().get(0), 1e-6);
        // the fee over the year: 500 GPUs × 8,760 h × $2
        assertEquals(500 * 8760 * 2.0, r.kpis().horizon().rental(), 1e-6);
        // $/Mtok in January: the pool's fee shared by the one service that ran on it
        assertEquals(744_000 * 1e6 / (TOKENS_PER_DAY * 31), PeriodSummary.of(t, 0, 1, "Jan").usdPerMillionTokens(),
                1e-9);
    }

    @Test
    void onDemandFeesAreTheGpuHoursUsed() {
        // January: 3.1e11 tokens at 399.880 tokens/s per GPU = 215,342 GPU-hours rented at $3 ($2.08/Mtok against a
        // price of $1: served only because the service is kept at a loss)
        Plan p = plan.withPartners(List.of(ReferencePlan.contract("od", ContractKind.ON_DEMAND, 5000, 3.0)))
                .withServices(List.of(plan.services().get(0).withServeAtLoss(true)));
        Totals t = Engine.simulate(p).totals();
        double hours = TOKENS_PER_DAY * 31 / (TOKENS_PER_GPU_SECOND * 3600);
        assertEquals(hours * 3.0, t.rentalOnDemand().get(0), 1e-6);
        assertEquals(0, t.rentalCommitted().total(), 1e-9);
        assertEquals(hours * 3.0 * 1e6 / (TOKENS_PER_DAY * 31), PeriodSummary.of(t, 0, 1, "Jan").usdPerMillionTokens(),
                1e-9);
    }

    @Test
    void gpusRetiredBeforeTheirBookLifeAreDepreciatedOverTheTimeTheyServe() {
        // economic life 9 months: in service March–November, $10M / 9 a month, nothing left to write off in December
        Plan p = plan.withAssumptions(ReferencePlan.with(plan.assumptions(), "economicLifeYears", 9 / 12.0));
        Totals t = Engine.simulate(p).totals();
        double hall = 20e6 / 240;
        assertEquals(10e6 / 9 + hall, t.depreciation().get(10), 1e-6);
        assertEquals(hall, t.depreciation().get(DECEMBER), 1e-6);
        // the GPUs are depreciated exactly once in all: their price
        assertEquals(10e6 + 10 * hall, t.depreciation().total(), 1e-6);
    }

    @Test
    void paybackIsTheFirstMonthCumulativeCashStaysNonNegative() {
        // at $100 per million tokens: January and February −$10M each (the hall), March +$31M revenue − $10M GPUs
        // − electricity (≈ $42k) − operations ($66,667) ≈ +$20.9M: cumulative ≈ +$0.9M from March on
        SimulationResult r = Engine.simulate(withPrice(plan, 100.0, 0.0));
        Totals t = r.totals();
        double busy = TOKENS_PER_DAY * 31 / (TOKENS_PER_GPU_SECOND * 3600);
        double electricity = (busy * 1000 * 0.8 + (744_000 - busy) * 1000 * 0.2) / 1e6 * 1.5 * 100;
        double march = 31e6 - 10e6 - electricity - 400_000 * 2 / 12.0;
        assertEquals(march, t.cashFlow().get(MARCH), 1e-6);
        assertEquals(MARCH, r.kpis().paybackMonth()); // index from 0; shown as "month 3"
        assertEquals(YearMonth.of(2026, 3), r.kpis().paybackYearMonth());
        // at $1 it never pays back within the year
        assertNull(Engine.simulate(plan).kpis().paybackMonth());
    }

    @Test
    void npvUsesThePlansDiscountRateAndLeavesResidualValueOut() {
        Assumptions a = ReferencePlan.with(plan.assumptions(), "discountRate", 0.2);
        SimulationResult r = Engine.simulate(plan.withAssumptions(a));
        double npv = 0;
        for (int m = 0; m < 12; m++) {
            npv += r.totals().cashFlow().get(m) / Math.pow(1.2, (m + 1) / 12.0);
        }
        assertEquals(npv, r.kpis().npv(), 1e-6);
    }
}

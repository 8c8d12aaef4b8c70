package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tax, terminal value and TCO lines of docs/metrics.md on the reference plan (a $20M hall built January–February
 * 2026 and powered in March, 1,000 GPUs at $10,000 installed in March, 12 months), each switched on alone and worked
 * by hand.
 */
class FinanceLinesTest {
    private static final int MARCH = 2;
    private static final int APRIL = 3;
    private static final double MONTHLY = Math.pow(1.10, 1 / 12.0);
    private final Plan plan = withPrice(ReferencePlan.plan(1e10), 100.0);

    private static Plan withPrice(Plan p, double usdPerMtok) {
        InferenceService s = p.services().get(0);
        return p.withServices(List.of(new InferenceService(s.id(), s.name(), s.demand(), s.inputTokensPerRequest(),
                s.outputTokensPerRequest(), s.model(), s.latency(), usdPerMtok, 0.0, s.requiredCertifications(),
                s.priority(), s.source())));
    }

    private Plan with(String field, double value) {
        return plan.withAssumptions(ReferencePlan.with(plan.assumptions(), field, value));
    }

    private Plan with(String field, Enum<?> value) {
        return plan.withAssumptions(ReferencePlan.with(plan.assumptions(), field, value));
    }

    private static double ebitda(Totals t, int m) {
        return t.revenue(m) - t.electricityCost().get(m) - t.opex().get(m) - t.propertyTaxInsurance().get(m)
                - t.rentalCommitted().get(m) - t.rentalOnDemand().get(m);
    }

    @Test
    void incomeTaxIsTheRateOnEbitdaLessTaxDepreciation() {
        Plan taxed = with("taxRate", 0.21);
        Totals t = Engine.simulate(taxed).totals();
        // straight line: GPUs $10M over the 72-month book life, the hall $20M over 39 years, both from March
        double deduction = 10e6 / 72 + 20e6 / (39 * 12);
        assertEquals(deduction, t.taxDepreciation().get(MARCH), 1e-6);
        assertEquals(0.21 * (ebitda(t, MARCH) - deduction), t.incomeTax().get(MARCH), 1e-6);
        assertEquals(t.cashFlow().get(MARCH) - t.incomeTax().get(MARCH), t.freeCashFlow().get(MARCH), 1e-6);
        // MACRS 5-year: the first tax year deducts 20% of the GPUs, a twelfth of it a month
        Plan macrs = taxed.withAssumptions(ReferencePlan.with(taxed.assumptions(), "itTaxDepreciation",
                Assumptions.TaxDepreciation.MACRS_5_YEAR));
        assertEquals(10e6 * 0.20 / 12 + 20e6 / (39 * 12), Engine.simulate(macrs).totals().taxDepreciation().get(MARCH),
                1e-6);
        // the after-tax NPV is the NPV of the free cash flow; the pre-tax view discounts the pre-tax flow
        Kpis k = Engine.simulate(taxed).kpis();
        assertEquals(Finance.npv(t.freeCashFlow().toArray(), 0.10), k.npv(), 1e-6);
        assertEquals(Finance.npv(t.cashFlow().toArray(), 0.10), k.npvPreTax(), 1e-6);
        assertTrue(k.npv() < k.npvPreTax());
    }

    @Test
    void bookValueTerminalValueIsTheResidualBookValueAtTheHorizonsEnd() {
        SimulationResult r = Engine.simulate(with("terminalValue", Assumptions.TerminalValue.BOOK_VALUE));
        Kpis k = r.kpis();
        double residual = 10e6 * (1 - 10 / 72.0) + 20e6 * (1 - 10 / 240.0);
        assertEquals(residual, k.terminalValue(), 1e-6);
        // shown apart: NPV with it = NPV without it + its value discounted one year (12 months) at 10%
        assertEquals(k.npvExcludingTerminalValue() + residual / 1.10, k.npv(), 1e-6);
        assertEquals(Assumptions.TerminalValue.BOOK_VALUE, k.terminalValueMethod());
        assertEquals(0.0, Engine.simulate(plan).kpis().terminalValue());
    }

    @Test
    void perpetuityTerminalValueIsTheLastYearsCashGrowingForEver() {
        Plan p = with("terminalValue", Assumptions.TerminalValue.PERPETUITY);
        p = p.withAssumptions(ReferencePlan.with(p.assumptions(), "terminalGrowthPerYear", 0.02));
        SimulationResult r = Engine.simulate(p);
        double lastYear = r.totals().freeCashFlow().total();
        assertEquals(lastYear * 1.02 / (0.10 - 0.02), r.kpis().terminalValue(), 1e-3);
    }

    @Test
    void economicTerminalValueIsWhatTheGpusStillInLifeEarnToTheirEnd() {
        SimulationResult r = Engine.simulate(with("terminalValue", Assumptions.TerminalValue.ECONOMIC_VALUE));
        Totals t = r.totals();
        // in service March 2026 for 72 months: 62 months left after December; each earns the year's operating cash
        // per GPU-month (owned revenue − electricity − operations; no tax, no trends in the reference plan)
        double operating = t.revenueInference().total() - t.electricityCost().total() - t.opex().total();
        double perGpuMonth = operating / t.gpusOwned().total();
        double value = 0;
        for (int j = 1; j <= 62; j++) {
            value += 1000 * perGpuMonth / Math.pow(MONTHLY, j);
        }
        double hall = 20e6 * (1 - 10 / 240.0);
        assertEquals(value + hall, r.kpis().terminalValue(), 1e-3);
    }

    @Test
    void economicLifeCountsFromInstallOrFromPowerOnAsChosen() {
        // GPUs delivered in January into a hall powered in March, life 10 months: from install they serve March to
        // October; from power-on March to December
        Plan early = deliveredInJanuary(with("economicLifeYears", 10 / 12.0));
        Plan fromInstall = early.withAssumptions(ReferencePlan.with(early.assumptions(), "economicLifeFrom",
                Assumptions.LifeStart.INSTALL));
        assertEquals(1000, Engine.simulate(fromInstall).totals().gpusOwned().get(9), 1e-9);
        assertEquals(0, Engine.simulate(fromInstall).totals().gpusOwned().get(10), 1e-9);
        assertEquals(1000, Engine.simulate(early).totals().gpusOwned().get(11), 1e-9);
    }

    private static Plan deliveredInJanuary(Plan p) {
        Site s = p.sites().get(0);
        Hall h = s.halls().get(0);
        GpuPod d = h.gpuPods().get(0);
        Hall hall = new Hall(h.id(), h.name(), h.criticalItMw(), h.constructionStart(), h.buildMonths(),
                h.energization(), h.facilityCapexUsd(),
                List.of(new GpuPod(d.id(), d.skuId(), d.gpus(), YearMonth.of(2026, 1))));
        return p.withSites(List.of(new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(),
                s.certifications(), s.gridMw(), s.gridAvailable(), s.pue(), s.electricityUsdPerMwh(),
                s.electricityEscalationPerYear(), s.facilityCostUsdPerMw(), List.of(hall), s.source())));
    }

    @Test
    void networkingStorageSparesAndSoftCostsAreCapex() {
        Totals t = Engine.simulate(with("itCapexExtraShare", 0.12)).totals();
        assertEquals(10e6 * 1.12, t.capexIt().get(MARCH), 1e-6);
        Totals h = Engine.simulate(with("facilitySoftCostShare", 0.15)).totals();
        assertEquals(20e6 * 1.15 / 2, h.capexFacility().get(0), 1e-6);
        assertEquals(20e6 * 1.15 / 240 + 10e6 / 72, h.depreciation().get(MARCH), 1e-6);
    }

    @Test
    void propertyTaxAndInsuranceAreAShareOfBookValue() {
        Totals t = Engine.simulate(with("propertyTaxInsurancePerYear", 0.01)).totals();
        // March opens with the $20M hall and the $10M GPUs on the books
        assertEquals(30e6 * 0.01 / 12, t.propertyTaxInsurance().get(MARCH), 1e-6);
        assertEquals(t.depreciation().get(MARCH) + t.electricityCost().get(MARCH) + t.opex().get(MARCH)
                + t.propertyTaxInsurance().get(MARCH), t.totalCost().get(MARCH), 1e-6);
    }

    @Test
    void newPodsServeAtHalfCapacityWhileCommissioningAndFailedGpusNotAtAll() {
        Totals t = Engine.simulate(with("commissioningMonths", 1)).totals();
        assertEquals(1000 * 744 * 0.5, t.gpuHoursOwned().get(MARCH), 1e-6);
        assertEquals(1000 * 720.0, t.gpuHoursOwned().get(APRIL), 1e-6);
        // 9% fail a year, each out 3 days: available share 1 − 0.09 × 3 / 365
        Plan failing = with("gpuAnnualFailureRate", 0.09);
        failing = failing.withAssumptions(ReferencePlan.with(failing.assumptions(), "gpuRepairDays", 3));
        assertEquals(1000 * 720.0 * (1 - 0.09 * 3 / 365), Engine.simulate(failing).totals().gpuHoursOwned().get(APRIL),
                1e-6);
        // the GPUs are still owned, counted and paid for
        assertEquals(1000, Engine.simulate(failing).totals().gpusOwned().get(APRIL));
    }

    @Test
    void receivablesDelayCashByTheirDays() {
        Totals t = Engine.simulate(with("receivablesDays", 30)).totals();
        double march = t.revenue(MARCH) * 30 / 31.0;
        double april = t.revenue(APRIL) * 30 / 30.0;
        assertEquals(march, t.receivablesChange().get(MARCH), 1e-6);
        assertEquals(april - march, t.receivablesChange().get(APRIL), 1e-6);
        assertEquals(ebitda(t, MARCH) - t.capex(MARCH) - march, t.cashFlow().get(MARCH), 1e-6);
    }

    @Test
    void lowerTrainingMfuNeverRaisesNpv() {
        Plan p = plan.withTrainingRuns(List.of(ReferencePlan.training("run", 1e23, 100, YearMonth.of(2026, 12))));
        double previous = Double.NEGATIVE_INFINITY;
        for (double mfu : new double[]{0.1, 0.2, 0.4, 0.6}) {
            double npv = Engine.simulate(p.withAssumptions(ReferencePlan.with(p.assumptions(), "trainingMfu", mfu)))
                    .kpis().npv();
            assertTrue(npv >= previous, "MFU " + mfu + ": " + npv + " < " + previous);
            previous = npv;
        }
    }
}

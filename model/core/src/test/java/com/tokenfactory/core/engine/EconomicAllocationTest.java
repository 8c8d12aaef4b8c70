package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.ContractResult;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The allocator's economics: it serves only where a token's marginal cost does not exceed its price (unless told to
 * keep the customer at a loss), uses take-or-pay capacity in full, and never runs more GPUs than power can feed.
 * <p>
 * The reference plan by hand: its service runs at 399.8799 tokens/s per GPU (one prompt and one output token per
 * 5.0015 ms step, ReferencePlanTest), 1,439,568 tokens per GPU-hour, at $1 per million tokens: a GPU-hour of its
 * tokens earns $1.4396. A busy reference GPU draws 0.8 × 1,000 W against
 * 0.2 × 1,000 W idle, × PUE 1.5 = 0.9 kWh more per hour, at $100/MWh $0.09 per GPU-hour.
 */
class EconomicAllocationTest {
    private static final double TOKENS_PER_GPU_HOUR = ReferencePlanTest.TOKENS_PER_GPU_SECOND * 3600;
    private static final double FLEET_PER_DAY = TOKENS_PER_GPU_HOUR * 24 * 1000;
    private static final int MARCH = 2;
    private static final double MARCH_HOURS = 744;

    private static ContractResult contract(SimulationResult r, String id) {
        return r.contracts().stream().filter(c -> c.contractId().equals(id)).findFirst().orElseThrow();
    }

    private static Plan withService(Plan p, InferenceService s) {
        return p.withServices(List.of(s));
    }

    private static InferenceService priced(InferenceService s, double usdPerMillionTokens) {
        return new InferenceService(s.id(), s.name(), s.demand(), s.inputTokensPerRequest(), s.outputTokensPerRequest(),
                s.model(), s.latency(), usdPerMillionTokens, s.priceDeclinePerYear(), s.requiredCertifications(),
                s.priority(), s.source()).withServeAtLoss(s.serveAtLoss());
    }

    private static List<ValidationIssue> issues(SimulationResult r, IssueKind kind) {
        return r.issues().stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void rentalWhoseFeePerTokenExceedsThePriceIsNotServedUnlessAsked() {
        // three fleets' worth of demand: owned (from March) and the $1.00 rental ($0.69/Mtok) serve; the $2.00
        // rental ($1.39/Mtok against $1.00) would lose $0.56 per GPU-hour and is left alone
        Plan p = ReferencePlan.plan(3 * FLEET_PER_DAY).withPartners(List.of(
                ReferencePlan.contract("cheap", ContractKind.ON_DEMAND, 1000, 1.0),
                ReferencePlan.contract("dear", ContractKind.ON_DEMAND, 1000, 2.0)));
        SimulationResult r = Engine.simulate(p);
        assertEquals(1000 * MARCH_HOURS, contract(r, "cheap").busyGpuHours().get(MARCH), 1e-6);
        assertEquals(0.0, contract(r, "dear").busyGpuHours().total());
        assertEquals(0.0, contract(r, "dear").fees().total());
        ValidationIssue unserved = issues(r, IssueKind.UNSERVED_DEMAND).get(0);
        assertTrue(unserved.message().contains("costs more per token than the price"), unserved.message());

        // kept at a loss on purpose: the dear rental serves the third fleet and the plan is worse off by its loss
        Plan keep = withService(p, p.services().get(0).withServeAtLoss(true));
        SimulationResult kept = Engine.simulate(keep);
        double dearHours = contract(kept, "dear").busyGpuHours().total();
        assertTrue(dearHours > 0);
        assertEquals(dearHours * 2.0, contract(kept, "dear").fees().total(), 1e-6);
        double loss = dearHours * (2.0 - TOKENS_PER_GPU_HOUR / 1e6);
        double cashDifference = r.totals().cashFlow().total() - kept.totals().cashFlow().total();
        assertEquals(loss, cashDifference, 1e-6 * loss);
        assertTrue(kept.kpis().npv() < r.kpis().npv());
    }

    @Test
    void rentalAtThePriceIsServedAndJustAboveItIsNot() {
        Plan base = ReferencePlan.plan(2 * FLEET_PER_DAY);
        // the fee at which a GPU-hour's tokens earn exactly $1 per million: $1.4338
        double breakEven = Engine.simulate(base).throughput().get(0).tokensPerSecondPerGpu() * 3600 / 1e6;
        Plan at = base.withPartners(List.of(ReferencePlan.contract("od", ContractKind.ON_DEMAND, 1000, breakEven)));
        Plan above = base.withPartners(List.of(
                ReferencePlan.contract("od", ContractKind.ON_DEMAND, 1000, breakEven * (1 + 1e-9))));
        assertEquals(1000 * MARCH_HOURS, contract(Engine.simulate(at), "od").busyGpuHours().get(MARCH), 1e-6);
        assertEquals(0.0, contract(Engine.simulate(above), "od").busyGpuHours().total());
    }

    @Test
    void ownedCapacityStaysIdleWhenItsElectricityCostsMoreThanThePrice() {
        // $0.09 of extra electricity per GPU-hour: break-even at $0.0625 per million tokens
        Plan p = ReferencePlan.plan(0.5 * FLEET_PER_DAY);
        InferenceService s = p.services().get(0);
        SimulationResult below = Engine.simulate(withService(p, priced(s, 0.06)));
        SimulationResult above = Engine.simulate(withService(p, priced(s, 0.07)));
        assertEquals(0.0, below.totals().gpuHoursOwnedBusy().total());
        assertEquals(500 * MARCH_HOURS, above.totals().gpuHoursOwnedBusy().get(MARCH), 0.5);
        SimulationResult kept = Engine.simulate(withService(p, priced(s, 0.06).withServeAtLoss(true)));
        assertEquals(500 * MARCH_HOURS, kept.totals().gpuHoursOwnedBusy().get(MARCH), 0.5);
    }

    @Test
    void committedCapacityServesEvenWhenItsFeeExceedsThePrice() {
        // the take-or-pay fee is owed whether the GPUs serve or not: serving adds revenue and no cost
        Plan p = ReferencePlan.plan(0.5 * FLEET_PER_DAY).withPartners(List.of(
                ReferencePlan.contract("commit", ContractKind.COMMITTED, 1000, 5.0)));
        SimulationResult r = Engine.simulate(p);
        assertEquals(500 * 744, contract(r, "commit").busyGpuHours().get(0), 0.5);
    }

    @Test
    void takeOrPayCapacityServesInFullWhileOwnedCapacityKeepsItsHeadroom() {
        Plan base = ReferencePlan.plan(3 * FLEET_PER_DAY).withPartners(List.of(
                ReferencePlan.contract("commit", ContractKind.COMMITTED, 1000, 1.0)));
        Plan p = base.withAssumptions(ReferencePlan.with(base.assumptions(), "planningHeadroom", 0.2));
        SimulationResult r = Engine.simulate(p);
        ContractResult commit = contract(r, "commit");
        for (int m : new int[]{0, MARCH, 11}) {
            assertEquals(commit.availableGpuHours().get(m), commit.busyGpuHours().get(m), 1e-6, "month " + m);
        }
        assertEquals(0.8 * 1000 * MARCH_HOURS, r.totals().gpuHoursOwnedBusy().get(MARCH), 1e-6);
    }

    /** The reference plan with its one hall given {@code hallMw} of critical IT power and its site {@code gridMw}. */
    private static Plan powered(double tokensPerDay, double hallMw, double gridMw) {
        Plan p = ReferencePlan.plan(tokensPerDay);
        Site s = p.sites().get(0);
        Hall h = s.halls().get(0);
        Hall hall = new Hall(h.id(), h.name(), hallMw, h.constructionStart(), h.buildMonths(), h.energization(),
                h.facilityCapexUsd(), h.gpuPods());
        Site site = new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(), gridMw,
                s.gridAvailable(), s.pue(), s.electricityUsdPerMwh(), s.electricityEscalationPerYear(),
                s.facilityCostUsdPerMw(), List.of(hall), s.source());
        return p.withSites(List.of(site));
    }

    @Test
    void aHallOverItsPowerServesOnlyWithTheGpusItsPowerFeeds() {
        // 1,000 GPUs × 1,000 W in a 0.5 MW hall: 500 GPUs can run
        SimulationResult r = Engine.simulate(powered(10 * FLEET_PER_DAY, 0.5, 10));
        assertEquals(500 * MARCH_HOURS, r.totals().gpuHoursOwnedBusy().get(MARCH), 1e-6);
        assertEquals(500 * MARCH_HOURS * TOKENS_PER_GPU_HOUR, r.totals().tokensServed().get(MARCH),
                1e-6 * r.totals().tokensServed().get(MARCH));
        // the dark 500 draw nothing: 500 × 744 h × 0.8 kW × PUE 1.5 = 446.4 MWh, 0.6 MW at the meter
        assertEquals(446.4, r.sites().get(0).facilityMwh().get(MARCH), 1e-9);
        assertEquals(0.6, r.kpis().peakFacilityMw(), 1e-9);
        // still installed, still bought, and the plan keeps its error
        assertEquals(1000, r.sites().get(0).gpusOnline().get(MARCH), 0);
        List<ValidationIssue> over = issues(r, IssueKind.DEPLOYMENT_OVER_POWER);
        assertEquals(1, over.size());
        assertTrue(over.get(0).message().endsWith("only the 50% of the hall's GPUs that power feeds run."),
                over.get(0).message());
    }

    @Test
    void aSiteOverItsGridServesOnlyWhatTheGridFeeds() {
        // a 2 MW hall on a 0.9 MW grid at PUE 1.5: 0.6 MW of IT power, 600 GPUs
        SimulationResult r = Engine.simulate(powered(10 * FLEET_PER_DAY, 2.0, 0.9));
        assertEquals(600 * MARCH_HOURS, r.totals().gpuHoursOwnedBusy().get(MARCH), 1e-6);
        assertTrue(r.kpis().peakFacilityMw() <= 0.9 + 1e-9, "peak " + r.kpis().peakFacilityMw());
        assertEquals(1, issues(r, IssueKind.SITE_OVER_GRID).size());
    }

    @Test
    void theHallPoweredFirstIsFedFirst() {
        // two 1 MW halls of 1,000 GPUs each on a 1.2 MW grid (PUE 1.5 → 0.8 MW IT): the first hall, powered in
        // March, gets its 800 kW; the second, powered in June, gets nothing while the first runs
        Plan p = ReferencePlan.plan(10 * FLEET_PER_DAY);
        Site s = p.sites().get(0);
        Hall first = new Hall("h1", "Hall 1", 1.0, ReferencePlan.START, 2, null, null,
                List.of(new GpuPod("pod-1", "REF", 1000, YearMonth.of(2026, 3))));
        Hall second = new Hall("h2", "Hall 2", 1.0, ReferencePlan.START, 5, null, null,
                List.of(new GpuPod("pod-2", "REF", 1000, YearMonth.of(2026, 3))));
        Site site = new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(), 1.2,
                s.gridAvailable(), s.pue(), s.electricityUsdPerMwh(), s.electricityEscalationPerYear(),
                s.facilityCostUsdPerMw(), List.of(second, first), s.source());
        SimulationResult r = Engine.simulate(p.withSites(List.of(site)));
        int july = 6;
        assertEquals(800 * 744, r.totals().gpuHoursOwnedBusy().get(MARCH), 1e-6);
        assertEquals(800 * 744, r.totals().gpuHoursOwnedBusy().get(july), 1e-6);
        assertEquals(2000, r.sites().get(0).gpusOnline().get(july), 0);
    }
}

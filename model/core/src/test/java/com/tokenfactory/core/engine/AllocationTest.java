package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ContractResult;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.TrainingResult;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allocation rules: certification gating, owned and committed before on demand, priority, training backfill. */
class AllocationTest {
    // the reference service serves 398.287 tokens/s per GPU: 1,000 GPUs in a 31-day month ≈ 1.07e12 tokens
    private static final double CAPACITY_PER_DAY = 398.2873 * 86_400 * 1000;

    private static InferenceService service(String id, double perDay, int priority, String... certs) {
        InferenceService s = ReferencePlan.service(perDay);
        return new InferenceService(id, "Service " + id, s.demand(), s.inputTokensPerRequest(),
                s.outputTokensPerRequest(), s.model(), s.latency(), s.priceUsdPerMillionTokens(), s.priceDeclinePerYear(),
                new TreeSet<>(List.of(certs)), priority, null);
    }

    private static boolean has(SimulationResult r, IssueKind kind, String element) {
        return r.issues().stream().anyMatch(i -> i.kind() == kind && i.elementId().equals(element));
    }

    @Test
    void aWorkloadRunsOnlyOnCapacityHoldingItsCertifications() {
        // kept at a loss: the certified partner's $9 per GPU-hour is $6.28 per million tokens against a $1 price
        Plan p = ReferencePlan.plan(1e9)
                .withServices(List.of(service("gov", 1e10, 1, "FedRAMP High").withServeAtLoss(true)))
                .withPartners(List.of(ReferencePlan.contract("plain", ContractKind.ON_DEMAND, 5000, 0.5),
                        ReferencePlan.contract("fed", ContractKind.ON_DEMAND, 5000, 9.0, "FedRAMP High")));
        SimulationResult r = Engine.simulate(p);
        // the owned site and the cheaper partner lack FedRAMP: everything runs on the expensive certified partner
        assertEquals(1e10 * 365, r.services().get(0).tokensServed().total(), 1);
        assertEquals(r.services().get(0).tokensServed().total(), r.services().get(0).tokensServedRented().total(), 1);
        ContractResult plain = r.contracts().stream().filter(c -> c.contractId().equals("plain")).findFirst().orElseThrow();
        assertEquals(0.0, plain.busyGpuHours().total());
        assertEquals(0.0, plain.fees().total());
        assertEquals(0.0, r.totals().gpuHoursOwnedBusy().total());
    }

    @Test
    void withoutCertifiedCapacityDemandIsUnservedAndReported() {
        Plan p = ReferencePlan.plan(1e9).withServices(List.of(service("gov", 1e10, 1, "FedRAMP High")));
        SimulationResult r = Engine.simulate(p);
        assertEquals(0.0, r.totals().tokensServed().total());
        assertTrue(has(r, IssueKind.NO_CERTIFIED_CAPACITY, "gov"));
        assertTrue(has(r, IssueKind.UNSERVED_DEMAND, "gov"));
    }

    @Test
    void ownedAndCommittedCapacityIsUsedBeforeOnDemandRental() {
        Plan p = ReferencePlan.plan(1e9).withServices(List.of(service("s", 3 * CAPACITY_PER_DAY, 1)))
                .withPartners(List.of(ReferencePlan.contract("od", ContractKind.ON_DEMAND, 1000, 1.0),
                        ReferencePlan.contract("commit", ContractKind.COMMITTED, 1000, 3.0)));
        SimulationResult r = Engine.simulate(p);
        int march = 2;
        ContractResult od = r.contracts().get(0);
        ContractResult commit = r.contracts().get(1);
        // demand is three fleets' worth: owned and committed are full, on demand takes the rest
        assertEquals(r.totals().gpuHoursOwned().get(march), r.totals().gpuHoursOwnedBusy().get(march), 1e-6);
        assertEquals(commit.availableGpuHours().get(march), commit.busyGpuHours().get(march), 1e-6);
        assertTrue(od.busyGpuHours().get(march) > 0);
        // committed capacity is paid in full; on demand only for the hours used
        assertEquals(1000 * 744 * 3.0, commit.fees().get(march), 1e-6);
        assertEquals(od.busyGpuHours().get(march) * 1.0, od.fees().get(march), 1e-6);
        // January: no owned capacity yet, committed first, on demand after
        assertEquals(commit.availableGpuHours().get(0), commit.busyGpuHours().get(0), 1e-6);
    }

    @Test
    void higherPriorityIsServedFirst() {
        Plan p = ReferencePlan.plan(1e9).withServices(List.of(service("low", CAPACITY_PER_DAY, 2),
                service("high", 0.8 * CAPACITY_PER_DAY, 1)));
        SimulationResult r = Engine.simulate(p);
        int march = 2;
        assertEquals(r.services().get(1).tokensDemanded().get(march), r.services().get(1).tokensServed().get(march), 1);
        assertTrue(r.services().get(0).tokensUnserved(march) > 0.7 * r.services().get(0).tokensDemanded().get(march));
    }

    @Test
    void planningHeadroomKeepsInferenceBelowItsShareOfOwnedCapacity() {
        Plan base = ReferencePlan.plan(10 * CAPACITY_PER_DAY);
        var a = base.assumptions();
        Plan p = base.withAssumptions(new com.tokenfactory.core.plan.Assumptions(a.discountRate(), a.bookLifeYears(),
                a.economicLifeYears(), a.facilityLifeYears(), a.opexUsdPerMwYear(), 0, 0, 0.3, 0.5, 0.25,
                a.trainingMfu(), a.idlePowerFraction(), a.computeBoundPowerFraction(), a.memoryBoundPowerFraction(),
                a.usableHbmFraction(), a.maxDecodeBatch(), a.computeEfficiency(), a.memoryEfficiency(),
                a.stepOverheadMs()));
        SimulationResult r = Engine.simulate(p);
        assertEquals(0.75, r.totals().gpuHoursOwnedBusy().get(5) / r.totals().gpuHoursOwned().get(5), 1e-9);
    }

    @Test
    void trainingBackfillsIdleCapacityAndFinishesWhenItsComputeIsDone() {
        // idle capacity from March: ~1,000 GPUs minus a little inference; 1e23 FLOP at 1e15 × 0.4 FLOP/s per GPU
        // needs 1e23 / (4e14 × 3,600) = 69,444 GPU-hours ≈ three days of the fleet
        Plan p = ReferencePlan.plan(1e9).withTrainingRuns(List.of(
                ReferencePlan.training("small", 1e23, 500, YearMonth.of(2026, 6))));
        SimulationResult r = Engine.simulate(p);
        TrainingResult t = r.training().get(0);
        assertEquals(YearMonth.of(2026, 3), t.completedIn());
        assertEquals(0, t.monthsLate());
        assertEquals(1e23 / (1e15 * 0.4 * 3600), t.gpuHours().total(), 1e-6);
        assertEquals(t.gpuHours().total() * 2.0, r.totals().revenueTraining().total(), 1e-6);
    }

    @Test
    void aRunLargerThanAnyClusterNeverStartsAndIsReported() {
        Plan p = ReferencePlan.plan(1e9).withTrainingRuns(List.of(
                ReferencePlan.training("big", 1e23, 2000, YearMonth.of(2026, 6))));
        SimulationResult r = Engine.simulate(p);
        TrainingResult t = r.training().get(0);
        assertNull(t.completedIn());
        assertEquals(0.0, t.fractionDone());
        assertTrue(has(r, IssueKind.NO_CLUSTER_LARGE_ENOUGH, "big"));
        assertTrue(has(r, IssueKind.TRAINING_LATE, "big"));
        assertEquals(1, r.kpis().lateTrainingRuns());
    }

    @Test
    void aRunThatMissesItsDeadlineIsLateByTheMonthsItOverruns() {
        // 1e25 FLOP needs ~6.9M GPU-hours: ~9 months of the 1,000-GPU fleet from March
        Plan p = ReferencePlan.plan(1e9).withTrainingRuns(List.of(
                ReferencePlan.training("late", 6e24, 500, YearMonth.of(2026, 6))));
        SimulationResult r = Engine.simulate(p);
        TrainingResult t = r.training().get(0);
        assertTrue(t.completedIn() != null && t.completedIn().isAfter(YearMonth.of(2026, 6)), "" + t.completedIn());
        assertTrue(t.monthsLate() > 0);
        assertTrue(has(r, IssueKind.TRAINING_LATE, "late"));
    }
}

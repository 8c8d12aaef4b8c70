package com.tokenfactory.core.engine;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plan problems come back as issues on the element concerned — never as exceptions. */
class PlanProblemsTest {
    private static final Plan BASE = ReferencePlan.plan(1e9);

    private static Plan withHall(double mw, YearMonth gridAvailable, List<GpuPod> pods) {
        Site s = BASE.sites().get(0);
        Hall h = s.halls().get(0);
        return BASE.withSites(List.of(new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(),
                s.certifications(), s.gridMw(), gridAvailable, s.pue(), s.electricityUsdPerMwh(),
                s.electricityEscalationPerYear(), s.facilityCostUsdPerMw(),
                List.of(new Hall(h.id(), h.name(), mw, h.constructionStart(), h.buildMonths(), null, null, pods)), null)));
    }

    private static List<ValidationIssue> issues(Plan p, IssueKind kind) {
        SimulationResult r = Engine.simulate(p);
        return r.issues().stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void theReferencePlansOnlyProblemIsDemandBeforeItsHallPowersOn() {
        List<ValidationIssue> all = Engine.simulate(BASE).issues();
        assertEquals(1, all.size(), all.toString());
        assertEquals(IssueKind.UNSERVED_DEMAND, all.get(0).kind());
        assertTrue(all.get(0).message().contains("in 2 months from 2026-01"), all.get(0).message());
    }

    @Test
    void aPodDrawingMoreThanItsHallIsAnErrorOnThatPod() {
        // 1,000 GPUs × 1,000 W = 1 MW fits a 2 MW hall; a second pod of 1,500 GPUs brings it to 2.5 MW
        Plan p = withHall(2.0, YearMonth.of(2025, 1), List.of(new GpuPod("a", "REF", 1000, YearMonth.of(2026, 3)),
                new GpuPod("b", "REF", 1500, YearMonth.of(2026, 6))));
        List<ValidationIssue> found = issues(p, IssueKind.DEPLOYMENT_OVER_POWER);
        assertEquals(1, found.size());
        assertEquals("b", found.get(0).elementId());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).message().contains("2.5 MW"), found.get(0).message());
    }

    @Test
    void messagesWriteNumbersTheSameWayWhateverTheDefaultLocale() {
        Plan p = withHall(2.0, YearMonth.of(2025, 1), List.of(new GpuPod("a", "REF", 1000, YearMonth.of(2026, 3)),
                new GpuPod("b", "REF", 1500, YearMonth.of(2026, 6))));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String message = issues(p, IssueKind.DEPLOYMENT_OVER_POWER).get(0).message();
            assertTrue(message.contains("2.5 MW"), message);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aWorkloadInAPlanWithNoCapacityAtAllIsToldSoNotThatItNeedsCertifications() {
        Plan empty = BASE.withSites(List.of());
        String message = issues(empty, IssueKind.NO_CERTIFIED_CAPACITY).get(0).message();
        assertEquals("Reference service has nothing to run on: the plan has no halls and no partner contracts.", message);
    }

    @Test
    void aModelTooLargeForASkuSaysHowMuchMemoryWasUsable() {
        // 100 GB of weights (100B parameters in FP8) do not fit 8 pipelined GPUs of 10 GB usable (10% of 100 GB)
        Plan p = BASE.withAssumptions(ReferencePlan.with(BASE.assumptions(), "usableHbmFraction", 0.1));
        Plan tooSmall = p.withServices(List.of(bigger(p.services().get(0))));
        String message = issues(tooSmall, IssueKind.MODEL_DOES_NOT_FIT_SKU).get(0).message();
        assertTrue(message.contains("8 pipelined Reference GPU scale-up domains (each 1 × 100 GB, of which 10 GB usable "
                + "for weights and KV cache)"), message);
    }

    @Test
    void aMissedTimeToFirstTokenIsAWarningWithTheFigures() {
        // interactive: 5.0 ms steps meet 40 ms per token, but a batch of one carries its 100-token prompt over 100
        // steps (one prompt token per step, ReferencePlanTest): 500 ms to the first token, above 450 ms
        InferenceService s = BASE.services().get(0);
        InferenceService interactive = new InferenceService(s.id(), s.name(), s.demand(), s.inputTokensPerRequest(),
                s.outputTokensPerRequest(), s.model(), LatencyClass.INTERACTIVE, s.priceUsdPerMillionTokens(),
                s.priceDeclinePerYear(), s.requiredCertifications(), s.priority(), s.source());
        List<ValidationIssue> found = issues(BASE.withServices(List.of(interactive)), IssueKind.LATENCY_TARGET_MISSED);
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("the first token takes 500 ms (100-token prompts), above the "
                + "interactive target of 450 ms"), found.get(0).message());
    }

    private static InferenceService bigger(InferenceService s) {
        ModelShape m = s.model();
        ModelShape big = new ModelShape(m.name(), 100, 100, m.layers(), m.hiddenSize(), m.attentionHeads(), m.kvHeads(),
                m.contextTokens(), m.weightBytesPerParam(), m.kvBytesPerValue());
        return new InferenceService(s.id(), s.name(), s.demand(), s.inputTokensPerRequest(),
                s.outputTokensPerRequest(), big, s.latency(), s.priceUsdPerMillionTokens(), s.priceDeclinePerYear(),
                s.requiredCertifications(), s.priority(), s.source());
    }

    @Test
    void hallsBeyondTheGridConnectionAreAnErrorOnTheSite() {
        // 8 MW × PUE 1.5 = 12 MW at the meter, grid 10 MW
        Plan p = withHall(8.0, YearMonth.of(2025, 1), List.of(new GpuPod("a", "REF", 1000, YearMonth.of(2026, 3))));
        List<ValidationIssue> found = issues(p, IssueKind.SITE_OVER_GRID);
        assertEquals(List.of("site"), found.stream().map(ValidationIssue::elementId).toList());
    }

    @Test
    void aLateGridHoldsTheHallBackAndItsGpusWaitDark() {
        Plan p = withHall(2.0, YearMonth.of(2026, 6), List.of(new GpuPod("a", "REF", 1000, YearMonth.of(2026, 3))));
        assertEquals(List.of("hall"), issues(p, IssueKind.HALL_WAITS_FOR_GRID).stream().map(ValidationIssue::elementId).toList());
        List<ValidationIssue> dark = issues(p, IssueKind.GPUS_WAIT_FOR_POWER);
        assertEquals("a", dark.get(0).elementId());
        assertTrue(dark.get(0).message().contains("3 months"), dark.get(0).message());
        SimulationResult r = Engine.simulate(p);
        assertEquals(0.0, r.totals().gpusOwned().get(4));
        assertEquals(1000.0, r.totals().gpusOwned().get(5));
        assertEquals(10e6, r.totals().capexIt().get(2), 1e-6, "GPUs are paid when installed, dark or not");
    }

    @Test
    void aSkuInstalledBeforeItExistsIsAnError() {
        HardwareSku b200 = BuiltInCatalog.B200;
        Plan p = BASE.withCatalog(List.of(ReferencePlan.sku(), b200));
        p = p.withSites(List.of(new Site("site", "S", "R", 0, 0, new TreeSet<>(), 100, YearMonth.of(2020, 1), 1.2, 50, 0,
                1e7, List.of(new Hall("hall", "Hall", 20, YearMonth.of(2023, 1), 6, null, null,
                List.of(new GpuPod("early", b200.id(), 100, YearMonth.of(2024, 6))))), null)));
        List<ValidationIssue> found = issues(p.withTimeline(YearMonth.of(2024, 1), 24), IssueKind.SKU_NOT_YET_AVAILABLE);
        assertEquals("early", found.get(0).elementId());
        assertTrue(found.get(0).message().contains("2025-01"));
    }

    @Test
    void aContractThatCannotBeSignedInTimeIsAWarning() {
        PartnerCloud c = new PartnerCloud("c", "Rush", "Cloud", "REF", 100, 2, YearMonth.of(2026, 2), 12,
                ContractKind.COMMITTED, new TreeSet<>(), 6, null, null);
        List<ValidationIssue> found = issues(BASE.withPartners(List.of(c)), IssueKind.CONTRACT_LEAD_TIME);
        assertEquals("c", found.get(0).elementId());
        assertTrue(found.get(0).message().contains("2025-08"), found.get(0).message());
    }

    @Test
    void podsBeyondTheHorizonAreNotedAndNotSimulated() {
        Plan p = withHall(2.0, YearMonth.of(2025, 1), List.of(new GpuPod("a", "REF", 1000, YearMonth.of(2026, 3)),
                new GpuPod("later", "REF", 500, YearMonth.of(2027, 6))));
        assertFalse(issues(p, IssueKind.OUTSIDE_HORIZON).isEmpty());
        assertEquals(10e6, Engine.simulate(p).totals().capexIt().total(), 1e-6);
    }

    @Test
    void unknownScenarioIdsAreRefusedWithTheKnownOnes() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Engine.simulate(BASE, "nope"));
        assertTrue(e.getMessage().contains("no scenario 'nope'"));
        assertEquals(new ArrayList<>(), new ArrayList<>(BASE.scenarios()));
    }
}

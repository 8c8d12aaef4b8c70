package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.result.Bound;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.ThroughputEstimate;
import com.tokenfactory.core.result.ValidationIssue;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plausibility warnings on the reference plan: 398.287 tokens/s per GPU (ReferencePlanTest), so a GPU-hour serves
 * 1,433,834 tokens and earns $1.4338 per $/Mtok of price.
 */
class PlausibilityTest {
    private static InferenceService priced(double price, double peak) {
        InferenceService s = ReferencePlan.service(1e9);
        return new InferenceService(s.id(), s.name(), s.demand(), s.inputTokensPerRequest(), s.outputTokensPerRequest(),
                s.model(), s.latency(), s.priceDeclinePerYear(), s.requiredCertifications(), s.priority(), s.source(),
                false, price, price, peak);
    }

    private static Plan rentedAt2(InferenceService s) {
        return ReferencePlan.plan(1e9).withServices(List.of(s))
                .withPartners(List.of(ReferencePlan.contract("rent", ContractKind.ON_DEMAND, 100, 2.0)));
    }

    private static List<ValidationIssue> found(Plan plan, IssueKind kind) {
        return Engine.simulate(plan).issues().stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void revenueFarAboveWhatTheGpuRentsForIsFlaggedNamingServiceAndSku() {
        // $5/Mtok × 1,433,834 tokens = $7.17 per GPU-hour: 3.58× the $2.00 contract, above the 3× limit
        List<ValidationIssue> issues = found(rentedAt2(priced(5.0, 1.0)), IssueKind.REVENUE_ABOVE_RENT);
        assertEquals(1, issues.size());
        assertEquals("svc", issues.get(0).elementId());
        assertEquals("Reference service on Reference GPU would earn $7.17 per GPU-hour at the plan start, 3.6× the "
                + "$2.00 per GPU-hour that GPU rents for (the plan's contract Partner rent): check its prices ($5.00 in, "
                + "$5.00 out per Mtok), its throughput (398 tokens/s per GPU) and its daily peak (1.0× average).",
                issues.get(0).message());
    }

    @Test
    void revenueWithinThreeTimesTheRentOrSpreadOverADailyPeakIsNotFlagged() {
        // $4/Mtok: $5.74 per GPU-hour, 2.87× the rent
        assertTrue(found(rentedAt2(priced(4.0, 1.0)), IssueKind.REVENUE_ABOVE_RENT).isEmpty());
        // $5/Mtok with the peak at 2× the average: each held GPU-hour earns $7.17 ÷ 2 = $3.58, 1.79× the rent
        assertTrue(found(rentedAt2(priced(5.0, 2.0)), IssueKind.REVENUE_ABOVE_RENT).isEmpty());
    }

    @Test
    void withoutAContractTheCatalogsReferenceRateIsTheRent() {
        HardwareSku ref = ReferencePlan.sku();
        HardwareSku rented = new HardwareSku(ref.id(), ref.name(), ref.vendor(), ref.bf16Tflops(), ref.fp8Tflops(),
                ref.hbmGb(), ref.hbmTbps(), ref.gpuWatts(), ref.allInWattsPerGpu(), ref.priceUsdPerGpu(),
                ref.scaleUpGpus(), ref.firstAvailable(), ref.availabilitySource(), Sourced.of(1.0, "test figure"));
        Plan plan = ReferencePlan.plan(1e9).withServices(List.of(priced(5.0, 1.0))).withCatalog(List.of(rented));
        List<ValidationIssue> issues = found(plan, IssueKind.REVENUE_ABOVE_RENT);
        assertEquals(1, issues.size());
        assertTrue(issues.get(0).message().contains("7.2× the $1.00 per GPU-hour that GPU rents for (the catalog's "
                + "reference rate)"), issues.get(0).message());
        // with no rent known at all there is nothing to compare with
        assertTrue(found(ReferencePlan.plan(1e9).withServices(List.of(priced(500.0, 1.0))),
                IssueKind.REVENUE_ABOVE_RENT).isEmpty());
    }

    @Test
    void throughputAboveWhatThePeakAllowsIsFlagged() {
        // FP8 peak 2,000 TFLOP/s ÷ (2 × 10e9 active parameters) = 100,000 tokens/s per GPU at most
        Plan plan = ReferencePlan.plan(1e9);
        ThroughputEstimate tooFast = new ThroughputEstimate("svc", "REF", true, 1, 1, 1.0, Bound.COMPUTE, true, 0.01,
                0.003, 150_000, 0.8);
        List<ValidationIssue> issues = PlanValidator.validate(plan, Map.of("svc", Map.of("REF", tooFast))).stream()
                .filter(i -> i.kind() == IssueKind.THROUGHPUT_ABOVE_ROOFLINE).toList();
        assertEquals(1, issues.size());
        assertEquals("Reference service on Reference GPU is estimated at 150,000 tokens/s per GPU, above the 100,000 "
                + "tokens/s its 2,000 TFLOP/s peak allows for Ref-10B (2 FLOP per active parameter per token): check "
                + "the calibration and efficiencies.", issues.get(0).message());
        // the roofline's own estimate, 398 tokens/s, is well within it
        assertTrue(found(plan, IssueKind.THROUGHPUT_ABOVE_ROOFLINE).isEmpty());
    }
}

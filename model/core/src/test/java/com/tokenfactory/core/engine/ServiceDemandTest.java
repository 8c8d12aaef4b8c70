package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Daily peaks and separate input and output prices, on the reference plan (see ReferencePlanTest for its roofline):
 * 1,000 GPUs from March, no planning headroom, 399.880 tokens/s per GPU (one prompt and one output token per
 * 5.0015 ms step, ReferencePlanTest), 100 input and 100 output tokens a request.
 * March has 31 days, 744 hours: 744,000 GPU-hours.
 */
class ServiceDemandTest {
    private static final double STEP = ReferencePlanTest.STEP;
    private static final double PREFILL = ReferencePlanTest.PREFILL;
    private static final double TOKENS_PER_GPU_HOUR = 2 / STEP * 3600;
    private static final int MARCH = 2;

    private static InferenceService service(double tokensPerDay, double inputPrice, double outputPrice, double peak) {
        InferenceService s = ReferencePlan.service(tokensPerDay);
        return new InferenceService(s.id(), s.name(), s.demand(), s.inputTokensPerRequest(), s.outputTokensPerRequest(),
                s.model(), s.latency(), s.priceDeclinePerYear(), s.requiredCertifications(), s.priority(), s.source(),
                false, inputPrice, outputPrice, peak);
    }

    private static SimulationResult run(InferenceService s) {
        Plan p = ReferencePlan.plan(1e9);
        return Engine.simulate(p.withServices(List.of(s)));
    }

    @Test
    void capacityIsHeldForThePeakAndIdlesOffPeak() {
        // 1e10 tokens/day × 31 = 3.1e11 tokens; computing them takes 3.1e11 ÷ 1,439,568 = 215,344 GPU-h;
        // with the busiest hour at 2× the average, twice that is held, and half of what is held idles off-peak
        SimulationResult r = run(service(1e10, 1.0, 1.0, 2.0));
        double busy = 3.1e11 / TOKENS_PER_GPU_HOUR;
        ServiceResult s = r.services().get(0);
        Totals t = r.totals();
        assertEquals(3.1e11, s.tokensServed().get(MARCH), 1);
        assertEquals(2 * busy, s.gpuHours().get(MARCH), 1e-6);
        assertEquals(busy, s.gpuHoursHeldForPeak().get(MARCH), 1e-6);
        // utilization counts only the hours that compute; the GPUs needed include those held for the peak
        assertEquals(busy, t.gpuHoursOwnedBusy().get(MARCH), 1e-6);
        assertEquals(2 * busy / 744, t.gpusNeeded().get(MARCH), 1e-9);
        // held hours idle off-peak draw idle power, as idle GPUs would: the energy is that of the flat day
        SimulationResult flat = run(service(1e10, 1.0, 1.0, 1.0));
        assertEquals(flat.totals().electricityMwh().get(MARCH), t.electricityMwh().get(MARCH), 1e-6);
        // the service is charged the whole pool (it is the only workload) whatever its peak
        assertEquals(flat.services().get(0).attributedCost().get(MARCH), s.attributedCost().get(MARCH), 1e-6);
        assertEquals(busy, flat.services().get(0).gpuHours().get(MARCH), 1e-6);
        assertEquals(0.0, flat.services().get(0).gpuHoursHeldForPeak().get(MARCH));
    }

    @Test
    void whatThePeakCannotGetIsUnserved() {
        // 4e10 tokens/day at a 2× peak needs 2 × 1.24e12 ÷ 1,439,568 = 1,722,739 GPU-h held; 744,000 exist.
        // Each held GPU-hour serves half of 1,439,568 tokens: 744,000 × 719,784 = 5.3552e11 of 1.24e12 (43%)
        SimulationResult r = run(service(4e10, 1.0, 1.0, 2.0));
        ServiceResult s = r.services().get(0);
        assertEquals(744_000 * TOKENS_PER_GPU_HOUR / 2, s.tokensServed().get(MARCH), 1);
        assertEquals(0.43187, s.tokensServed().get(MARCH) / s.tokensDemanded().get(MARCH), 1e-5);
        assertEquals(372_000, r.totals().gpuHoursOwnedBusy().get(MARCH), 1e-6);
        assertEquals(0.5, r.totals().gpuHoursOwnedBusy().get(MARCH) / r.totals().gpuHoursOwned().get(MARCH), 1e-12);
        // the GPUs needed: all 1,000 held, plus the unserved 7.0448e11 tokens at 719,784 tokens per held GPU-hour
        double unserved = 1.24e12 - 744_000 * TOKENS_PER_GPU_HOUR / 2;
        assertEquals(1000 + unserved / (TOKENS_PER_GPU_HOUR / 2) / 744, r.totals().gpusNeeded().get(MARCH), 1e-6);
        assertTrue(r.issues().stream().anyMatch(i -> i.kind() == IssueKind.UNSERVED_DEMAND));
        // flat, the same fleet serves 744,000 × 1,439,568 = 1.0710e12
        SimulationResult flat = run(service(4e10, 1.0, 1.0, 1.0));
        assertEquals(744_000 * TOKENS_PER_GPU_HOUR, flat.services().get(0).tokensServed().get(MARCH), 1);
    }

    @Test
    void rentalHeldForAPeakMustPayForTheHoursItIdles() {
        // January: no owned GPUs yet, only 1,000 on-demand GPUs at $1/GPU-hour. At $1/Mtok a busy GPU-hour earns
        // $1.43, more than its fee: served. With a 2× peak a held GPU-hour earns $0.72 but costs the whole $1: the
        // allocator does not rent at a loss, so January's demand is unserved
        Plan plan = ReferencePlan.plan(1e9).withPartners(List.of(
                ReferencePlan.contract("od", com.tokenfactory.core.plan.ContractKind.ON_DEMAND, 1000, 1.0)));
        SimulationResult flat = Engine.simulate(plan.withServices(List.of(service(1e9, 1.0, 1.0, 1.0))));
        SimulationResult peaky = Engine.simulate(plan.withServices(List.of(service(1e9, 1.0, 1.0, 2.0))));
        assertEquals(3.1e10, flat.services().get(0).tokensServed().get(0), 1);
        assertEquals(0.0, peaky.services().get(0).tokensServed().get(0));
        // from March owned GPUs serve it: their extra electricity, (0.8 − 0.2) × 1 kW × PUE 1.5 × $100/MWh = $0.09
        // per busy hour, is drawn only in the half of each held hour that computes
        assertEquals(3.1e10, peaky.services().get(0).tokensServed().get(MARCH), 1);
    }

    @Test
    void inputAndOutputTokensEarnTheirOwnPrices() {
        // half of every request's tokens are input: 3.1e11 served = 1.55e11 input at $1 + 1.55e11 output at $3
        SimulationResult r = run(service(1e10, 1.0, 3.0, 1.0));
        ServiceResult s = r.services().get(0);
        assertEquals(1.55e11, s.inputTokensServed().get(MARCH), 1e-3);
        assertEquals(1.55e11, s.outputTokensServed().get(MARCH), 1e-3);
        assertEquals(155_000, s.revenueInput().get(MARCH), 1e-6);
        assertEquals(155_000 + 465_000, s.revenue().get(MARCH), 1e-6);
        // one price for both, as a migrated file has, earns what the old blended price did: 3.1e11 × $2
        SimulationResult blended = run(service(1e10, 2.0, 2.0, 1.0));
        assertEquals(620_000, blended.services().get(0).revenue().get(MARCH), 1e-6);
    }

    @Test
    void costIsSplitBetweenInputAndOutputTokensByPrefillAndDecodeTime() {
        // a request's GPU time: 100 × 2.0002e-5 s of prefill and 100 × 5.0015e-3 s of decode → prefill share 0.3983%
        SimulationResult r = run(service(1e10, 1.0, 3.0, 1.0));
        ServiceResult s = r.services().get(0);
        double share = 100 * PREFILL / (100 * PREFILL + 100 * STEP);
        assertEquals(0.0039833, share, 1e-7);
        double cost = s.attributedCost().total();
        assertEquals(cost * share, s.attributedCostInput().total(), 1e-6);
        double input = s.inputTokensServed().total();
        double output = s.outputTokensServed().total();
        assertEquals(cost * share * 1e6 / input, s.usdPerMillionInputTokens(), 1e-9);
        assertEquals(cost * (1 - share) * 1e6 / output, s.usdPerMillionOutputTokens(), 1e-9);
        // the two together are the blended figure: equal halves of the tokens, so its mean
        assertEquals(s.usdPerMillionTokens(), (s.usdPerMillionInputTokens() + s.usdPerMillionOutputTokens()) / 2, 1e-9);
        assertFalse(Double.isNaN(s.usdPerMillionInputTokens()));
    }

    @Test
    void theBlendedPriceFollowsTheRequestMix() {
        InferenceService s = ReferencePlan.service(1e9);
        InferenceService longPrompts = new InferenceService(s.id(), s.name(), s.demand(), 1500, 500, s.model(),
                s.latency(), null, s.requiredCertifications(), 1, null, false, 0.5, 2.0, 1.0);
        // 3/4 of the tokens are input: 0.75 × $0.50 + 0.25 × $2.00 = $0.875 per million tokens
        assertEquals(0.75, longPrompts.inputShare(), 1e-15);
        assertEquals(0.875, longPrompts.priceUsdPerMillionTokens(), 1e-15);
    }
}

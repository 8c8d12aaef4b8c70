package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.Bound;
import com.tokenfactory.core.result.Limit;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ThroughputEstimate;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference plan computed by hand. Every expected figure is derived below from the plan's inputs
 * (ReferencePlan), not read back from the engine.
 */
class ReferencePlanTest {
    private static final double TOKENS_PER_DAY = 1e10;
    private final Plan plan = ReferencePlan.plan(TOKENS_PER_DAY);
    private final SimulationResult r = Engine.simulate(plan);
    private final Totals t = r.totals();

    // --- roofline, by hand -----------------------------------------------------------------------------------
    // weights W = 10e9 params × 1 B = 10e9 B; FP8 peak 2,000 TFLOP/s × 0.5 = 1e15 FLOP/s; bandwidth 4e12 × 0.5 = 2e12 B/s
    // decode: ctx = min(10,000, 100 + 100/2) = 150 tokens; KV per token = 2 × 10 layers × 10 heads × 100 dim × 1 B = 20,000 B
    //   KV per sequence = 150 × 20,000 = 3e6 B; batch = 1 (maxDecodeBatch)
    // prefill per prompt token = (2 × 10e9 + 4 × 10 × 50 × 1,000) / 1e15 = 2.0002e-5 s
    // chunked prefill: a sequence lives 100 steps and brings 100 prompt tokens, so each step carries 1 × 100/100 = 1
    //   weights: 2 tokens, max(2 × 2 × 10e9 / 1e15, 10e9 / 2e12) = max(4e-5, 5e-3) = 5e-3 s
    //   decoders' attention: max(4 × 10 × 150 × 1,000 / 1e15, 3e6 / 2e12) = max(6e-9, 1.5e-6) = 1.5e-6 s
    //   prompt's attention (its own kernel, apart from the decoders'): 1 × 4 × 10 × 50 × 1,000 / 1e15 = 2e-9 s
    //   step = 5.001502e-3 s, memory-bound: compute 4.0008e-5 s < memory (10e9 + 3e6) / 2e12 = 5.0015e-3 s (one GPU:
    //   no communication; the plan sets no fixed overhead and no host time per sequence)
    // per step: 1 output token and 1 prompt token → 2 tokens per 5.001502 ms = 399.8799 tokens/s
    /** The reference service's step on the reference GPU, s; the other tests of the reference plan start from it. */
    static final double STEP = 10e9 / 2e12 + 3e6 / 2e12 + 4.0 * 10 * 50 * 1000 / 1e15;
    static final double PREFILL = (2 * 10e9 + 4.0 * 10 * 50 * 1000) / 1e15;
    static final double TOKENS_PER_GPU_SECOND = 2 / STEP;

    @Test
    void rooflineMatchesHandArithmetic() {
        ThroughputEstimate e = r.throughput().get(0);
        assertEquals(1, e.tensorParallel());
        assertEquals(1, e.decodeBatch());
        assertEquals(Bound.MEMORY, e.bound());
        assertEquals(STEP * 1000, e.stepMs(), 1e-9);
        assertEquals(PREFILL * 1000, e.prefillMsPerToken(), 1e-12);
        assertEquals(399.8799, e.tokensPerSecondPerGpu(), 1e-4);
        assertEquals(e.inputTokensPerSecondPerGpu(), e.outputTokensPerSecondPerGpu(), 1e-9);
        assertEquals(Limit.BATCH_LIMIT, e.limit());
        // a sequence's 100 prompt tokens ride on 100 steps of its batch of one: TTFT = 100 steps
        assertEquals(100 * STEP * 1000, e.ttftMs(), 1e-9);
        assertEquals(TOKENS_PER_GPU_SECOND, e.tokensPerSecondPerGpu(), 1e-9);
        assertEquals(0.003, e.kvCacheGbPerSequence(), 1e-12);
    }

    @Test
    void capexIsSpentWhenBuiltAndBought() {
        // hall: 2 MW × $10M = $20M over its two build months (Jan, Feb); GPUs: 1,000 × $10,000 at install (March)
        assertEquals(10e6, t.capexFacility().get(0), 1e-6);
        assertEquals(10e6, t.capexFacility().get(1), 1e-6);
        assertEquals(0, t.capexFacility().get(2), 1e-6);
        assertEquals(10e6, t.capexIt().get(2), 1e-6);
        assertEquals(30e6, r.kpis().horizon().capex(), 1e-6);
    }

    @Test
    void energyAndElectricityCostByHand() {
        // March: 744 h × 1,000 GPUs = 744,000 GPU-h available
        // served: 1e10 tokens/day × 31 days = 3.1e11 tokens → busy = 3.1e11 / (399.880 × 3,600) GPU-h
        double busy = 3.1e11 / (TOKENS_PER_GPU_SECOND * 3600);
        double idle = 744_000 - busy;
        // IT energy = busy × 1,000 W × 0.8 + idle × 1,000 W × 0.2; facility = IT × PUE 1.5; price $100/MWh
        double itMwh = (busy * 1000 * 0.8 + idle * 1000 * 0.2) / 1e6;
        assertEquals(busy, t.gpuHoursOwnedBusy().get(2), 1e-6);
        assertEquals(itMwh, t.itMwh().get(2), 1e-9);
        assertEquals(itMwh * 1.5, t.electricityMwh().get(2), 1e-9);
        assertEquals(itMwh * 1.5 * 100, t.electricityCost().get(2), 1e-6);
        // nothing draws power before the hall is powered
        assertEquals(0, t.electricityMwh().get(1));
    }

    @Test
    void revenueDepreciationOpexAndCashFlowByHand() {
        // revenue: 3.1e11 tokens × $1 per million = $310,000 in March; nothing served before
        assertEquals(310_000, t.revenueInference().get(2), 1e-6);
        assertEquals(0, t.revenueInference().get(1));
        assertEquals(0, t.tokensServed().get(1));
        // depreciation from March: GPUs $10M / 72 months + hall $20M / 240 months
        double depreciation = 10e6 / 72 + 20e6 / 240;
        assertEquals(depreciation, t.depreciation().get(2), 1e-6);
        // operations: $400,000 per MW-year × 2 MW / 12
        double opex = 400_000 * 2 / 12.0;
        assertEquals(opex, t.opex().get(2), 1e-6);
        // cash flow in March = revenue − electricity − opex − capex (GPUs)
        double electricity = t.electricityCost().get(2);
        assertEquals(310_000 - electricity - opex - 10e6, t.cashFlow().get(2), 1e-6);
        assertEquals(-10e6, t.cashFlow().get(0), 1e-6);
    }

    @Test
    void npvDiscountsEachMonthAtTheEndOfTheMonth() {
        // NPV = Σ CF_m / 1.1^((m + 1) / 12)
        double npv = 0;
        for (int m = 0; m < 12; m++) {
            npv += t.cashFlow().get(m) / Math.pow(1.10, (m + 1) / 12.0);
        }
        assertEquals(npv, r.kpis().npv(), 1e-6);
        // 12 months of this plan do not pay back $30M
        assertTrue(r.kpis().npv() < -25e6);
        assertEquals(null, r.kpis().paybackMonth());
    }

    @Test
    void residualBookValueIsWhatIsNotYetDepreciatedAtTheHorizonsEnd() {
        // GPUs: $10M, 10 of 72 months depreciated (March–December); hall: $20M, 10 of 240 months
        double residual = 10e6 * (1 - 10 / 72.0) + 20e6 * (1 - 10 / 240.0);
        assertEquals(residual, r.kpis().residualBookValue(), 1e-6);
        // GPUs are written down over the time they serve when that is shorter than the book life: economic life 20
        // months (March 2026 – October 2027) → 10 of 20 months depreciated at the horizon's end
        assertEquals(10e6 * (1 - 10 / 20.0) + 20e6 * (1 - 10 / 240.0),
                Engine.simulate(plan.withAssumptions(economicLifeMonths(20))).kpis().residualBookValue(), 1e-6);
        // retiring as the horizon ends (10 months: March–December): fully depreciated, only the hall is left
        assertEquals(20e6 * (1 - 10 / 240.0),
                Engine.simulate(plan.withAssumptions(economicLifeMonths(10))).kpis().residualBookValue(), 1e-6);
    }

    private Assumptions economicLifeMonths(int months) {
        return ReferencePlan.with(plan.assumptions(), "economicLifeYears", months / 12.0);
    }

    @Test
    void utilizationAndUnitCostsFollowTheirDefinitions() {
        // owned utilization over the year = busy GPU-h ÷ available GPU-h (Mar–Dec)
        double available = 1000 * 24.0 * (31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31);
        double busy = 0;
        for (int m = 2; m < 12; m++) {
            busy += plan.month(m).lengthOfMonth() * 1e10 / (TOKENS_PER_GPU_SECOND * 3600);
        }
        assertEquals(busy / available, r.kpis().horizon().utilizationOwned(), 1e-12);
        // $/Mtok fully loaded: the only service carries the whole cost of the plan (accounting cost and capital
        // charge; January–February the hall is being built and nothing runs, so its capital charge is idle cost that
        // falls to inference as well). Capital charge in March: book value at its start $20M hall + $10M GPUs
        // × (1.1^(1/12) − 1)
        double cost = t.ownedCost().total();
        double monthly = Math.pow(1.1, 1 / 12.0) - 1;
        assertEquals(30e6 * monthly, t.capitalCharge().get(2), 1e-6);
        // February: half the hall spent ($10M) is tied up
        assertEquals(10e6 * monthly, t.capitalCharge().get(1), 1e-6);
        double tokens = t.tokensServed().total();
        assertEquals((cost + t.capitalCharge().total()) * 1e6 / tokens, r.kpis().horizon().usdPerMillionTokens(), 1e-9);
        assertEquals(t.capitalCharge().total() * 1e6 / tokens, r.kpis().horizon().usdPerMillionTokensCapital(), 1e-9);
        // idle: the idle share of the pool's hours each month, plus all of February's capital charge
        assertTrue(r.kpis().horizon().usdPerMillionTokensIdle() > t.capitalCharge().get(1) * 1e6 / tokens);
        // the served-pool figure beside it: the pool's accounting cost alone
        assertEquals(cost * 1e6 / tokens, r.kpis().horizon().usdPerMillionTokensServedPools(), 1e-9);
        // tokens per joule = tokens ÷ (facility MWh × 3.6e9 J/MWh); TPWD = tokens per joule ÷ ($ per GPU-hour)
        double tpj = t.tokensServed().total() / (t.electricityMwh().total() * 3.6e9);
        assertEquals(tpj, r.kpis().horizon().tokensPerJoule(), 1e-12);
        assertEquals(tpj / (cost / available), r.kpis().horizon().tokensPerWattPerDollar(), 1e-12);
    }

    @Test
    void demandBeyondCapacityIsUnservedNotAnError() {
        // capacity in March: 744,000 GPU-h × 399.880 tokens/s × 3,600 s = 1.0710e12 tokens = 3.45e10 tokens/day
        SimulationResult over = Engine.simulate(ReferencePlan.plan(1e11));
        double capacity = 744_000 * TOKENS_PER_GPU_SECOND * 3600;
        assertEquals(capacity, over.totals().tokensServed().get(2), 1e-3);
        assertEquals(1e11 * 31 - capacity, over.totals().tokensUnserved(2), 1e-3);
        assertTrue(over.issues().stream().anyMatch(i -> i.kind() == com.tokenfactory.core.result.IssueKind.UNSERVED_DEMAND));
        // before March there is no capacity at all: everything is unserved
        assertEquals(1e11 * 31, over.totals().tokensUnserved(0), 1e-3);
    }
}

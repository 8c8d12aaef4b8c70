package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerContract;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.result.ContractResult;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SiteResult;
import com.tokenfactory.core.result.SkuResult;
import com.tokenfactory.core.result.ThroughputEstimate;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.result.TrainingResult;
import com.tokenfactory.core.result.Unit;
import com.tokenfactory.core.result.ValidationIssue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Step 9 of the engine: the ledger's series summed into plan-wide totals, plan years and KPIs (NPV, IRR, payback,
 * peak power), and frozen into the immutable {@link SimulationResult} with per-site, per-SKU, per-contract,
 * per-service and per-training-run results in the plan's own order.
 */
final class ResultAssembler {
    private final SimulationInputs in;
    private final Ledger ledger;
    private final List<Pool> pools;
    private final int months;
    private final YearMonth[] calendar;
    private final double[] hours;

    ResultAssembler(SimulationInputs in, Ledger ledger, List<Pool> pools) {
        this.in = in;
        this.ledger = ledger;
        this.pools = pools;
        this.months = in.months;
        this.calendar = in.calendar;
        this.hours = in.hours;
    }

    SimulationResult assemble(List<ValidationIssue> issues) {
        TotalsAccumulator t = ledger.totals;
        for (int si = 0; si < in.plan.sites().size(); si++) {
            for (int m = 0; m < months; m++) {
                t.capexFacility[m] += ledger.siteCapexFacility[si][m];
                t.capexIt[m] += ledger.siteCapexIt[si][m];
                t.depreciation[m] += ledger.siteFacilityDepreciation[si][m];
                t.electricityMwh[m] += ledger.siteFacilityMwh[si][m];
                t.itMwh[m] += ledger.siteItMwh[si][m];
                t.electricityCost[m] += ledger.siteElectricityCost[si][m];
                t.opex[m] += ledger.siteOpex[si][m];
            }
        }
        for (Pool p : pools) {
            double[] gpus = p.owned() ? t.gpusOwned : t.gpusRented;
            for (int m = 0; m < months; m++) {
                t.depreciation[m] += p.depreciation[m];
                gpus[m] += p.gpus[m];
            }
        }
        for (int s = 0; s < in.services.size(); s++) {
            for (int m = 0; m < months; m++) {
                t.revenueInference[m] += ledger.svcRevenue[s][m];
                t.tokensDemanded[m] += ledger.svcDemand[s][m];
                t.tokensServed[m] += ledger.svcServed[s][m];
            }
        }
        for (int r = 0; r < in.runs.size(); r++) {
            for (int m = 0; m < months; m++) {
                t.revenueTraining[m] += ledger.runValue[r][m];
            }
        }
        t.derive();
        Totals totals = t.toTotals();
        List<PeriodSummary> years = new ArrayList<>();
        for (int from = 0; from < months; from += 12) {
            int to = Math.min(months, from + 12);
            String label = "Y" + (from / 12 + 1) + " (" + calendar[from] + " – " + calendar[to - 1] + ")";
            years.add(PeriodSummary.of(totals, from, to, label));
        }
        double[] cash = t.cashFlow;
        Integer payback = Finance.paybackMonth(cash);
        double peakMw = 0;
        for (int m = 0; m < months; m++) {
            peakMw = Math.max(peakMw, t.electricityMwh[m] / hours[m]);
        }
        List<TrainingResult> training = trainingResults();
        int late = (int) training.stream().filter(TrainingResult::late).count();
        Kpis kpis = new Kpis(PeriodSummary.of(totals, 0, months, "Horizon (" + calendar[0] + " – "
                + calendar[months - 1] + ")"), Finance.npv(cash, in.a.discountRate()), Finance.irr(cash), payback,
                payback == null ? null : calendar[payback], ledger.residualBookValue, late, peakMw,
                ledger.idleCapacityCost);
        return new SimulationResult(in.plan.name(), in.scenario == null ? null : in.scenario.id(),
                in.scenario == null ? null : in.scenario.name(), in.plan.start(), months, in.plan.currency(), in.eff.source(), totals,
                siteResults(), skuResults(), contractResults(), serviceResults(), training, throughputList(), kpis,
                years, issues);
    }

    private List<SiteResult> siteResults() {
        List<SiteResult> out = new ArrayList<>();
        for (int i = 0; i < in.plan.sites().size(); i++) {
            Site site = in.plan.sites().get(i);
            double[] mw = new double[months];
            for (int m = 0; m < months; m++) {
                mw[m] = ledger.siteFacilityMwh[i][m] / hours[m];
            }
            out.add(new SiteResult(site.id(), site.name(), site.pue(), site.gridMw(), Series.of(Unit.GPUS, ledger.siteGpus[i]),
                    Series.of(Unit.MW, ledger.sitePoweredMw[i]), Series.of(Unit.MW, mw), Series.of(Unit.MWH, ledger.siteItMwh[i]),
                    Series.of(Unit.MWH, ledger.siteFacilityMwh[i]), Series.of(Unit.USD, ledger.siteElectricityCost[i]),
                    Series.of(Unit.USD, ledger.siteCapexFacility[i]), Series.of(Unit.USD, ledger.siteCapexIt[i]),
                    Series.of(Unit.USD, ledger.siteOpex[i])));
        }
        return out;
    }

    private List<SkuResult> skuResults() {
        List<SkuResult> out = new ArrayList<>();
        for (int k = 0; k < in.skus.size(); k++) {
            HardwareSku sku = in.skus.get(k);
            out.add(new SkuResult(sku.id(), sku.name(), Series.of(Unit.GPUS, ledger.skuGpusOwned[k]),
                    Series.of(Unit.GPUS, ledger.skuGpusRented[k]), Series.of(Unit.USD, ledger.skuCapex[k]),
                    Series.of(Unit.USD, ledger.skuDepreciation[k]), Series.of(Unit.GPU_HOURS, ledger.skuBusy[k])));
        }
        return out;
    }

    private List<ContractResult> contractResults() {
        List<ContractResult> out = new ArrayList<>();
        for (Pool p : pools) {
            if (p.owned()) {
                continue;
            }
            double[] available = new double[months];
            for (int m = 0; m < months; m++) {
                available[m] = p.gpus[m] * hours[m];
            }
            PartnerContract c = p.contract;
            out.add(new ContractResult(c.id(), c.name(), c.provider(), c.skuId(), c.kind(), Series.of(Unit.GPUS, p.gpus),
                    Series.of(Unit.GPU_HOURS, available), Series.of(Unit.GPU_HOURS, ledger.contractBusy.get(p.index)),
                    Series.of(Unit.USD, ledger.contractFees.get(p.index))));
        }
        return out;
    }

    private List<ServiceResult> serviceResults() {
        List<ServiceResult> out = new ArrayList<>();
        for (InferenceService svc : in.plan.services()) {
            int s = in.serviceIndex.get(svc.id());
            double[] input = new double[months];
            double[] output = new double[months];
            for (int m = 0; m < months; m++) {
                input[m] = ledger.svcServed[s][m] * svc.inputShare();
                output[m] = ledger.svcServed[s][m] - input[m];
            }
            out.add(new ServiceResult(svc.id(), svc.name(), svc.priority(), Series.of(Unit.TOKENS, ledger.svcDemand[s]),
                    Series.of(Unit.TOKENS, ledger.svcServed[s]), Series.of(Unit.TOKENS, ledger.svcServedRented[s]),
                    Series.of(Unit.GPU_HOURS, ledger.svcGpuHours[s]), Series.of(Unit.USD, ledger.svcRevenue[s]),
                    Series.of(Unit.USD, ledger.svcCost[s]), Series.of(Unit.MWH, ledger.svcMwh[s]),
                    Series.of(Unit.TOKENS, input), Series.of(Unit.TOKENS, output),
                    Series.of(Unit.USD, ledger.svcRevenueInput[s]), Series.of(Unit.USD, ledger.svcCostInput[s]),
                    Series.of(Unit.GPU_HOURS, ledger.svcHeldForPeak[s])));
        }
        return out;
    }

    private List<TrainingResult> trainingResults() {
        List<TrainingResult> out = new ArrayList<>();
        for (TrainingRun run : in.plan.trainingRuns()) {
            int r = in.runIndex.get(run.id());
            double done = Arrays.stream(ledger.runFlops[r]).sum() / run.computeFlops();
            YearMonth completed = ledger.runCompleted[r];
            Integer late = completed == null ? null : Math.max(0, Months.between(run.deadline(), completed));
            out.add(new TrainingResult(run.id(), run.name(), run.deadline(), Series.of(Unit.GPU_HOURS, ledger.runGpuHours[r]),
                    Series.of(Unit.FLOP, ledger.runFlops[r]), Series.of(Unit.USD, ledger.runValue[r]), Series.of(Unit.USD, ledger.runCost[r]),
                    completed, late, Math.min(1.0, done)));
        }
        return out;
    }

    private List<ThroughputEstimate> throughputList() {
        List<ThroughputEstimate> out = new ArrayList<>();
        for (InferenceService svc : in.plan.services()) {
            out.addAll(Arrays.asList(in.throughput[in.serviceIndex.get(svc.id())]));
        }
        return out;
    }
}

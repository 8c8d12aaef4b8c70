package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerCloud;
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
    /** A loss carried forward offsets at most 80% of a later year's taxable income (IRC §172(a), as amended 2017). */
    static final double LOSS_OFFSET_LIMIT = 0.80;

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

    /** @param detail false for totals and KPIs only: no per-element results, throughput table or plan years */
    SimulationResult assemble(List<ValidationIssue> issues, boolean detail) {
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
        double receivablesDays = in.a.receivablesDays();
        // a business already earning when the plan starts already has its receivables: they open at month 0's level
        double receivables = (t.revenueInference[0] + t.revenueTraining[0]) * receivablesDays
                / calendar[0].lengthOfMonth();
        for (int m = 0; m < months; m++) {
            double owed = (t.revenueInference[m] + t.revenueTraining[m]) * receivablesDays
                    / calendar[m].lengthOfMonth();
            t.receivablesChange[m] = owed - receivables;
            receivables = owed;
            t.taxDepreciation[m] = ledger.taxDepreciation[m];
        }
        t.derive(in.a.taxRate(), LOSS_OFFSET_LIMIT);
        Totals totals = t.toTotals();
        List<PeriodSummary> years = new ArrayList<>();
        for (int from = 0; detail && from < months; from += 12) {
            int to = Math.min(months, from + 12);
            String label = "Y" + (from / 12 + 1) + " (" + calendar[from] + " – " + calendar[to - 1] + ")";
            years.add(PeriodSummary.of(totals, from, to, label));
        }
        double rate = in.a.discountRate();
        double[] cash = t.freeCashFlow;
        double terminal = terminalValue(t, receivables);
        Integer payback = Finance.paybackMonth(cash);
        double peakMw = 0;
        for (int m = 0; m < months; m++) {
            peakMw = Math.max(peakMw, t.electricityMwh[m] / hours[m]);
        }
        List<TrainingResult> training = trainingResults();
        int late = (int) training.stream().filter(TrainingResult::late).count();
        Kpis kpis = new Kpis(PeriodSummary.of(totals, 0, months, "Horizon (" + calendar[0] + " – "
                + calendar[months - 1] + ")"), Finance.npv(cash, rate)
                + Finance.discountFromHorizonEnd(terminal, months, rate), Finance.irr(Finance.withTerminal(cash, terminal)),
                payback, payback == null ? null : calendar[payback], ledger.residualBookValue, late, peakMw,
                ledger.idleCapacityCost, Finance.npv(cash, rate), terminal, in.a.terminalValue(),
                Finance.npv(t.cashFlow, rate));
        return new SimulationResult(in.plan.name(), in.scenario == null ? null : in.scenario.id(),
                in.scenario == null ? null : in.scenario.name(), in.plan.start(), months, in.plan.currency(), in.eff.source(), totals,
                detail ? siteResults() : List.of(), detail ? skuResults() : List.of(),
                detail ? contractResults() : List.of(), detail ? serviceResults() : List.of(), training,
                detail ? throughputList() : List.of(), kpis, years, issues);
    }

    /**
     * The plan's value at the horizon's end (Koller et al., "Valuation", ch. 14, continuing value; IAS 36 value in
     * use for assets still in life), after tax:
     * <ul>
     *   <li>BOOK_VALUE: net book value left, less tax on its excess over the tax basis left (a sale at book), plus
     *       receivables still to collect and the tax value of losses carried forward (Koller et al. value unused
     *       losses apart, at the tax rate);</li>
     *   <li>ECONOMIC_VALUE: for the GPUs still in life, their last twelve months' operating cash per GPU (token revenue
     *       on owned capacity carried on at the plan's price decline and software gain — training runs are projects
     *       that end, so their value is not carried on — less electricity, operations, property tax and insurance;
     *       never below zero: a GPU that loses money is switched off), after tax, × the GPUs in life each month to
     *       the end of their life, discounted at the WACC; the tax their basis left and the losses carried forward
     *       save against that projected cash (at the pace the GPUs retire); the halls at net book value;
     *       receivables;</li>
     *   <li>PERPETUITY: the last twelve months' free cash flow growing at g for ever, ÷ (r − g).</li>
     * </ul>
     */
    private double terminalValue(TotalsAccumulator t, double receivables) {
        double taxRate = in.a.taxRate();
        double rate = in.a.discountRate();
        int from = Math.max(0, months - 12);
        double yearScale = 12.0 / (months - from);
        return switch (in.a.terminalValue()) {
            case NONE -> 0.0;
            case BOOK_VALUE -> ledger.residualBookValue
                    - taxRate * (ledger.residualBookValue - ledger.taxBasisLeft) + receivables
                    + taxRate * t.lossCarriedForward;
            case PERPETUITY -> {
                double lastYear = 0;
                for (int m = from; m < months; m++) {
                    lastYear += t.freeCashFlow[m];
                }
                yield Finance.perpetuity(lastYear * yearScale, rate, in.a.terminalGrowthPerYear());
            }
            case ECONOMIC_VALUE -> {
                double revenue = 0;
                double costs = 0;
                double gpuMonths = 0;
                for (int m = from; m < months; m++) {
                    revenue += ledger.ownedRevenue[m];
                    costs += t.electricityCost[m] + t.opex[m] + t.propertyTaxInsurance[m];
                    gpuMonths += t.gpusOwned[m];
                }
                double revenuePerGpuMonth = gpuMonths > 0 ? revenue / gpuMonths : 0.0;
                double costPerGpuMonth = gpuMonths > 0 ? costs / gpuMonths : 0.0;
                // token revenue per GPU keeps the plan's own trends after the horizon: prices fall at the services'
                // revenue-weighted decline, the serving software gets faster
                double tokenTrend = (1.0 + in.a.softwareEfficiencyGainPerYear()) * (1.0 - priceDecline(from));
                double monthly = Math.pow(1.0 + rate, 1.0 / 12.0);
                double value = 0;
                double taxable = 0;
                double factor = 1.0;
                for (int j = 0; j < ledger.gpusInLifeAfterHorizon.length; j++) {
                    factor /= monthly;
                    // the window's middle is (months − from) / 2 months before the horizon's end
                    double years = (j + 0.5 + (months - from) / 2.0) / 12.0;
                    double perGpu = revenuePerGpuMonth * Math.pow(tokenTrend, years) - costPerGpuMonth;
                    // a GPU that would lose money is switched off: never below zero
                    double cash = ledger.gpusInLifeAfterHorizon[j] * Math.max(0.0, perGpu);
                    value += cash * (1.0 - taxRate) * factor;
                    taxable += cash;
                }
                // the GPUs' tax basis left is deducted over the rest of their life: its tax saving at that pace
                double gpuMonthsLeft = 0;
                double discountedGpuMonths = 0;
                factor = 1.0;
                for (double gpus : ledger.gpusInLifeAfterHorizon) {
                    factor /= monthly;
                    gpuMonthsLeft += gpus;
                    discountedGpuMonths += gpus * factor;
                }
                double shieldFactor = gpuMonthsLeft > 0 ? discountedGpuMonths / gpuMonthsLeft : 1.0;
                double halls = ledger.residualBookValueHalls;
                double hallsTaxBasis = ledger.taxBasisLeft - ledger.taxBasisLeftGpus;
                // deductions save tax only against profit: the GPUs' basis left and the losses carried forward are
                // worth the tax on as much of their projected operating cash as they can offset
                double deductible = Math.min(ledger.taxBasisLeftGpus + t.lossCarriedForward, taxable);
                yield value + taxRate * deductible * shieldFactor + halls - taxRate * (halls - hallsTaxBasis)
                        + receivables;
            }
        };
    }

    /** The services' yearly price decline, weighted by their revenue in the months from {@code from} on. */
    private double priceDecline(int from) {
        double weighted = 0;
        double revenue = 0;
        for (int s = 0; s < in.services.size(); s++) {
            var svc = in.services.get(s);
            double decline = svc.priceDeclinePerYear() != null ? svc.priceDeclinePerYear()
                    : in.a.tokenPriceDeclinePerYear();
            for (int m = from; m < months; m++) {
                weighted += ledger.svcRevenue[s][m] * decline;
                revenue += ledger.svcRevenue[s][m];
            }
        }
        return revenue > 0 ? weighted / revenue : 0.0;
    }

    private List<SiteResult> siteResults() {
        List<SiteResult> out = new ArrayList<>();
        for (int i = 0; i < in.plan.sites().size(); i++) {
            Site site = in.plan.sites().get(i);
            double[] mw = new double[months];
            for (int m = 0; m < months; m++) {
                mw[m] = ledger.siteFacilityMwh[i][m] / hours[m];
            }
            out.add(new SiteResult(site.id(), site.name(), site.pue(), site.gridMw(), Series.ofOwned(Unit.GPUS, ledger.siteGpus[i]),
                    Series.ofOwned(Unit.MW, ledger.sitePoweredMw[i]), Series.ofOwned(Unit.MW, mw), Series.ofOwned(Unit.MWH, ledger.siteItMwh[i]),
                    Series.ofOwned(Unit.MWH, ledger.siteFacilityMwh[i]), Series.ofOwned(Unit.USD, ledger.siteElectricityCost[i]),
                    Series.ofOwned(Unit.USD, ledger.siteCapexFacility[i]), Series.ofOwned(Unit.USD, ledger.siteCapexIt[i]),
                    Series.ofOwned(Unit.USD, ledger.siteOpex[i])));
        }
        return out;
    }

    private List<SkuResult> skuResults() {
        List<SkuResult> out = new ArrayList<>();
        for (int k = 0; k < in.skus.size(); k++) {
            HardwareSku sku = in.skus.get(k);
            out.add(new SkuResult(sku.id(), sku.name(), Series.ofOwned(Unit.GPUS, ledger.skuGpusOwned[k]),
                    Series.ofOwned(Unit.GPUS, ledger.skuGpusRented[k]), Series.ofOwned(Unit.USD, ledger.skuCapex[k]),
                    Series.ofOwned(Unit.USD, ledger.skuDepreciation[k]), Series.ofOwned(Unit.GPU_HOURS, ledger.skuBusy[k])));
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
            PartnerCloud c = p.contract;
            out.add(new ContractResult(c.id(), c.name(), c.provider(), c.skuId(), c.kind(), Series.ofOwned(Unit.GPUS, p.gpus),
                    Series.ofOwned(Unit.GPU_HOURS, available), Series.ofOwned(Unit.GPU_HOURS, ledger.contractBusy.get(p.index)),
                    Series.ofOwned(Unit.USD, ledger.contractFees.get(p.index))));
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
            out.add(new ServiceResult(svc.id(), svc.name(), svc.priority(), Series.ofOwned(Unit.TOKENS, ledger.svcDemand[s]),
                    Series.ofOwned(Unit.TOKENS, ledger.svcServed[s]), Series.ofOwned(Unit.TOKENS, ledger.svcServedRented[s]),
                    Series.ofOwned(Unit.GPU_HOURS, ledger.svcGpuHours[s]), Series.ofOwned(Unit.USD, ledger.svcRevenue[s]),
                    Series.ofOwned(Unit.USD, ledger.svcCost[s]), Series.ofOwned(Unit.MWH, ledger.svcMwh[s]),
                    Series.ofOwned(Unit.TOKENS, input), Series.ofOwned(Unit.TOKENS, output),
                    Series.ofOwned(Unit.USD, ledger.svcRevenueInput[s]), Series.ofOwned(Unit.USD, ledger.svcCostInput[s]),
                    Series.ofOwned(Unit.GPU_HOURS, ledger.svcHeldForPeak[s])));
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
            out.add(new TrainingResult(run.id(), run.name(), run.deadline(), Series.ofOwned(Unit.GPU_HOURS, ledger.runGpuHours[r]),
                    Series.ofOwned(Unit.FLOP, ledger.runFlops[r]), Series.ofOwned(Unit.USD, ledger.runValue[r]), Series.ofOwned(Unit.USD, ledger.runCost[r]),
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

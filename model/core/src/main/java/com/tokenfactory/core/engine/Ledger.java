package com.tokenfactory.core.engine;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The monthly series one simulation run writes, per site, per SKU, per partner contract, per service and per
 * training run ([element][month]), with the plan-wide sums in {@link #totals}. The fleet set-up writes capacity,
 * capex and depreciation; the monthly allocator and accounts write what was served, drawn and paid; the result
 * assembler reads it all.
 */
final class Ledger {
    // per site
    final double[][] sitePrice;
    final double[][] sitePoweredMw;
    final double[][] siteCapexFacility;
    final double[][] siteFacilityDepreciation;
    final double[][] siteCapexIt;
    final double[][] siteGpus;
    final double[][] siteItMwh;
    final double[][] siteFacilityMwh;
    final double[][] siteElectricityCost;
    final double[][] siteOpex;

    // per SKU
    final double[][] skuGpusOwned;
    final double[][] skuGpusRented;
    final double[][] skuCapex;
    final double[][] skuDepreciation;
    final double[][] skuBusy;

    // per partner contract, by pool index
    final Map<Integer, double[]> contractBusy = new HashMap<>();
    final Map<Integer, double[]> contractFees = new HashMap<>();

    // per inference service, in allocation order
    final double[][] svcDemand;
    final double[][] svcServed;
    final double[][] svcServedRented;
    final double[][] svcGpuHours;
    final double[][] svcRevenue;
    final double[][] svcCost;
    final double[][] svcMwh;
    final double[][] svcRevenueInput;
    final double[][] svcCostInput;
    final double[][] svcHeldForPeak;
    /** Whether the allocator left capacity with room unused because its marginal cost exceeded the price. */
    final boolean[][] svcDeclinedAtLoss;

    // per training run, in allocation order
    final double[][] runGpuHours;
    final double[][] runFlops;
    final double[][] runValue;
    final double[][] runCost;
    final YearMonth[] runCompleted;

    final TotalsAccumulator totals;
    /** Book value of halls and GPUs still on the books at the horizon's end. */
    double residualBookValue;
    /** Cost of capacity that served nothing in its month (pools with no busy hour, powered sites with no GPUs). */
    double idleCapacityCost;

    private final int months;

    Ledger(SimulationInputs in) {
        this.months = in.months;
        int nSites = in.sites();
        sitePrice = new double[nSites][months];
        sitePoweredMw = new double[nSites][months];
        siteCapexFacility = new double[nSites][months];
        siteFacilityDepreciation = new double[nSites][months];
        siteCapexIt = new double[nSites][months];
        siteGpus = new double[nSites][months];
        siteItMwh = new double[nSites][months];
        siteFacilityMwh = new double[nSites][months];
        siteElectricityCost = new double[nSites][months];
        siteOpex = new double[nSites][months];
        int nSkus = in.skus.size();
        skuGpusOwned = new double[nSkus][months];
        skuGpusRented = new double[nSkus][months];
        skuCapex = new double[nSkus][months];
        skuDepreciation = new double[nSkus][months];
        skuBusy = new double[nSkus][months];
        int nSvc = in.services.size();
        svcDemand = new double[nSvc][months];
        svcServed = new double[nSvc][months];
        svcServedRented = new double[nSvc][months];
        svcGpuHours = new double[nSvc][months];
        svcRevenue = new double[nSvc][months];
        svcCost = new double[nSvc][months];
        svcMwh = new double[nSvc][months];
        svcRevenueInput = new double[nSvc][months];
        svcCostInput = new double[nSvc][months];
        svcHeldForPeak = new double[nSvc][months];
        svcDeclinedAtLoss = new boolean[nSvc][months];
        int nRuns = in.runs.size();
        runGpuHours = new double[nRuns][months];
        runFlops = new double[nRuns][months];
        runValue = new double[nRuns][months];
        runCost = new double[nRuns][months];
        runCompleted = new YearMonth[nRuns];
        totals = new TotalsAccumulator(months);
    }

    /** Opens the fee and busy-hour series of a partner contract's pool. */
    void openContract(int poolIndex) {
        contractBusy.put(poolIndex, new double[months]);
        contractFees.put(poolIndex, new double[months]);
    }

    /** Adds a value to month m of a series; months outside the horizon are ignored. */
    void addIn(double[] series, int m, double value) {
        if (m >= 0 && m < months) {
            series[m] += value;
        }
    }
}

package com.tokenfactory.core.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Steps 6 to 8 of the engine for the month just allocated: power — busy GPU-hours × all-in W × the workload's busy
 * fraction, idle GPU-hours × all-in W × idle fraction, × PUE → facility MWh → electricity cost at the site's
 * escalating price; each pool's cost (owned: depreciation, electricity, its share of the site's hall depreciation and
 * operations; partner clouds: their fees) attributed to the workloads that used it by the GPU-hours each took (a
 * service's include what it holds idle for its daily peak); and the month's plan-wide sums. Utilization counts only
 * the GPU-hours that compute ({@link Pool#working()}). Revenue is written by the allocator as it serves.
 */
final class MonthlyAccounts {
    private final SimulationInputs in;
    private final Ledger ledger;
    private final TotalsAccumulator t;
    private final List<Pool> pools;
    private final MonthAllocations alloc;

    // scratch, per pool and per allocation, reused month to month
    private final double[] poolBusyMwh;
    private final double[] poolCost;
    private final double[] poolIdleMwh;
    private final double[] allocMwh;
    // [service][sku]: draw over a GPU-hour held for the service (its daily peak idles the rest), and the share of
    // its serving time that is prefill, which splits its cost between input and output tokens
    private final double[][] heldPowerFraction;
    private final double[][] prefillShare;

    MonthlyAccounts(SimulationInputs in, Ledger ledger, List<Pool> pools, MonthAllocations alloc) {
        this.in = in;
        this.ledger = ledger;
        this.t = ledger.totals;
        this.pools = pools;
        this.alloc = alloc;
        this.poolBusyMwh = new double[pools.size()];
        this.poolCost = new double[pools.size()];
        this.poolIdleMwh = new double[pools.size()];
        this.allocMwh = new double[alloc.workload.length];
        int nSvc = in.services.size();
        this.heldPowerFraction = new double[nSvc][in.skus.size()];
        this.prefillShare = new double[nSvc][in.skus.size()];
        for (int s = 0; s < nSvc; s++) {
            for (int k = 0; k < in.skus.size(); k++) {
                heldPowerFraction[s][k] = DailyPeak.heldPowerFraction(in.throughput[s][k].busyPowerFraction(),
                        in.eff.idlePowerFraction(), in.services.get(s));
                prefillShare[s][k] = InputOutput.prefillTimeShare(in.throughput[s][k], in.services.get(s));
            }
        }
    }

    /** Power, cost and attribution of month m; {@code unservedGpuHours} counts toward the GPUs needed. */
    void month(int m, double unservedGpuHours) {
        double h = in.hours[m];
        Arrays.fill(poolBusyMwh, 0.0);
        Arrays.fill(poolCost, 0.0);
        Arrays.fill(poolIdleMwh, 0.0);
        // busy energy per allocation (exact, by the workload's power), idle energy per pool
        for (int i = 0; i < alloc.count; i++) {
            Pool p = pools.get(alloc.pool[i]);
            allocMwh[i] = 0.0;
            if (!p.owned()) {
                continue;
            }
            double fraction = alloc.workload[i] >= 0 ? heldPowerFraction[alloc.workload[i]][p.skuIndex]
                    : in.eff.computeBoundPowerFraction();
            allocMwh[i] = alloc.gpuHours[i] * p.sku.allInWattsPerGpu().value() * fraction * p.site.pue() / 1e6;
            poolBusyMwh[p.index] += allocMwh[i];
        }
        double ownedAvailable = 0;
        double ownedBusy = 0;
        double ownedCost = 0;
        double rentedAvailable = 0;
        double rentedBusy = 0;
        double heldForPeaks = 0;
        for (Pool p : pools) {
            ledger.skuBusy[p.skuIndex][m] += p.working();
            heldForPeaks += p.heldForPeaks;
            if (p.owned()) {
                int si = p.siteIndex;
                double idleItMwh = p.idle() * p.sku.allInWattsPerGpu().value() * in.eff.idlePowerFraction() / 1e6;
                poolIdleMwh[p.index] = idleItMwh * p.site.pue();
                double facilityMwh = poolBusyMwh[p.index] + poolIdleMwh[p.index];
                ledger.siteFacilityMwh[si][m] += facilityMwh;
                ledger.siteItMwh[si][m] += facilityMwh / p.site.pue();
                double electricity = facilityMwh * ledger.sitePrice[si][m];
                ledger.siteElectricityCost[si][m] += electricity;
                double share = ledger.siteGpus[si][m] > 0 ? p.gpus[m] / ledger.siteGpus[si][m] : 0.0;
                poolCost[p.index] = p.depreciation[m] + electricity
                        + share * (ledger.siteFacilityDepreciation[si][m] + ledger.siteOpex[si][m]);
                ownedCost += poolCost[p.index];
                ownedAvailable += p.available;
                ownedBusy += p.working();
            } else {
                double fee = p.kind == Pool.Kind.COMMITTED ? p.available * p.contract.usdPerGpuHour()
                        : p.inferenceUsed * p.contract.usdPerGpuHour();
                poolCost[p.index] = fee;
                ledger.contractFees.get(p.index)[m] = fee;
                ledger.contractBusy.get(p.index)[m] = p.working();
                (p.kind == Pool.Kind.COMMITTED ? t.rentalCommitted : t.rentalOnDemand)[m] += fee;
                rentedAvailable += p.available;
                rentedBusy += p.working();
            }
            if (p.busy() <= MonthlyAllocator.EPS) {
                ledger.idleCapacityCost += poolCost[p.index];
            }
        }
        // attribute each pool's cost (and idle energy) to its workloads by busy GPU-hours
        for (int i = 0; i < alloc.count; i++) {
            Pool p = pools.get(alloc.pool[i]);
            double share = alloc.gpuHours[i] / p.busy();
            double cost = poolCost[p.index] * share;
            double mwh = allocMwh[i] + poolIdleMwh[p.index] * share;
            int w = alloc.workload[i];
            if (w >= 0) {
                ledger.svcCost[w][m] += cost;
                ledger.svcCostInput[w][m] += cost * prefillShare[w][p.skuIndex];
                ledger.svcMwh[w][m] += mwh;
                if (p.owned()) {
                    t.inferenceFacilityMwh[m] += mwh;
                    t.tokensServedOwned[m] += alloc.tokens[i];
                }
                t.inferenceCost[m] += cost;
                t.gpuHoursInference[m] += alloc.gpuHours[i];
            } else {
                ledger.runCost[-1 - w][m] += cost;
                t.gpuHoursTraining[m] += alloc.gpuHours[i];
            }
        }
        for (int si = 0; si < in.sites(); si++) {
            if (ledger.siteGpus[si][m] <= 0) {
                // a powered site with no GPUs: its hall depreciation and operations are idle cost
                ledger.idleCapacityCost += ledger.siteFacilityDepreciation[si][m] + ledger.siteOpex[si][m];
            }
        }
        t.ownedCost[m] = ownedCost;
        t.gpuHoursOwned[m] = ownedAvailable;
        t.gpuHoursOwnedBusy[m] = ownedBusy;
        t.gpuHoursRented[m] = rentedAvailable;
        t.gpuHoursRentedBusy[m] = rentedBusy;
        // GPUs held for daily peaks are needed even while they idle off-peak
        t.gpusNeeded[m] = (ownedBusy + rentedBusy + heldForPeaks + unservedGpuHours) / h;
    }
}

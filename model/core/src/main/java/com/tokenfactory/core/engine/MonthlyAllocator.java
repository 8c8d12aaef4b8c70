package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.plan.Workload;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Steps 2 to 5 of the engine, one month at a time: each service's demand (tokens/day × days) turned into GPU-hours
 * at its throughput × the month's software-efficiency multiplier (1 + gain)^(m/12), given out by priority onto pools
 * whose certifications cover the service's — owned and committed capacity before on-demand rental, cheapest marginal
 * cost per token first, and only where that marginal cost does not exceed the month's price (unless the service is
 * served at a loss on purpose); committed (take-or-pay) capacity in full, owned capacity up to (1 − planning
 * headroom) of the GPU-hours its power can feed; then training runs, earliest deadline first, each on the one pool
 * with the most idle FLOP/s that has at least its minimum cluster idle. What cannot be served is recorded;
 * {@link MonthlyAccounts} then prices the month.
 */
final class MonthlyAllocator {
    static final double EPS = 1e-9;
    /** Sort-key offset that puts on-demand rental after every owned and committed pool. */
    private static final double TIER = 1e12;

    private final SimulationInputs in;
    private final Ledger ledger;
    private final List<Pool> pools;
    private final MonthAllocations allocations;
    private final MonthlyAccounts accounts;
    private final double[] priceThisMonth;
    private final CheapestFirst cheapest;
    private final double[] remainingFlops;
    private final boolean[][] runCertified; // [run][pool]
    private final double[] bestTokensPerSecond; // per service: per GPU, on the SKU it runs fastest on

    MonthlyAllocator(SimulationInputs in, Ledger ledger, List<Pool> pools) {
        this.in = in;
        this.ledger = ledger;
        this.pools = pools;
        this.priceThisMonth = new double[in.sites()];
        this.remainingFlops = new double[in.runs.size()];
        this.runCertified = certified(in.runs);
        int n = pools.size();
        int[] certificationCount = new int[n];
        int[] ownedSku = new int[n];
        int[] kind = new int[n];
        int[] siteOf = new int[n];
        double[] pue = new double[n];
        for (Pool p : pools) {
            certificationCount[p.index] = p.certifications.size();
            ownedSku[p.index] = p.owned() ? p.skuIndex : -1;
            kind[p.index] = switch (p.kind) {
                case COMMITTED -> 0;
                case ON_DEMAND -> 1;
                case OWNED -> 2;
            };
            siteOf[p.index] = p.siteIndex;
            pue[p.index] = p.owned() ? p.site.pue() : 0.0;
        }
        int nSvc = in.services.size();
        boolean[][] eligible = certified(in.services);
        double[][] coefficient = new double[nSvc][n];
        boolean[][] zeroKey = new boolean[nSvc][in.skus.size()];
        bestTokensPerSecond = new double[nSvc];
        for (int s = 0; s < nSvc; s++) {
            for (ThroughputEstimate e : in.throughput[s]) {
                bestTokensPerSecond[s] = Math.max(bestTokensPerSecond[s], e.tokensPerSecondPerGpu());
            }
            for (Pool p : pools) {
                eligible[s][p.index] &= in.throughput[s][p.skuIndex].fits();
                if (eligible[s][p.index]) {
                    coefficient[s][p.index] = costCoefficient(s, p);
                }
            }
            for (int k = 0; k < in.skus.size(); k++) {
                zeroKey[s][k] = in.throughput[s][k].busyPowerFraction() - in.eff.idlePowerFraction() <= 0;
            }
        }
        cheapest = new CheapestFirst(in.skus.size(), ownedSku, kind, siteOf, pue, certificationCount, eligible,
                coefficient, zeroKey);
        for (int r = 0; r < in.runs.size(); r++) {
            remainingFlops[r] = in.runs.get(r).computeFlops();
        }
        allocations = new MonthAllocations(nSvc * n + in.runs.size() + 1);
        accounts = new MonthlyAccounts(in, ledger, pools, allocations);
    }

    /**
     * [workload][pool]: whether the pool's certifications cover the workload's. Pools share a few sets of
     * certifications, so each set is checked once per workload rather than once per pool (or per month).
     */
    private boolean[][] certified(List<? extends Workload> workloads) {
        boolean[][] out = new boolean[workloads.size()][pools.size()];
        Map<SortedSet<String>, boolean[]> bySet = new HashMap<>();
        for (Pool p : pools) {
            boolean[] mayRun = bySet.computeIfAbsent(p.certifications, held -> {
                boolean[] b = new boolean[workloads.size()];
                for (int w = 0; w < b.length; w++) {
                    b[w] = workloads.get(w).mayRunOn(held);
                }
                return b;
            });
            for (int w = 0; w < mayRun.length; w++) {
                out[w][p.index] = mayRun[w];
            }
        }
        return out;
    }

    void month(int m) {
        allocations.clear();
        double h = in.hours[m];
        for (Pool p : pools) {
            p.available = p.poweredGpus[m] * h;
            // the headroom keeps owned GPUs free for peaks; take-or-pay capacity is paid for in full, so it serves in full
            p.inferenceCap = p.owned() ? p.available * (1.0 - in.a.planningHeadroom()) : p.available;
            p.inferenceUsed = 0;
            p.trainingUsed = 0;
            p.heldForPeaks = 0;
        }
        for (int si = 0; si < priceThisMonth.length; si++) {
            priceThisMonth[si] = ledger.sitePrice[si][m];
        }
        cheapest.beginMonth(priceThisMonth);
        double software = Math.pow(1.0 + in.a.softwareEfficiencyGainPerYear(), m / 12.0);
        double unservedGpuHours = 0;
        for (int s = 0; s < in.services.size(); s++) {
            unservedGpuHours += serve(s, m, software);
        }
        train(m);
        accounts.month(m, unservedGpuHours);
    }

    /**
     * Serves one service's demand in month m, holding capacity for its daily peak ({@link DailyPeak}); returns the
     * GPU-hours its unserved demand would need (held for the peak, on the best SKU it fits).
     */
    private double serve(int s, int m, double software) {
        InferenceService svc = in.services.get(s);
        double demand = svc.tokensPerDay(in.calendar[m]) * in.calendar[m].lengthOfMonth();
        ledger.svcDemand[s][m] = demand;
        if (demand <= 0) {
            return 0.0;
        }
        double price = svc.priceUsdPerMillionTokens() * Math.pow(1.0 - priceDecline(svc), m / 12.0);
        double remaining = demand;
        cheapest.start(s);
        while (remaining > 0) {
            int p = cheapest.next();
            if (p < 0) {
                break;
            }
            Pool pool = pools.get(p);
            double room = pool.inferenceRoom();
            if (room == 0.0) {
                cheapest.exhausted(p);
                continue;
            }
            double tokensPerGpuHour = DailyPeak.tokensPerHeldGpuHour(
                    in.throughput[s][pool.skuIndex].tokensPerSecondPerGpu() * software * 3600.0, svc);
            if (!svc.serveAtLoss() && heldMarginalUsdPerGpuHour(s, pool, m) > price / 1e6 * tokensPerGpuHour) {
                ledger.svcDeclinedAtLoss[s][m] = true;
                continue;
            }
            double need = remaining / tokensPerGpuHour;
            double used = Math.min(need, room);
            double tokens = used == need ? remaining : used * tokensPerGpuHour;
            pool.inferenceUsed += used;
            if (pool.inferenceRoom() == 0.0) {
                cheapest.exhausted(p);
            }
            holdForPeak(s, m, pool, used);
            remaining -= tokens;
            allocations.record(s, p, used, tokens);
            ledger.svcServed[s][m] += tokens;
            ledger.svcGpuHours[s][m] += used;
            if (!pool.owned()) {
                ledger.svcServedRented[s][m] += tokens;
            }
        }
        if (remaining <= demand * 1e-12) {
            // rounding residue of the greedy fill, not demand anyone would miss
            ledger.svcServed[s][m] = demand;
            remaining = 0.0;
        }
        earn(s, m);
        if (remaining == 0.0) {
            return 0.0;
        }
        double best = bestTokensPerSecond[s];
        return best > 0 ? remaining / DailyPeak.tokensPerHeldGpuHour(best * software * 3600.0, svc) : 0.0;
    }

    /** Of {@code held} GPU-hours given to service s on the pool, the part that idles off-peak. */
    private void holdForPeak(int s, int m, Pool pool, double held) {
        double idle = held * DailyPeak.idleShare(in.services.get(s));
        pool.heldForPeaks += idle;
        ledger.svcHeldForPeak[s][m] += idle;
    }

    /** Revenue of what service s served in month m: input and output tokens, each at its price after the decline. */
    private void earn(int s, int m) {
        InferenceService svc = in.services.get(s);
        double factor = Math.pow(1.0 - priceDecline(svc), m / 12.0);
        double served = ledger.svcServed[s][m];
        ledger.svcRevenueInput[s][m] = InputOutput.inputRevenueUsd(svc, served, factor);
        ledger.svcRevenue[s][m] = ledger.svcRevenueInput[s][m] + InputOutput.outputRevenueUsd(svc, served, factor);
    }

    private double priceDecline(InferenceService svc) {
        return svc.priceDeclinePerYear() != null ? svc.priceDeclinePerYear() : in.a.tokenPriceDeclinePerYear();
    }

    /**
     * What one more busy GPU-hour on the pool costs in month m: nothing for committed capacity (paid whether used or
     * not), the hourly fee for on-demand rental, and for owned capacity the electricity a busy GPU draws over an idle
     * one (capex and operations are spent either way). Compared with the revenue of the tokens that hour serves.
     */
    /**
     * {@link #marginalUsdPerGpuHour} of a GPU-hour held for service s's daily peak: on-demand rental is paid for every
     * hour held, busy or not; owned capacity's extra electricity is drawn only in the 1/r of the hour that computes.
     */
    private double heldMarginalUsdPerGpuHour(int s, Pool p, int m) {
        double busy = marginalUsdPerGpuHour(s, p, m);
        return p.owned() ? busy * (1.0 - DailyPeak.idleShare(in.services.get(s))) : busy;
    }

    private double marginalUsdPerGpuHour(int s, Pool p, int m) {
        return switch (p.kind) {
            case COMMITTED -> 0.0;
            case ON_DEMAND -> p.contract.usdPerGpuHour();
            case OWNED -> Math.max(0.0, in.throughput[s][p.skuIndex].busyPowerFraction() - in.eff.idlePowerFraction())
                    * p.sku.allInWattsPerGpu().value() * p.site.pue() / 1e6 * ledger.sitePrice[p.siteIndex][m];
        };
    }

    /**
     * The sort key's month-independent part. Key: tier first (owned and committed before on demand), then
     * marginal $ per token — committed capacity is paid already (0), owned capacity costs the extra electricity
     * of a busy GPU over an idle one (coefficient × that month's site price), on-demand capacity its hourly fee.
     * The software multiplier is common to all pools of a service in a month, so it cannot change the order and
     * is left out. Ties go to the pool with fewer certifications, keeping certified capacity for those who need
     * it, then to the pool declared first.
     */
    private double costCoefficient(int s, Pool p) {
        ThroughputEstimate e = in.throughput[s][p.skuIndex];
        double tokensPerGpuHour = e.tokensPerSecondPerGpu() * 3600.0;
        return switch (p.kind) {
            case COMMITTED -> 0.0;
            case ON_DEMAND -> TIER + p.contract.usdPerGpuHour() / tokensPerGpuHour;
            case OWNED -> Math.max(0.0, e.busyPowerFraction() - in.eff.idlePowerFraction())
                    * p.sku.allInWattsPerGpu().value() * p.site.pue() / 1e6 / tokensPerGpuHour;
        };
    }

    /** Training backfills owned and committed capacity left idle, earliest deadline first. */
    private void train(int m) {
        for (int r = 0; r < in.runs.size(); r++) {
            TrainingRun run = in.runs.get(r);
            if (remainingFlops[r] <= 0 || in.calendar[m].isBefore(run.earliestStart())) {
                continue;
            }
            Pool best = null;
            double bestRate = 0;
            for (Pool p : pools) {
                if (p.kind == Pool.Kind.ON_DEMAND || !runCertified[r][p.index]) {
                    continue;
                }
                double idleGpus = p.idle() / in.hours[m];
                if (idleGpus + EPS < run.minGpusInOneSite()) {
                    continue;
                }
                double rate = idleGpus * p.sku.bf16Tflops().value();
                if (rate > bestRate) {
                    best = p;
                    bestRate = rate;
                }
            }
            if (best == null) {
                continue;
            }
            double flopsPerGpuHour = best.sku.bf16Tflops().value() * 1e12 * in.a.trainingMfu() * 3600.0;
            double need = remainingFlops[r] / flopsPerGpuHour;
            double used = Math.min(need, best.idle());
            best.trainingUsed += used;
            double flops = used == need ? remainingFlops[r] : used * flopsPerGpuHour;
            remainingFlops[r] -= flops;
            allocations.record(-1 - r, best.index, used, flops);
            ledger.runGpuHours[r][m] += used;
            ledger.runFlops[r][m] += flops;
            ledger.runValue[r][m] += run.valueOf(flops);
            if (remainingFlops[r] <= run.computeFlops() * 1e-12) {
                remainingFlops[r] = 0;
                ledger.runCompleted[r] = in.calendar[m];
            }
        }
    }
}

package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Deployment;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerContract;
import com.tokenfactory.core.plan.Phase;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.plan.Workload;
import com.tokenfactory.core.result.ContractResult;
import com.tokenfactory.core.result.IssueKind;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

/**
 * One run of the engine over one plan. For each month:
 * <ol>
 *   <li>capacity online: halls powered (energized and grid connected), pods in service within their economic life,
 *       contracts within their term;</li>
 *   <li>per-GPU throughput of each service on each SKU from the {@link Roofline}, × the month's software-efficiency
 *       multiplier (1 + gain)^(m/12);</li>
 *   <li>demand (tokens/day × days) → GPU-hours on each pool;</li>
 *   <li>allocation: services by priority onto pools whose certifications cover theirs, owned and committed capacity
 *       before on-demand rental, cheapest marginal cost per token first, inference using at most
 *       (1 − planning headroom) of owned and committed GPU-hours; then training runs, earliest deadline first, each
 *       on the one pool with the most idle FLOP/s that has at least its minimum cluster idle;</li>
 *   <li>unserved demand and late training are recorded as results;</li>
 *   <li>power: busy GPU-hours × all-in W × the workload's busy fraction, idle GPU-hours × all-in W × idle fraction,
 *       × PUE → facility MWh → electricity cost at the site's escalating price;</li>
 *   <li>capex when spent (halls evenly over construction, GPUs at install), straight-line depreciation from service
 *       start (write-off at retirement), operations per powered MW, rental fees;</li>
 *   <li>revenue: served tokens × price × (1 − decline)^(m/12), training GPU-hours × value;</li>
 *   <li>KPIs: see {@link PeriodSummary} and {@link Kpis}.</li>
 * </ol>
 */
final class Simulation {
    private static final double EPS = 1e-9;
    /** Sort-key offset that puts on-demand rental after every owned and committed pool. */
    private static final double TIER = 1e12;

    private final Plan plan;
    private final Scenario scenario;
    private final Assumptions a;
    private final Efficiencies eff;
    private final int months;
    private final YearMonth[] calendar;
    private final double[] hours;

    private final List<HardwareSku> skus;
    private final Map<String, Integer> skuIndex = new HashMap<>();
    private final List<InferenceService> services;
    private final List<TrainingRun> runs;
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final Map<String, Integer> runIndex = new HashMap<>();
    private final ThroughputEstimate[][] throughput; // [service][sku]
    private final List<Pool> pools = new ArrayList<>();

    // per site, per month
    private final double[][] sitePrice;
    private final double[][] sitePoweredMw;
    private final double[][] siteCapexFacility;
    private final double[][] siteFacilityDepreciation;
    private final double[][] siteCapexIt;
    private final double[][] siteGpus;
    private final double[][] siteItMwh;
    private final double[][] siteFacilityMwh;
    private final double[][] siteElectricityCost;
    private final double[][] siteOpex;

    // per SKU, per month
    private final double[][] skuGpusOwned;
    private final double[][] skuGpusRented;
    private final double[][] skuCapex;
    private final double[][] skuDepreciation;
    private final double[][] skuBusy;

    // per contract (pool) and per workload, per month
    private final Map<Integer, double[]> contractBusy = new HashMap<>();
    private final Map<Integer, double[]> contractFees = new HashMap<>();
    private final double[][] svcDemand;
    private final double[][] svcServed;
    private final double[][] svcServedRented;
    private final double[][] svcGpuHours;
    private final double[][] svcRevenue;
    private final double[][] svcCost;
    private final double[][] svcMwh;
    private final double[][] runGpuHours;
    private final double[][] runFlops;
    private final double[][] runValue;
    private final double[][] runCost;
    private final YearMonth[] runCompleted;

    private final TotalsAccumulator t;
    private double residualBookValue;
    private double idleCapacityCost;

    Simulation(Plan plan, Scenario scenario) {
        this.plan = plan;
        this.scenario = scenario;
        this.a = plan.assumptions();
        this.eff = Efficiencies.of(plan);
        this.months = plan.horizonMonths();
        this.calendar = new YearMonth[months];
        this.hours = new double[months];
        for (int m = 0; m < months; m++) {
            calendar[m] = plan.month(m);
            hours[m] = Months.hours(calendar[m]);
        }
        this.skus = plan.catalog();
        for (int k = 0; k < skus.size(); k++) {
            skuIndex.put(skus.get(k).id(), k);
        }
        this.services = new ArrayList<>(plan.services());
        services.sort(Comparator.comparingInt(InferenceService::priority).thenComparing(InferenceService::id));
        this.runs = new ArrayList<>(plan.trainingRuns());
        runs.sort(Comparator.comparing(TrainingRun::deadline).thenComparing(TrainingRun::earliestStart)
                .thenComparing(TrainingRun::id));
        for (int i = 0; i < services.size(); i++) {
            serviceIndex.put(services.get(i).id(), i);
        }
        for (int i = 0; i < runs.size(); i++) {
            runIndex.put(runs.get(i).id(), i);
        }
        this.throughput = new ThroughputEstimate[services.size()][skus.size()];
        for (int s = 0; s < services.size(); s++) {
            for (int k = 0; k < skus.size(); k++) {
                throughput[s][k] = Roofline.estimate(services.get(s), skus.get(k), eff, a);
            }
        }
        int nSites = plan.sites().size();
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
        int nSkus = skus.size();
        skuGpusOwned = new double[nSkus][months];
        skuGpusRented = new double[nSkus][months];
        skuCapex = new double[nSkus][months];
        skuDepreciation = new double[nSkus][months];
        skuBusy = new double[nSkus][months];
        int nSvc = services.size();
        svcDemand = new double[nSvc][months];
        svcServed = new double[nSvc][months];
        svcServedRented = new double[nSvc][months];
        svcGpuHours = new double[nSvc][months];
        svcRevenue = new double[nSvc][months];
        svcCost = new double[nSvc][months];
        svcMwh = new double[nSvc][months];
        int nRuns = runs.size();
        runGpuHours = new double[nRuns][months];
        runFlops = new double[nRuns][months];
        runValue = new double[nRuns][months];
        runCost = new double[nRuns][months];
        runCompleted = new YearMonth[nRuns];
        t = new TotalsAccumulator(months);
    }

    SimulationResult run() {
        buildSites();
        buildContracts();
        Map<String, Map<String, ThroughputEstimate>> byId = throughputById();
        List<ValidationIssue> issues = new ArrayList<>(PlanValidator.validate(plan, byId));
        Allocator allocator = new Allocator();
        for (int m = 0; m < months; m++) {
            allocator.month(m);
        }
        issues.addAll(runIssues());
        return assemble(issues);
    }

    // ---- step 1 and 7: capacity online, capex, depreciation, operations ----

    private int index(YearMonth month) {
        return Months.between(plan.start(), month);
    }

    private void buildSites() {
        int lifeMonths = a.economicLifeMonths();
        int bookMonths = a.bookLifeMonths();
        int facilityMonths = a.facilityLifeMonths();
        List<Site> sites = plan.sites();
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            for (int m = 0; m < months; m++) {
                sitePrice[i][m] = site.electricityUsdPerMwh() * Math.pow(1.0 + site.electricityEscalationPerYear(), m / 12.0);
            }
            Map<Integer, Pool> poolBySku = new LinkedHashMap<>();
            for (Phase phase : site.phases()) {
                int powerOn = index(site.powerOn(phase));
                for (int m = Math.max(0, powerOn); m < months; m++) {
                    sitePoweredMw[i][m] += phase.criticalItMw();
                }
                buildFacility(i, phase, site, powerOn, facilityMonths);
                for (Deployment d : phase.deployments()) {
                    int k = skuIndex.get(d.skuId());
                    int siteIndex = i;
                    Pool pool = poolBySku.computeIfAbsent(k, kk -> newPool(Pool.Kind.OWNED, siteIndex, site, null, kk));
                    buildDeployment(i, pool, d, powerOn, lifeMonths, bookMonths);
                }
            }
            for (int m = 0; m < months; m++) {
                siteOpex[i][m] = a.opexUsdPerMwYear() * sitePoweredMw[i][m] / 12.0;
            }
        }
    }

    private Pool newPool(Pool.Kind kind, int siteIdx, Site site, PartnerContract contract, int k) {
        Pool p = new Pool(pools.size(), kind, siteIdx, site, contract, skus.get(k), k,
                site != null ? site.certifications() : contract.certifications(), months);
        pools.add(p);
        return p;
    }

    /** Hall capex evenly over construction months; depreciation from power-on; residual book value at the end. */
    private void buildFacility(int siteIdx, Phase phase, Site site, int powerOn, int facilityMonths) {
        double capex = phase.facilityCapex(site);
        int buildStart = index(phase.constructionStart());
        int buildMonths = Months.between(phase.constructionStart(), phase.energizationMonth());
        if (buildMonths <= 0) {
            addIn(siteCapexFacility[siteIdx], buildStart, capex);
        } else {
            for (int j = 0; j < buildMonths; j++) {
                addIn(siteCapexFacility[siteIdx], buildStart + j, capex / buildMonths);
            }
        }
        for (int j = 0; j < facilityMonths; j++) {
            addIn(siteFacilityDepreciation[siteIdx], powerOn + j, capex / facilityMonths);
        }
        if (buildStart < months) {
            double spent = buildMonths <= 0 ? 1.0 : clamp((double) (months - buildStart) / buildMonths);
            double depreciated = clamp((double) (months - powerOn) / facilityMonths);
            residualBookValue += capex * Math.max(0.0, spent - depreciated);
        }
    }

    /** GPUs in service from max(install, power-on) for their economic life; capex at install; depreciation. */
    private void buildDeployment(int siteIdx, Pool pool, Deployment d, int powerOn, int lifeMonths, int bookMonths) {
        HardwareSku sku = pool.sku;
        int k = pool.skuIndex;
        int install = index(d.install());
        int start = Math.max(install, powerOn);
        int retire = start + lifeMonths;
        double price = d.gpus() * sku.priceUsdPerGpu().value();
        addIn(siteCapexIt[siteIdx], install, price);
        addIn(skuCapex[k], install, price);
        for (int m = Math.max(0, start); m < Math.min(months, retire); m++) {
            pool.gpus[m] += d.gpus();
            siteGpus[siteIdx][m] += d.gpus();
            skuGpusOwned[k][m] += d.gpus();
        }
        int depreciationEnd = Math.min(start + bookMonths, retire);
        for (int m = Math.max(0, start); m < Math.min(months, depreciationEnd); m++) {
            pool.depreciation[m] += price / bookMonths;
            skuDepreciation[k][m] += price / bookMonths;
        }
        if (retire < start + bookMonths && retire >= 0 && retire < months) {
            double writeOff = price * (1.0 - (double) lifeMonths / bookMonths);
            pool.depreciation[retire] += writeOff;
            skuDepreciation[k][retire] += writeOff;
        }
        if (install < months && retire >= months) {
            // still on the books at the horizon's end (a retirement in month `months` is written off after it)
            residualBookValue += price * Math.max(0.0, 1.0 - Math.max(0, months - start) / (double) bookMonths);
        }
    }

    private void buildContracts() {
        for (PartnerContract c : plan.partners()) {
            int k = skuIndex.get(c.skuId());
            Pool pool = newPool(Pool.kindOf(c), -1, null, c, k);
            int from = index(c.start());
            for (int m = Math.max(0, from); m < Math.min(months, from + c.termMonths()); m++) {
                pool.gpus[m] = c.gpus();
                skuGpusRented[k][m] += c.gpus();
            }
            contractBusy.put(pool.index, new double[months]);
            contractFees.put(pool.index, new double[months]);
        }
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }

    private void addIn(double[] series, int m, double value) {
        if (m >= 0 && m < months) {
            series[m] += value;
        }
    }

    private Map<String, Map<String, ThroughputEstimate>> throughputById() {
        Map<String, Map<String, ThroughputEstimate>> out = new LinkedHashMap<>();
        for (int s = 0; s < services.size(); s++) {
            Map<String, ThroughputEstimate> bySku = new LinkedHashMap<>();
            for (int k = 0; k < skus.size(); k++) {
                bySku.put(skus.get(k).id(), throughput[s][k]);
            }
            out.put(services.get(s).id(), bySku);
        }
        return out;
    }

    // ---- steps 2 to 8, month by month ----

    /** Allocates one month at a time; keeps its scratch arrays between months. */
    private final class Allocator {
        private final double[] priceThisMonth = new double[plan.sites().size()];
        private final CheapestFirst cheapest;
        private final double[] remainingFlops = new double[runs.size()];
        private final boolean[][] runCertified = certified(runs); // [run][pool]
        // allocations of the month: workload (service s, or run as -1 - r), pool, GPU-hours, tokens served
        private final int[] allocWorkload;
        private final int[] allocPool;
        private final double[] allocHours;
        private final double[] allocTokens;
        private int allocCount;

        // scratch of account(), per pool and per allocation, reused month to month
        private final double[] poolBusyMwh = new double[pools.size()];
        private final double[] poolCost = new double[pools.size()];
        private final double[] poolIdleMwh = new double[pools.size()];
        private final double[] allocMwh;

        Allocator() {
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
            boolean[][] eligible = certified(services);
            double[][] coefficient = new double[services.size()][n];
            boolean[][] zeroKey = new boolean[services.size()][skus.size()];
            for (int s = 0; s < services.size(); s++) {
                for (Pool p : pools) {
                    eligible[s][p.index] &= throughput[s][p.skuIndex].fits();
                    if (eligible[s][p.index]) {
                        coefficient[s][p.index] = costCoefficient(s, p);
                    }
                }
                for (int k = 0; k < skus.size(); k++) {
                    zeroKey[s][k] = throughput[s][k].busyPowerFraction() - eff.idlePowerFraction() <= 0;
                }
            }
            cheapest = new CheapestFirst(skus.size(), ownedSku, kind, siteOf, pue, certificationCount, eligible,
                    coefficient, zeroKey);
            for (int r = 0; r < runs.size(); r++) {
                remainingFlops[r] = runs.get(r).computeFlops();
            }
            int capacity = services.size() * pools.size() + runs.size() + 1;
            allocWorkload = new int[capacity];
            allocPool = new int[capacity];
            allocHours = new double[capacity];
            allocTokens = new double[capacity];
            allocMwh = new double[capacity];
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
            allocCount = 0;
            double h = hours[m];
            for (Pool p : pools) {
                p.available = p.gpus[m] * h;
                p.inferenceCap = p.kind == Pool.Kind.ON_DEMAND ? p.available : p.available * (1.0 - a.planningHeadroom());
                p.inferenceUsed = 0;
                p.trainingUsed = 0;
            }
            for (int si = 0; si < priceThisMonth.length; si++) {
                priceThisMonth[si] = sitePrice[si][m];
            }
            cheapest.beginMonth(priceThisMonth);
            double software = Math.pow(1.0 + a.softwareEfficiencyGainPerYear(), m / 12.0);
            double unservedGpuHours = 0;
            for (int s = 0; s < services.size(); s++) {
                unservedGpuHours += serve(s, m, software);
            }
            train(m);
            account(m, unservedGpuHours);
        }

        /** Serves one service's demand in month m; returns GPU-hours its unserved demand would need. */
        private double serve(int s, int m, double software) {
            InferenceService svc = services.get(s);
            double demand = svc.demand().tokensPerDay(calendar[m]) * calendar[m].lengthOfMonth();
            svcDemand[s][m] = demand;
            if (demand <= 0) {
                return 0.0;
            }
            double remaining = demand;
            cheapest.start(s);
            while (remaining > 0) {
                int p = cheapest.next();
                if (p < 0) {
                    break;
                }
                Pool pool = pools.get(p);
                double room = pool.inferenceCap - pool.inferenceUsed;
                if (room <= EPS) {
                    continue;
                }
                double tokensPerGpuHour = throughput[s][pool.skuIndex].tokensPerSecondPerGpu() * software * 3600.0;
                double need = remaining / tokensPerGpuHour;
                double used = Math.min(need, room);
                double tokens = used == need ? remaining : used * tokensPerGpuHour;
                pool.inferenceUsed += used;
                remaining -= tokens;
                record(s, p, used, tokens);
                svcServed[s][m] += tokens;
                svcGpuHours[s][m] += used;
                if (!pool.owned()) {
                    svcServedRented[s][m] += tokens;
                }
            }
            if (remaining <= demand * 1e-12) {
                // rounding residue of the greedy fill, not demand anyone would miss
                svcServed[s][m] = demand;
                remaining = 0.0;
            }
            double price = svc.priceUsdPerMillionTokens() * Math.pow(1.0 - priceDecline(svc), m / 12.0);
            svcRevenue[s][m] = svcServed[s][m] * price / 1e6;
            if (remaining == 0.0) {
                return 0.0;
            }
            double best = 0;
            for (ThroughputEstimate e : throughput[s]) {
                best = Math.max(best, e.tokensPerSecondPerGpu());
            }
            return best > 0 ? remaining / (best * software * 3600.0) : 0.0;
        }

        private double priceDecline(InferenceService svc) {
            return svc.priceDeclinePerYear() != null ? svc.priceDeclinePerYear() : a.tokenPriceDeclinePerYear();
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
            ThroughputEstimate e = throughput[s][p.skuIndex];
            double tokensPerGpuHour = e.tokensPerSecondPerGpu() * 3600.0;
            return switch (p.kind) {
                case COMMITTED -> 0.0;
                case ON_DEMAND -> TIER + p.contract.usdPerGpuHour() / tokensPerGpuHour;
                case OWNED -> Math.max(0.0, e.busyPowerFraction() - eff.idlePowerFraction())
                        * p.sku.allInWattsPerGpu().value() * p.site.pue() / 1e6 / tokensPerGpuHour;
            };
        }

        /** Training backfills owned and committed capacity left idle, earliest deadline first. */
        private void train(int m) {
            for (int r = 0; r < runs.size(); r++) {
                TrainingRun run = runs.get(r);
                if (remainingFlops[r] <= 0 || calendar[m].isBefore(run.earliestStart())) {
                    continue;
                }
                Pool best = null;
                double bestRate = 0;
                for (Pool p : pools) {
                    if (p.kind == Pool.Kind.ON_DEMAND || !runCertified[r][p.index]) {
                        continue;
                    }
                    double idleGpus = p.idle() / hours[m];
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
                double flopsPerGpuHour = best.sku.bf16Tflops().value() * 1e12 * a.trainingMfu() * 3600.0;
                double need = remainingFlops[r] / flopsPerGpuHour;
                double used = Math.min(need, best.idle());
                best.trainingUsed += used;
                double flops = used == need ? remainingFlops[r] : used * flopsPerGpuHour;
                remainingFlops[r] -= flops;
                record(-1 - r, best.index, used, 0.0);
                runGpuHours[r][m] += used;
                runFlops[r][m] += flops;
                runValue[r][m] += used * run.valueUsdPerGpuHour();
                if (remainingFlops[r] <= run.computeFlops() * 1e-12) {
                    remainingFlops[r] = 0;
                    runCompleted[r] = calendar[m];
                }
            }
        }

        private void record(int workload, int pool, double gpuHours, double tokens) {
            allocWorkload[allocCount] = workload;
            allocPool[allocCount] = pool;
            allocHours[allocCount] = gpuHours;
            allocTokens[allocCount] = tokens;
            allocCount++;
        }

        /** Power, cost and attribution of the month. */
        private void account(int m, double unservedGpuHours) {
            double h = hours[m];
            Arrays.fill(poolBusyMwh, 0.0);
            Arrays.fill(poolCost, 0.0);
            Arrays.fill(poolIdleMwh, 0.0);
            // busy energy per allocation (exact, by the workload's power), idle energy per pool
            for (int i = 0; i < allocCount; i++) {
                Pool p = pools.get(allocPool[i]);
                allocMwh[i] = 0.0;
                if (!p.owned()) {
                    continue;
                }
                double fraction = allocWorkload[i] >= 0
                        ? throughput[allocWorkload[i]][p.skuIndex].busyPowerFraction()
                        : eff.computeBoundPowerFraction();
                allocMwh[i] = allocHours[i] * p.sku.allInWattsPerGpu().value() * fraction * p.site.pue() / 1e6;
                poolBusyMwh[p.index] += allocMwh[i];
            }
            double ownedAvailable = 0;
            double ownedBusy = 0;
            double ownedCost = 0;
            double rentedAvailable = 0;
            double rentedBusy = 0;
            for (Pool p : pools) {
                skuBusy[p.skuIndex][m] += p.busy();
                if (p.owned()) {
                    int si = p.siteIndex;
                    double idleItMwh = p.idle() * p.sku.allInWattsPerGpu().value() * eff.idlePowerFraction() / 1e6;
                    poolIdleMwh[p.index] = idleItMwh * p.site.pue();
                    double facilityMwh = poolBusyMwh[p.index] + poolIdleMwh[p.index];
                    siteFacilityMwh[si][m] += facilityMwh;
                    siteItMwh[si][m] += facilityMwh / p.site.pue();
                    double electricity = facilityMwh * sitePrice[si][m];
                    siteElectricityCost[si][m] += electricity;
                    double share = siteGpus[si][m] > 0 ? p.gpus[m] / siteGpus[si][m] : 0.0;
                    poolCost[p.index] = p.depreciation[m] + electricity
                            + share * (siteFacilityDepreciation[si][m] + siteOpex[si][m]);
                    ownedCost += poolCost[p.index];
                    ownedAvailable += p.available;
                    ownedBusy += p.busy();
                } else {
                    double fee = p.kind == Pool.Kind.COMMITTED ? p.available * p.contract.usdPerGpuHour()
                            : p.inferenceUsed * p.contract.usdPerGpuHour();
                    poolCost[p.index] = fee;
                    contractFees.get(p.index)[m] = fee;
                    contractBusy.get(p.index)[m] = p.busy();
                    (p.kind == Pool.Kind.COMMITTED ? t.rentalCommitted : t.rentalOnDemand)[m] += fee;
                    rentedAvailable += p.available;
                    rentedBusy += p.busy();
                }
                if (p.busy() <= EPS) {
                    idleCapacityCost += poolCost[p.index];
                }
            }
            // attribute each pool's cost (and idle energy) to its workloads by busy GPU-hours
            for (int i = 0; i < allocCount; i++) {
                Pool p = pools.get(allocPool[i]);
                double share = allocHours[i] / p.busy();
                double cost = poolCost[p.index] * share;
                double mwh = allocMwh[i] + poolIdleMwh[p.index] * share;
                int w = allocWorkload[i];
                if (w >= 0) {
                    svcCost[w][m] += cost;
                    svcMwh[w][m] += mwh;
                    if (p.owned()) {
                        t.inferenceFacilityMwh[m] += mwh;
                        t.tokensServedOwned[m] += allocTokens[i];
                    }
                    t.inferenceCost[m] += cost;
                    t.gpuHoursInference[m] += allocHours[i];
                } else {
                    runCost[-1 - w][m] += cost;
                    t.gpuHoursTraining[m] += allocHours[i];
                }
            }
            for (int si = 0; si < plan.sites().size(); si++) {
                if (siteGpus[si][m] <= 0) {
                    // a powered site with no GPUs: its hall depreciation and operations are idle cost
                    idleCapacityCost += siteFacilityDepreciation[si][m] + siteOpex[si][m];
                }
            }
            t.ownedCost[m] = ownedCost;
            t.gpuHoursOwned[m] = ownedAvailable;
            t.gpuHoursOwnedBusy[m] = ownedBusy;
            t.gpuHoursRented[m] = rentedAvailable;
            t.gpuHoursRentedBusy[m] = rentedBusy;
            t.gpusNeeded[m] = (ownedBusy + rentedBusy + unservedGpuHours) / h;
        }
    }

    // ---- step 5: what the run found ----

    private List<ValidationIssue> runIssues() {
        List<ValidationIssue> out = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            InferenceService svc = services.get(s);
            int shortMonths = 0;
            int first = -1;
            double worst = 0;
            double unserved = 0;
            for (int m = 0; m < months; m++) {
                double missing = svcDemand[s][m] - svcServed[s][m];
                if (missing > svcDemand[s][m] * 1e-9 && missing > 0) {
                    shortMonths++;
                    if (first < 0) {
                        first = m;
                    }
                    worst = Math.max(worst, missing / svcDemand[s][m]);
                    unserved += missing;
                }
            }
            if (shortMonths > 0) {
                out.add(new ValidationIssue(IssueKind.UNSERVED_DEMAND, svc.id(), String.format(Locale.ROOT,
                        "%s cannot be fully served in %d months from %s (worst month %.0f%% unserved; %s in all).",
                        svc.name(), shortMonths, calendar[first], worst * 100, Amounts.tokens(unserved))));
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            TrainingRun run = runs.get(r);
            if (runCompleted[r] == null) {
                double done = Arrays.stream(runFlops[r]).sum() / run.computeFlops();
                out.add(new ValidationIssue(IssueKind.TRAINING_LATE, run.id(), String.format(Locale.ROOT,
                        "%s does not finish within the plan (%.0f%% done by %s; deadline %s).",
                        run.name(), done * 100, calendar[months - 1], run.deadline())));
            } else if (runCompleted[r].isAfter(run.deadline())) {
                out.add(new ValidationIssue(IssueKind.TRAINING_LATE, run.id(), String.format(Locale.ROOT,
                        "%s finishes in %s, %d months after its deadline (%s).", run.name(), runCompleted[r],
                        Months.between(run.deadline(), runCompleted[r]), run.deadline())));
            }
        }
        return out;
    }

    // ---- assembling the immutable result ----

    private SimulationResult assemble(List<ValidationIssue> issues) {
        for (int si = 0; si < plan.sites().size(); si++) {
            for (int m = 0; m < months; m++) {
                t.capexFacility[m] += siteCapexFacility[si][m];
                t.capexIt[m] += siteCapexIt[si][m];
                t.depreciation[m] += siteFacilityDepreciation[si][m];
                t.electricityMwh[m] += siteFacilityMwh[si][m];
                t.itMwh[m] += siteItMwh[si][m];
                t.electricityCost[m] += siteElectricityCost[si][m];
                t.opex[m] += siteOpex[si][m];
            }
        }
        for (Pool p : pools) {
            double[] gpus = p.owned() ? t.gpusOwned : t.gpusRented;
            for (int m = 0; m < months; m++) {
                t.depreciation[m] += p.depreciation[m];
                gpus[m] += p.gpus[m];
            }
        }
        for (int s = 0; s < services.size(); s++) {
            for (int m = 0; m < months; m++) {
                t.revenueInference[m] += svcRevenue[s][m];
                t.tokensDemanded[m] += svcDemand[s][m];
                t.tokensServed[m] += svcServed[s][m];
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            for (int m = 0; m < months; m++) {
                t.revenueTraining[m] += runValue[r][m];
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
                + calendar[months - 1] + ")"), Finance.npv(cash, a.discountRate()), Finance.irr(cash), payback,
                payback == null ? null : calendar[payback], residualBookValue, late, peakMw,
                idleCapacityCost);
        return new SimulationResult(plan.name(), scenario == null ? null : scenario.id(),
                scenario == null ? null : scenario.name(), plan.start(), months, plan.currency(), eff.source(), totals,
                siteResults(), skuResults(), contractResults(), serviceResults(), training, throughputList(), kpis,
                years, issues);
    }

    private List<SiteResult> siteResults() {
        List<SiteResult> out = new ArrayList<>();
        for (int i = 0; i < plan.sites().size(); i++) {
            Site site = plan.sites().get(i);
            double[] mw = new double[months];
            for (int m = 0; m < months; m++) {
                mw[m] = siteFacilityMwh[i][m] / hours[m];
            }
            out.add(new SiteResult(site.id(), site.name(), site.pue(), site.gridMw(), Series.of(Unit.GPUS, siteGpus[i]),
                    Series.of(Unit.MW, sitePoweredMw[i]), Series.of(Unit.MW, mw), Series.of(Unit.MWH, siteItMwh[i]),
                    Series.of(Unit.MWH, siteFacilityMwh[i]), Series.of(Unit.USD, siteElectricityCost[i]),
                    Series.of(Unit.USD, siteCapexFacility[i]), Series.of(Unit.USD, siteCapexIt[i]),
                    Series.of(Unit.USD, siteOpex[i])));
        }
        return out;
    }

    private List<SkuResult> skuResults() {
        List<SkuResult> out = new ArrayList<>();
        for (int k = 0; k < skus.size(); k++) {
            HardwareSku sku = skus.get(k);
            out.add(new SkuResult(sku.id(), sku.name(), Series.of(Unit.GPUS, skuGpusOwned[k]),
                    Series.of(Unit.GPUS, skuGpusRented[k]), Series.of(Unit.USD, skuCapex[k]),
                    Series.of(Unit.USD, skuDepreciation[k]), Series.of(Unit.GPU_HOURS, skuBusy[k])));
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
                    Series.of(Unit.GPU_HOURS, available), Series.of(Unit.GPU_HOURS, contractBusy.get(p.index)),
                    Series.of(Unit.USD, contractFees.get(p.index))));
        }
        return out;
    }

    private List<ServiceResult> serviceResults() {
        List<ServiceResult> out = new ArrayList<>();
        for (InferenceService svc : plan.services()) {
            int s = serviceIndex.get(svc.id());
            out.add(new ServiceResult(svc.id(), svc.name(), svc.priority(), Series.of(Unit.TOKENS, svcDemand[s]),
                    Series.of(Unit.TOKENS, svcServed[s]), Series.of(Unit.TOKENS, svcServedRented[s]),
                    Series.of(Unit.GPU_HOURS, svcGpuHours[s]), Series.of(Unit.USD, svcRevenue[s]),
                    Series.of(Unit.USD, svcCost[s]), Series.of(Unit.MWH, svcMwh[s])));
        }
        return out;
    }

    private List<TrainingResult> trainingResults() {
        List<TrainingResult> out = new ArrayList<>();
        for (TrainingRun run : plan.trainingRuns()) {
            int r = runIndex.get(run.id());
            double done = Arrays.stream(runFlops[r]).sum() / run.computeFlops();
            YearMonth completed = runCompleted[r];
            Integer late = completed == null ? null : Math.max(0, Months.between(run.deadline(), completed));
            out.add(new TrainingResult(run.id(), run.name(), run.deadline(), Series.of(Unit.GPU_HOURS, runGpuHours[r]),
                    Series.of(Unit.FLOP, runFlops[r]), Series.of(Unit.USD, runValue[r]), Series.of(Unit.USD, runCost[r]),
                    completed, late, Math.min(1.0, done)));
        }
        return out;
    }

    private List<ThroughputEstimate> throughputList() {
        List<ThroughputEstimate> out = new ArrayList<>();
        for (InferenceService svc : plan.services()) {
            out.addAll(Arrays.asList(throughput[serviceIndex.get(svc.id())]));
        }
        return out;
    }
}

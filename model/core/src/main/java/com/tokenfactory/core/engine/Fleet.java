package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Deployment;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerContract;
import com.tokenfactory.core.plan.Phase;
import com.tokenfactory.core.plan.Site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps 1 and 7 of the engine, done once before the months run: what capacity is online each month — halls powered
 * (energized and grid connected), GPU pods in service within their economic life, partner clouds within their term —
 * as {@link Pool}s, and what it costs: hall capex evenly over construction, GPU capex at install, straight-line
 * depreciation from service start (write-off at retirement), operations per powered MW, and the book value left at
 * the horizon's end.
 * <p>
 * Power: a hall feeds its GPUs at full all-in power up to its critical IT MW, and a site's halls together up to the
 * grid connection ÷ PUE, the halls powered first fed first (as {@link PlanValidator} reasons: the hall that pushes
 * the site over its grid is the one at fault). Where a hall's GPUs would draw more than it is given, every GPU of the
 * hall runs the same share of the time: {@link Pool#poweredGpus}. The rest stay installed and depreciate, but neither
 * serve, train nor draw power; the plan keeps its problem ({@code DEPLOYMENT_OVER_POWER} or {@code SITE_OVER_GRID}).
 */
final class Fleet {
    private final SimulationInputs in;
    private final Ledger ledger;
    private final int months;
    final List<Pool> pools = new ArrayList<>();

    private Fleet(SimulationInputs in, Ledger ledger) {
        this.in = in;
        this.ledger = ledger;
        this.months = in.months;
    }

    /** Builds the fleet's pools and writes its capacity, capex, depreciation and operations into the ledger. */
    static List<Pool> build(SimulationInputs in, Ledger ledger) {
        Fleet fleet = new Fleet(in, ledger);
        fleet.buildSites();
        fleet.buildContracts();
        return fleet.pools;
    }

    private void buildSites() {
        Assumptions a = in.a;
        int lifeMonths = a.economicLifeMonths();
        int bookMonths = a.bookLifeMonths();
        int facilityMonths = a.facilityLifeMonths();
        List<Site> sites = in.plan.sites();
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            for (int m = 0; m < months; m++) {
                ledger.sitePrice[i][m] = site.electricityUsdPerMwh()
                        * Math.pow(1.0 + site.electricityEscalationPerYear(), m / 12.0);
            }
            Map<Integer, Pool> poolBySku = new LinkedHashMap<>();
            List<HallLoad> halls = new ArrayList<>();
            for (Phase phase : site.phases()) {
                int powerOn = in.index(site.powerOn(phase));
                for (int m = Math.max(0, powerOn); m < months; m++) {
                    ledger.sitePoweredMw[i][m] += phase.criticalItMw();
                }
                buildFacility(i, phase, site, powerOn, facilityMonths);
                HallLoad hall = new HallLoad(phase, powerOn, months);
                halls.add(hall);
                for (Deployment d : phase.deployments()) {
                    int k = in.skuIndex.get(d.skuId());
                    int siteIndex = i;
                    Pool pool = poolBySku.computeIfAbsent(k, kk -> newPool(Pool.Kind.OWNED, siteIndex, site, null, kk));
                    buildDeployment(i, pool, d, powerOn, lifeMonths, bookMonths, hall);
                }
            }
            feed(site, halls);
            for (int m = 0; m < months; m++) {
                ledger.siteOpex[i][m] = a.opexUsdPerMwYear() * ledger.sitePoweredMw[i][m] / 12.0;
            }
        }
    }

    private Pool newPool(Pool.Kind kind, int siteIdx, Site site, PartnerContract contract, int k) {
        Pool p = new Pool(pools.size(), kind, siteIdx, site, contract, in.skus.get(k), k,
                site != null ? site.certifications() : contract.certifications(), months);
        pools.add(p);
        return p;
    }

    /** Hall capex evenly over construction months; depreciation from power-on; residual book value at the end. */
    private void buildFacility(int siteIdx, Phase phase, Site site, int powerOn, int facilityMonths) {
        double capex = phase.facilityCapex(site);
        int buildStart = in.index(phase.constructionStart());
        int buildMonths = Months.between(phase.constructionStart(), phase.energizationMonth());
        if (buildMonths <= 0) {
            ledger.addIn(ledger.siteCapexFacility[siteIdx], buildStart, capex);
        } else {
            for (int j = 0; j < buildMonths; j++) {
                ledger.addIn(ledger.siteCapexFacility[siteIdx], buildStart + j, capex / buildMonths);
            }
        }
        for (int j = 0; j < facilityMonths; j++) {
            ledger.addIn(ledger.siteFacilityDepreciation[siteIdx], powerOn + j, capex / facilityMonths);
        }
        if (buildStart < months) {
            double spent = buildMonths <= 0 ? 1.0 : clamp((double) (months - buildStart) / buildMonths);
            double depreciated = clamp((double) (months - powerOn) / facilityMonths);
            ledger.residualBookValue += capex * Math.max(0.0, spent - depreciated);
        }
    }

    /** GPUs in service from max(install, power-on) for their economic life; capex at install; depreciation. */
    private void buildDeployment(int siteIdx, Pool pool, Deployment d, int powerOn, int lifeMonths, int bookMonths,
                                 HallLoad hall) {
        HardwareSku sku = pool.sku;
        int k = pool.skuIndex;
        int install = in.index(d.install());
        int start = Math.max(install, powerOn);
        int retire = start + lifeMonths;
        double price = d.gpus() * sku.priceUsdPerGpu().value();
        ledger.addIn(ledger.siteCapexIt[siteIdx], install, price);
        ledger.addIn(ledger.skuCapex[k], install, price);
        double[] inHall = hall.gpusOf(pool);
        double podW = d.gpus() * sku.allInWattsPerGpu().value();
        for (int m = Math.max(0, start); m < Math.min(months, retire); m++) {
            pool.gpus[m] += d.gpus();
            inHall[m] += d.gpus();
            hall.drawW[m] += podW;
            ledger.siteGpus[siteIdx][m] += d.gpus();
            ledger.skuGpusOwned[k][m] += d.gpus();
        }
        int depreciationEnd = Math.min(start + bookMonths, retire);
        for (int m = Math.max(0, start); m < Math.min(months, depreciationEnd); m++) {
            pool.depreciation[m] += price / bookMonths;
            ledger.skuDepreciation[k][m] += price / bookMonths;
        }
        if (retire < start + bookMonths && retire >= 0 && retire < months) {
            double writeOff = price * (1.0 - (double) lifeMonths / bookMonths);
            pool.depreciation[retire] += writeOff;
            ledger.skuDepreciation[k][retire] += writeOff;
        }
        if (install < months && retire >= months) {
            // still on the books at the horizon's end (a retirement in month `months` is written off after it)
            ledger.residualBookValue += price * Math.max(0.0, 1.0 - Math.max(0, months - start) / (double) bookMonths);
        }
    }

    /**
     * Each month, feeds the site's halls in power-on order (then as declared): a hall gets the full all-in draw of its
     * GPUs in service, at most its critical IT power and at most what the grid (÷ PUE) has left; its pools get
     * that share of the hall's GPUs as powered GPUs.
     */
    private void feed(Site site, List<HallLoad> halls) {
        List<HallLoad> byPowerOn = new ArrayList<>(halls);
        byPowerOn.sort(Comparator.comparingInt(h -> h.powerOn));
        double gridItW = site.gridMw() * 1e6 / site.pue();
        for (int m = 0; m < months; m++) {
            double left = gridItW;
            for (HallLoad hall : byPowerOn) {
                double draw = hall.drawW[m];
                if (draw <= 0) {
                    continue;
                }
                double fed = Math.min(draw, Math.min(hall.criticalW, Math.max(0.0, left)));
                left -= fed;
                double share = fed == draw ? 1.0 : fed / draw;
                for (Map.Entry<Pool, double[]> e : hall.gpusByPool.entrySet()) {
                    e.getKey().poweredGpus[m] += e.getValue()[m] * share;
                }
            }
        }
    }

    /** One hall's GPUs in service per pool and their full all-in draw, month by month. */
    private static final class HallLoad {
        final int powerOn;
        final double criticalW;
        final double[] drawW;
        final Map<Pool, double[]> gpusByPool = new LinkedHashMap<>();
        private final int months;

        HallLoad(Phase phase, int powerOn, int months) {
            this.powerOn = powerOn;
            this.criticalW = phase.criticalItMw() * 1e6;
            this.drawW = new double[months];
            this.months = months;
        }

        double[] gpusOf(Pool pool) {
            return gpusByPool.computeIfAbsent(pool, p -> new double[months]);
        }
    }

    private void buildContracts() {
        for (PartnerContract c : in.plan.partners()) {
            int k = in.skuIndex.get(c.skuId());
            Pool pool = newPool(Pool.kindOf(c), -1, null, c, k);
            int from = in.index(c.start());
            for (int m = Math.max(0, from); m < Math.min(months, from + c.termMonths()); m++) {
                pool.gpus[m] = c.gpus();
                pool.poweredGpus[m] = c.gpus();
                ledger.skuGpusRented[k][m] += c.gpus();
            }
            ledger.openContract(pool.index);
        }
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }
}

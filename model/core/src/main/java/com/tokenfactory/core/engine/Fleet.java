package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Deployment;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerContract;
import com.tokenfactory.core.plan.Phase;
import com.tokenfactory.core.plan.Site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps 1 and 7 of the engine, done once before the months run: what capacity is online each month — halls powered
 * (energized and grid connected), GPU pods in service within their economic life, partner clouds within their term —
 * as {@link Pool}s, and what it costs: hall capex evenly over construction, GPU capex at install, straight-line
 * depreciation from service start (write-off at retirement), operations per powered MW, and the book value left at
 * the horizon's end.
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
            for (Phase phase : site.phases()) {
                int powerOn = in.index(site.powerOn(phase));
                for (int m = Math.max(0, powerOn); m < months; m++) {
                    ledger.sitePoweredMw[i][m] += phase.criticalItMw();
                }
                buildFacility(i, phase, site, powerOn, facilityMonths);
                for (Deployment d : phase.deployments()) {
                    int k = in.skuIndex.get(d.skuId());
                    int siteIndex = i;
                    Pool pool = poolBySku.computeIfAbsent(k, kk -> newPool(Pool.Kind.OWNED, siteIndex, site, null, kk));
                    buildDeployment(i, pool, d, powerOn, lifeMonths, bookMonths);
                }
            }
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
    private void buildDeployment(int siteIdx, Pool pool, Deployment d, int powerOn, int lifeMonths, int bookMonths) {
        HardwareSku sku = pool.sku;
        int k = pool.skuIndex;
        int install = in.index(d.install());
        int start = Math.max(install, powerOn);
        int retire = start + lifeMonths;
        double price = d.gpus() * sku.priceUsdPerGpu().value();
        ledger.addIn(ledger.siteCapexIt[siteIdx], install, price);
        ledger.addIn(ledger.skuCapex[k], install, price);
        for (int m = Math.max(0, start); m < Math.min(months, retire); m++) {
            pool.gpus[m] += d.gpus();
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

    private void buildContracts() {
        for (PartnerContract c : in.plan.partners()) {
            int k = in.skuIndex.get(c.skuId());
            Pool pool = newPool(Pool.kindOf(c), -1, null, c, k);
            int from = in.index(c.start());
            for (int m = Math.max(0, from); m < Math.min(months, from + c.termMonths()); m++) {
                pool.gpus[m] = c.gpus();
                ledger.skuGpusRented[k][m] += c.gpus();
            }
            ledger.openContract(pool.index);
        }
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }
}

package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerCloud;
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
 * depreciation from service start to retirement (or the book life if shorter), tax depreciation, operations per
 * MW of completed halls, net book value month by month, and the book value and tax basis left at the horizon's end.
 * <p>
 * Power: a hall feeds its GPUs at full all-in power up to its critical IT MW, and a site's halls together up to the
 * grid connection ÷ PUE, the halls powered first fed first (as {@link PlanValidator} reasons: the hall that pushes
 * the site over its grid is the one at fault). Where a hall's GPUs would draw more than it is given, every GPU of the
 * hall runs the same share of the time: {@link Pool#poweredGpus}. The rest stay installed and depreciate, but neither
 * serve, train nor draw power; the plan keeps its problem ({@code DEPLOYMENT_OVER_POWER} or {@code SITE_OVER_GRID}).
 * Of the GPUs power feeds, those up (availability) serve, at half in a pod's commissioning months.
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
            double[] builtMw = new double[months];
            List<HallLoad> loads = new ArrayList<>();
            for (Hall hall : site.halls()) {
                int powerOn = in.index(site.powerOn(hall));
                for (int m = Math.max(0, powerOn); m < months; m++) {
                    ledger.sitePoweredMw[i][m] += hall.criticalItMw();
                }
                for (int m = Math.max(0, in.index(hall.energizationMonth())); m < months; m++) {
                    builtMw[m] += hall.criticalItMw();
                }
                buildFacility(i, hall, site, in.index(hall.energizationMonth()), facilityMonths);
                HallLoad load = new HallLoad(hall, powerOn, months);
                loads.add(load);
                for (GpuPod d : hall.gpuPods()) {
                    int k = in.skuIndex.get(d.skuId());
                    int siteIndex = i;
                    Pool pool = poolBySku.computeIfAbsent(k, kk -> newPool(Pool.Kind.OWNED, siteIndex, site, null, kk));
                    buildGpuPod(i, pool, d, powerOn, lifeMonths, bookMonths, load);
                }
            }
            feed(site, loads);
            for (int m = 0; m < months; m++) {
                // staff and maintenance start when a hall is complete, whether or not its grid connection is there
                ledger.siteOpex[i][m] = a.opexUsdPerMwYear() * builtMw[m] / 12.0;
            }
        }
    }

    private Pool newPool(Pool.Kind kind, int siteIdx, Site site, PartnerCloud contract, int k) {
        Pool p = new Pool(pools.size(), kind, siteIdx, site, contract, in.skus.get(k), k,
                site != null ? site.certifications() : contract.certifications(), months);
        pools.add(p);
        return p;
    }

    /**
     * Hall capex (construction × (1 + land and soft costs)) evenly over construction months; straight-line book
     * depreciation from completion (energization), so a late grid connection does not leave a hall worth more at the
     * horizon's end; tax depreciation straight line over the halls' tax life; net book value each month (construction
     * in progress included) and what is left at the horizon's end.
     */
    private void buildFacility(int siteIdx, Hall hall, Site site, int complete, int facilityMonths) {
        double capex = hall.facilityCapex(site) * (1.0 + in.a.facilitySoftCostShare());
        int buildStart = in.index(hall.constructionStart());
        int buildMonths = Months.between(hall.constructionStart(), hall.energizationMonth());
        if (buildMonths <= 0) {
            ledger.addIn(ledger.siteCapexFacility[siteIdx], buildStart, capex);
        } else {
            for (int j = 0; j < buildMonths; j++) {
                ledger.addIn(ledger.siteCapexFacility[siteIdx], buildStart + j, capex / buildMonths);
            }
        }
        for (int j = 0; j < facilityMonths; j++) {
            ledger.addIn(ledger.siteFacilityDepreciation[siteIdx], complete + j, capex / facilityMonths);
        }
        for (int m = Math.max(0, buildStart); m < months; m++) {
            ledger.siteHallBookValue[siteIdx][m] += capex * hallBookShare(m, buildStart, buildMonths, complete,
                    facilityMonths);
        }
        if (buildStart < months) {
            double left = capex * hallBookShare(months, buildStart, buildMonths, complete, facilityMonths);
            ledger.residualBookValue += left;
            ledger.residualBookValueHalls += left;
            ledger.taxBasisLeft += Finance.addTaxDepreciation(ledger.taxDepreciation, capex, complete,
                    Integer.MAX_VALUE, false, in.a.facilityTaxLifeMonths());
        }
    }

    /** Share of a hall's cost on the books at the start of month m: spent so far less depreciated so far. */
    private static double hallBookShare(int m, int buildStart, int buildMonths, int powerOn, int facilityMonths) {
        double spent = buildMonths <= 0 ? (m >= buildStart ? 1.0 : 0.0) : clamp((double) (m - buildStart) / buildMonths);
        double depreciated = clamp((double) (m - powerOn) / facilityMonths);
        return Math.max(0.0, spent - depreciated);
    }

    /**
     * GPUs in service from max(install, power-on) until their economic life ends — counted from install or from
     * power-on as the plan chooses; capex (GPUs × (1 + networking, storage, spares)) at install; straight-line book
     * depreciation from service start over the book life or the time to retirement, whichever is shorter (a GPU is
     * written down over the time it is used, IAS 16 ¶57, so nothing is left to write off when it retires); tax
     * depreciation from service start; serving capacity = GPUs × availability, at half during commissioning, of
     * what the hall's power feeds.
     */
    private void buildGpuPod(int siteIdx, Pool pool, GpuPod d, int powerOn, int lifeMonths, int bookMonths,
                                 HallLoad hall) {
        Assumptions a = in.a;
        HardwareSku sku = pool.sku;
        int k = pool.skuIndex;
        int install = in.index(d.install());
        int start = Math.max(install, powerOn);
        int retire = (a.economicLifeFrom() == Assumptions.LifeStart.INSTALL ? install : start) + lifeMonths;
        double price = d.gpus() * sku.priceUsdPerGpu().value() * (1.0 + a.itCapexExtraShare());
        ledger.addIn(ledger.siteCapexIt[siteIdx], install, price);
        ledger.addIn(ledger.skuCapex[k], install, price);
        double availability = a.gpuAvailability();
        double[] inHall = hall.gpusOf(pool);
        double podW = d.gpus() * sku.allInWattsPerGpu().value();
        for (int m = Math.max(0, start); m < Math.min(months, retire); m++) {
            boolean commissioning = m - start < a.commissioningMonths();
            pool.gpus[m] += d.gpus();
            // power is reserved for the whole pod; of what it feeds, the GPUs up serve, at half while commissioning
            inHall[m] += d.gpus() * availability * (commissioning ? 0.5 : 1.0);
            hall.drawW[m] += podW;
            ledger.siteGpus[siteIdx][m] += d.gpus();
            ledger.skuGpusOwned[k][m] += d.gpus();
        }
        ledger.addInLifeAfterHorizon(start, retire, d.gpus());
        int depreciationMonths = Math.max(1, Math.min(bookMonths, retire - start));
        for (int m = Math.max(0, start); m < Math.min(months, start + depreciationMonths); m++) {
            pool.depreciation[m] += price / depreciationMonths;
            ledger.skuDepreciation[k][m] += price / depreciationMonths;
        }
        for (int m = Math.max(0, install); m < months; m++) {
            pool.bookValue[m] += price * (1.0 - clamp((double) (m - start) / depreciationMonths));
        }
        if (install < months) {
            double left = price * (1.0 - clamp((double) (months - start) / depreciationMonths));
            ledger.residualBookValue += left;
            double taxLeft = Finance.addTaxDepreciation(ledger.taxDepreciation, price, start, retire,
                    a.itTaxDepreciation() == Assumptions.TaxDepreciation.MACRS_5_YEAR, bookMonths);
            ledger.taxBasisLeft += taxLeft;
            ledger.taxBasisLeftGpus += taxLeft;
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

        HallLoad(Hall hall, int powerOn, int months) {
            this.powerOn = powerOn;
            this.criticalW = hall.criticalItMw() * 1e6;
            this.drawW = new double[months];
            this.months = months;
        }

        double[] gpusOf(Pool pool) {
            return gpusByPool.computeIfAbsent(pool, p -> new double[months]);
        }
    }

    private void buildContracts() {
        for (PartnerCloud c : in.plan.partners()) {
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

package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.plan.Workload;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.ThroughputEstimate;
import com.tokenfactory.core.result.ValidationIssue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need no simulation: power, grid, availability dates, certifications, model fit, lead times, and
 * whether a service's throughput and revenue per GPU are plausible at all.
 */
final class PlanValidator {
    /**
     * A GPU earning more than this many times its going rental rate is flagged. A GPU's rent already pays its owner's
     * depreciation, power, hall and margin; a service that earns several times that on it would be copied by anyone
     * renting the same GPU until prices fell, so a plan showing it has almost always a price, throughput or demand
     * typed wrong. Three times leaves room for a real serving margin (an owner keeping 2/3 of revenue over rent).
     */
    static final double PLAUSIBLE_REVENUE_TO_RENT = 3.0;

    private final Plan plan;
    private final Map<String, Map<String, ThroughputEstimate>> throughput;
    private final List<ValidationIssue> issues = new ArrayList<>();

    private PlanValidator(Plan plan, Map<String, Map<String, ThroughputEstimate>> throughput) {
        this.plan = plan;
        this.throughput = throughput;
    }

    /** @param throughput service id → SKU id → estimate, for every service and catalog SKU */
    static List<ValidationIssue> validate(Plan plan, Map<String, Map<String, ThroughputEstimate>> throughput) {
        PlanValidator v = new PlanValidator(plan, throughput);
        v.checkSites();
        v.checkContracts();
        v.checkWorkloads();
        return v.issues;
    }

    /**
     * Adds a problem whose message is {@code format} with {@code args}, numbers written as everywhere else (1,000.5),
     * written when first read.
     */
    private void add(IssueKind kind, String elementId, String format, Object... args) {
        issues.add(ValidationIssue.deferred(kind, elementId, () -> String.format(Locale.ROOT, format, args)));
    }

    private void checkSites() {
        int lifeMonths = plan.assumptions().economicLifeMonths();
        for (Site site : plan.sites()) {
            checkGrid(site);
            for (Hall hall : site.halls()) {
                YearMonth powerOn = site.powerOn(hall);
                if (hall.energizationMonth().isBefore(site.gridAvailable())) {
                    add(IssueKind.HALL_WAITS_FOR_GRID, hall.id(),
                            "%s of %s is built by %s but the site's grid connection arrives only in %s: it waits %d months.",
                            hall.name(), site.name(), hall.energizationMonth(), site.gridAvailable(),
                            Months.between(hall.energizationMonth(), site.gridAvailable()));
                }
                for (GpuPod d : hall.gpuPods()) {
                    HardwareSku sku = plan.requireSku(d.skuId());
                    if (d.install().isBefore(sku.firstAvailable())) {
                        add(IssueKind.SKU_NOT_YET_AVAILABLE, d.id(),
                                "Pod %s installs %s in %s, but that SKU is first available in %s.",
                                d.id(), sku.name(), d.install(), sku.firstAvailable());
                    }
                    if (d.install().isBefore(powerOn)) {
                        add(IssueKind.GPUS_WAIT_FOR_POWER, d.id(),
                                "Pod %s is installed in %s but %s powers on only in %s: %d months of GPUs bought and dark.",
                                d.id(), d.install(), hall.name(), powerOn, Months.between(d.install(), powerOn));
                    }
                    if (!d.install().isBefore(plan.end())) {
                        add(IssueKind.OUTSIDE_HORIZON, d.id(),
                                "Pod %s installs in %s, after the plan's horizon ends (%s); it is not simulated.",
                                d.id(), d.install(), plan.end().minusMonths(1));
                    }
                }
                checkHallPower(hall, powerOn, lifeMonths);
            }
        }
    }

    /** A hall's pods in service at the same time must not draw more than its critical IT power. */
    private void checkHallPower(Hall hall, YearMonth powerOn, int lifeMonths) {
        double limitW = hall.criticalItMw() * 1e6;
        List<GpuPod> pods = hall.gpuPods();
        double[] podW = new double[pods.size()];
        YearMonth[] retire = new YearMonth[pods.size()];
        for (int i = 0; i < pods.size(); i++) {
            GpuPod d = pods.get(i);
            podW[i] = d.gpus() * plan.requireSku(d.skuId()).allInWattsPerGpu().value();
            retire[i] = Months.max(d.install(), powerOn).plusMonths(lifeMonths);
        }
        for (int j = 0; j < pods.size(); j++) {
            GpuPod d = pods.get(j);
            YearMonth t = d.install();
            double drawW = 0;
            for (int i = 0; i < pods.size(); i++) {
                if (!pods.get(i).install().isAfter(t) && t.isBefore(retire[i])) {
                    drawW += podW[i];
                }
            }
            if (drawW > limitW * (1 + 1e-9)) {
                add(IssueKind.DEPLOYMENT_OVER_POWER, d.id(),
                        "Pod %s draws %.1f MW of IT power; with the pods already in %s that is %.1f MW, but the hall delivers %.1f MW: "
                                + "in the results only the %.0f%% of the hall's GPUs that power feeds run.",
                        d.id(), podW[j] / 1e6, hall.name(), drawW / 1e6, hall.criticalItMw(),
                        100 * limitW / drawW);
            }
        }
    }

    /** The halls of a site, at full IT load and the site's PUE, must fit its grid interconnect. */
    private void checkGrid(Site site) {
        List<Hall> byPowerOn = new ArrayList<>(site.halls());
        byPowerOn.sort((x, y) -> site.powerOn(x).compareTo(site.powerOn(y)));
        double itMw = 0;
        for (Hall p : byPowerOn) {
            itMw += p.criticalItMw();
            double facilityMw = itMw * site.pue();
            if (facilityMw > site.gridMw() * (1 + 1e-9)) {
                add(IssueKind.SITE_OVER_GRID, site.id(),
                        "From %s, when %s powers on, %s needs %.0f MW at the meter (%.0f MW IT × PUE %.2f) but its grid connection is %.0f MW: "
                                + "in the results only the GPUs the grid feeds run, halls powered first fed first.",
                        site.powerOn(p), p.name(), site.name(), facilityMw, itMw, site.pue(), site.gridMw());
                return;
            }
        }
    }

    private void checkContracts() {
        for (PartnerCloud c : plan.partners()) {
            HardwareSku sku = plan.requireSku(c.skuId());
            if (c.start().isBefore(sku.firstAvailable())) {
                add(IssueKind.SKU_NOT_YET_AVAILABLE, c.id(),
                        "Contract %s rents %s from %s, but that SKU is first available in %s.",
                        c.name(), sku.name(), c.start(), sku.firstAvailable());
            }
            if (c.signBy().isBefore(plan.start())) {
                add(IssueKind.CONTRACT_LEAD_TIME, c.id(),
                        "Contract %s needs %d months from signing to capacity: to start in %s it must be signed by %s, before the plan starts (%s).",
                        c.name(), c.leadTimeMonths(), c.start(), c.signBy(), plan.start());
            }
        }
    }

    private void checkWorkloads() {
        Set<String> usedSkus = plan.skuIdsInUse();
        for (Workload w : plan.workloads()) {
            if (anyCapacityMayRun(w)) {
                continue;
            }
            if (w.requiredCertifications().isEmpty()) {
                add(IssueKind.NO_CERTIFIED_CAPACITY, w.id(),
                        "%s has nothing to run on: the plan has no halls and no partner contracts.", w.name());
            } else {
                add(IssueKind.NO_CERTIFIED_CAPACITY, w.id(),
                        "%s requires %s, which no site or partner contract in the plan holds.",
                        w.name(), w.requiredCertifications());
            }
        }
        for (InferenceService s : plan.services()) {
            checkModelFit(s, usedSkus);
            checkPlausible(s, usedSkus);
        }
        int[] largestClusters = plan.sites().stream().mapToInt(PlanValidator::largestPodGroup).toArray();
        for (TrainingRun t : plan.trainingRuns()) {
            checkClusterSize(t, largestClusters);
        }
    }

    private void checkModelFit(InferenceService s, Set<String> usedSkus) {
        Map<String, ThroughputEstimate> bySku = throughput.get(s.id());
        boolean fitsAnyUsed = false;
        for (String skuId : usedSkus) {
            ThroughputEstimate e = bySku.get(skuId);
            HardwareSku sku = plan.requireSku(skuId);
            if (!e.fits()) {
                add(IssueKind.MODEL_DOES_NOT_FIT_SKU, s.id(),
                        "%s (%.0f GB of weights) does not fit %d pipelined %s scale-up domains (each %d × %.0f GB, of "
                                + "which %.0f GB usable for weights and KV cache); it will not run there.",
                        s.model().name(), s.model().weightBytes() / 1e9, Roofline.MAX_PIPELINE_STAGES, sku.name(),
                        sku.scaleUpGpus(), sku.hbmGb().value(),
                        sku.scaleUpGpus() * sku.hbmGb().value() * plan.assumptions().usableHbmFraction());
                continue;
            }
            fitsAnyUsed = true;
            if (!e.meetsLatency()) {
                add(IssueKind.LATENCY_TARGET_MISSED, s.id(),
                        "On %s even one sequence takes %.0f ms per output token, above the %s target of %.0f ms.",
                        sku.name(), e.tpotMs(), s.latency().name().toLowerCase(Locale.ROOT), s.latency().maxMsPerOutputToken());
            } else if (!e.meetsTtft()) {
                add(IssueKind.LATENCY_TARGET_MISSED, s.id(),
                        "On %s the first token takes %.0f ms (%,.0f-token prompts), above the %s target of %.0f ms.",
                        sku.name(), e.ttftMs(), s.inputTokensPerRequest(), s.latency().name().toLowerCase(Locale.ROOT),
                        s.latency().maxMsToFirstToken());
            }
        }
        if (!fitsAnyUsed && !usedSkus.isEmpty()) {
            add(IssueKind.MODEL_FITS_NO_SKU, s.id(),
                    "%s fits none of the SKUs the plan installs or rents %s.", s.model().name(), usedSkus);
        }
    }

    /**
     * On every SKU the plan installs or rents that the model fits: throughput no higher than the GPU's peak allows
     * (each token, input or output, takes at least 2 FLOP per active parameter: peak FLOP/s ÷ (2 × active
     * parameters) tokens/s), and revenue per GPU-hour at the plan start — throughput × the request mix's price,
     * ÷ the daily peak-to-average, since capacity is held for the peak — within {@link #PLAUSIBLE_REVENUE_TO_RENT}
     * times what the GPU rents for.
     */
    private void checkPlausible(InferenceService s, Set<String> usedSkus) {
        Map<String, ThroughputEstimate> bySku = throughput.get(s.id());
        for (String skuId : usedSkus) {
            ThroughputEstimate e = bySku.get(skuId);
            if (!e.fits()) {
                continue;
            }
            HardwareSku sku = plan.requireSku(skuId);
            // the narrowest math the model runs (its experts' where they are stored narrower) has the highest peak
            double peak = sku.peakFlopsFor(Math.min(s.model().mathBytesPerValue(),
                    s.model().expertMathBytesPerValue()));
            double ceiling = peak / (2 * s.model().activeParamsBillions() * 1e9);
            // prompt tokens served from a prefix cache are not computed again
            double computed = e.outputTokensPerSecondPerGpu()
                    + e.inputTokensPerSecondPerGpu() * (1 - s.serving().prefixCacheHitRate());
            if (computed > ceiling * (1 + 1e-9)) {
                add(IssueKind.THROUGHPUT_ABOVE_ROOFLINE, s.id(),
                        "%s on %s is estimated at %,.0f tokens/s per GPU, above the %,.0f tokens/s its %,.0f TFLOP/s "
                                + "peak allows for %s (2 FLOP per active parameter per token): check the calibration "
                                + "and efficiencies.",
                        s.name(), sku.name(), computed, ceiling,
                        peak / 1e12, s.model().name());
            }
            Rent rent = rent(sku);
            if (rent == null) {
                continue;
            }
            double perGpuHour = e.tokensPerSecondPerGpu() * 3600 * s.priceUsdPerMillionTokens() / 1e6
                    / s.peakToAverage();
            if (perGpuHour > PLAUSIBLE_REVENUE_TO_RENT * rent.usdPerGpuHour()) {
                add(IssueKind.REVENUE_ABOVE_RENT, s.id(),
                        "%s on %s would earn $%,.2f per GPU-hour at the plan start, %.1f× the $%,.2f per GPU-hour "
                                + "that GPU rents for (%s): check its prices ($%,.2f in, $%,.2f out per Mtok), its "
                                + "throughput (%,.0f tokens/s per GPU) and its daily peak (%.1f× average).",
                        s.name(), sku.name(), perGpuHour, perGpuHour / rent.usdPerGpuHour(), rent.usdPerGpuHour(),
                        rent.what(), s.inputPriceUsdPerMillionTokens(), s.outputPriceUsdPerMillionTokens(),
                        e.tokensPerSecondPerGpu(), s.peakToAverage());
            }
        }
    }

    private record Rent(double usdPerGpuHour, String what) {
    }

    /** What the GPU rents for: the plan's own dearest contract for it, else the catalog's reference rate, else null. */
    private Rent rent(HardwareSku sku) {
        PartnerCloud dearest = null;
        for (PartnerCloud c : plan.partners()) {
            boolean rents = c.skuId().equals(sku.id()) && c.usdPerGpuHour() > 0;
            if (rents && (dearest == null || c.usdPerGpuHour() > dearest.usdPerGpuHour())) {
                dearest = c;
            }
        }
        if (dearest != null) {
            return new Rent(dearest.usdPerGpuHour(), "the plan's contract " + dearest.name());
        }
        if (sku.rentalUsdPerGpuHour() != null) {
            return new Rent(sku.rentalUsdPerGpuHour().value(), "the catalog's reference rate");
        }
        return null;
    }

    /** @param largestClusters per site of the plan, {@link #largestPodGroup} */
    private void checkClusterSize(TrainingRun t, int[] largestClusters) {
        int largest = 0;
        for (int i = 0; i < largestClusters.length; i++) {
            if (t.mayRunOn(plan.sites().get(i).certifications())) {
                largest = Math.max(largest, largestClusters[i]);
            }
        }
        for (PartnerCloud c : plan.partners()) {
            if (t.mayRunOn(c.certifications()) && c.kind() == ContractKind.COMMITTED) {
                largest = Math.max(largest, c.gpus());
            }
        }
        if (largest < t.minGpusInOneSite()) {
            add(IssueKind.NO_CLUSTER_LARGE_ENOUGH, t.id(),
                    "%s needs at least %,d GPUs of one SKU in one site; the largest certified cluster in the plan has %,d.",
                    t.name(), t.minGpusInOneSite(), largest);
        }
    }

    /** The most GPUs of any one SKU the site will ever have installed (its largest possible training cluster). */
    private static int largestPodGroup(Site site) {
        Map<String, Integer> bySku = new HashMap<>();
        for (Hall p : site.halls()) {
            for (GpuPod d : p.gpuPods()) {
                bySku.merge(d.skuId(), d.gpus(), Integer::sum);
            }
        }
        return bySku.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private boolean anyCapacityMayRun(Workload w) {
        for (Site s : plan.sites()) {
            if (!s.halls().isEmpty() && w.mayRunOn(s.certifications())) {
                return true;
            }
        }
        for (PartnerCloud c : plan.partners()) {
            if (w.mayRunOn(c.certifications())) {
                return true;
            }
        }
        return false;
    }
}

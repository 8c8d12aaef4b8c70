package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.present.BuildOutSlide.GpuCount;
import com.tokenfactory.app.gui.present.BuildOutSlide.GpuTimeline;
import com.tokenfactory.app.gui.present.BuildOutSlide.SkuBand;
import com.tokenfactory.app.gui.present.BuildOutSlide.HallLine;
import com.tokenfactory.app.gui.present.BuildOutSlide.PartnerCard;
import com.tokenfactory.app.gui.present.BuildOutSlide.SiteCard;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SkuResult;
import com.tokenfactory.core.result.Totals;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The build-out slide: a card per site (region, grid, PUE, halls with their MW and power-on month, GPUs by SKU) and per
 * partner contract, above a timeline of GPUs online by SKU. Large plans keep the largest sites and contracts as cards and sum up the rest in one line, so the
 * slide stays readable from the back of the room.
 */
final class BuildOutSlides {
    static final String TITLE = "The build-out at a glance";
    static final int MAX_SITE_CARDS = 6;
    static final int MAX_HALL_LINES = 4;
    static final int MAX_PARTNER_CARDS = 3;

    private BuildOutSlides() {
    }

    static BuildOutSlide of(Plan plan, SimulationResult result) {
        // partner clouds take the second row of cards
        int siteCards = plan.partners().isEmpty() ? MAX_SITE_CARDS : MAX_SITE_CARDS / 2;
        List<Site> shownSites = largest(plan.sites(), siteCards, BuildOutSlides::criticalItMw);
        List<SiteCard> sites = shownSites.stream().map(s -> card(plan, s)).toList();
        List<Site> otherSites = plan.sites().stream().filter(s -> !shownSites.contains(s)).toList();
        List<PartnerCloud> shownPartners = largest(plan.partners(), MAX_PARTNER_CARDS, PartnerCloud::gpus);
        List<PartnerCard> partners = shownPartners.stream().map(c -> card(plan, c)).toList();
        List<PartnerCloud> otherPartners = plan.partners().stream().filter(c -> !shownPartners.contains(c)).toList();
        return new BuildOutSlide(TITLE, headline(plan, result), sites, otherSitesLine(otherSites), partners,
                otherPartnersLine(otherPartners), timeline(result));
    }

    /** Owned plus rented GPUs of each SKU, month by month, as the engine reports them. */
    static GpuTimeline timeline(SimulationResult result) {
        record Online(SkuResult sku, int first) {
        }
        List<Online> online = new ArrayList<>();
        for (SkuResult s : result.skus()) {
            for (int m = 0; m < result.months(); m++) {
                if (s.gpusOwned().get(m) + s.gpusRented().get(m) > 0) {
                    online.add(new Online(s, m));
                    break;
                }
            }
        }
        List<SkuBand> bands = online.stream().sorted(Comparator.comparingInt(Online::first))
                .map(o -> new SkuBand(o.sku().name(), IntStream.range(0, result.months())
                        .mapToObj(m -> o.sku().gpusOwned().get(m) + o.sku().gpusRented().get(m)).toList()))
                .toList();
        return new GpuTimeline(result.start(), result.months(), bands);
    }

    /** "2.6 GW on 3 sites: up to 2.1M GPUs online by Oct 2029", and "; 34.1K rented" with partner clouds. */
    static String headline(Plan plan, SimulationResult result) {
        double mw = plan.sites().stream().mapToDouble(BuildOutSlides::criticalItMw).sum();
        Totals t = result.totals();
        int peakMonth = 0;
        for (int m = 1; m < t.months(); m++) {
            if (t.gpusOwned().get(m) > t.gpusOwned().get(peakMonth)) {
                peakMonth = m;
            }
        }
        double peakOwned = t.gpusOwned().get(peakMonth);
        String rented = "up to " + SlideNumbers.count(t.gpusRented().max()) + " GPUs rented from "
                + Numbers.plural(plan.partners().size(), "partner contract");
        if (plan.sites().isEmpty()) {
            return plan.partners().isEmpty() ? "Nothing is built or rented yet" : "No sites; " + rented;
        }
        String built = SlideNumbers.powerMw(mw) + " on " + Numbers.plural(plan.sites().size(), "site") + ": "
                + (peakOwned > 0 ? "up to " + SlideNumbers.count(peakOwned) + " GPUs online by "
                + SlideNumbers.shortMonth(result.month(peakMonth)) : "no GPUs online within the horizon");
        return plan.partners().isEmpty() ? built : built + "; " + SlideNumbers.count(t.gpusRented().max()) + " rented";
    }

    private static SiteCard card(Plan plan, Site site) {
        List<Hall> halls = site.halls();
        List<Hall> shown = halls.size() <= MAX_HALL_LINES ? halls : halls.subList(0, MAX_HALL_LINES - 1);
        List<HallLine> lines = shown.stream().map(p -> hall(site, p)).toList();
        String otherHalls = null;
        if (shown.size() < halls.size()) {
            List<Hall> rest = halls.subList(shown.size(), halls.size());
            otherHalls = "and " + Numbers.plural(rest.size(), "more hall") + ", "
                    + SlideNumbers.powerMw(rest.stream().mapToDouble(Hall::criticalItMw).sum());
        }
        Map<String, Long> gpus = new LinkedHashMap<>();
        for (Hall p : halls) {
            for (GpuPod d : p.gpuPods()) {
                gpus.merge(skuName(plan, d.skuId()), (long) d.gpus(), Long::sum);
            }
        }
        return new SiteCard(site.name(), site.region(), String.join(", ", site.certifications()), site.gridMw(),
                site.gridAvailable(), site.pue(), lines, otherHalls,
                gpus.entrySet().stream().map(e -> new GpuCount(e.getKey(), e.getValue())).toList());
    }

    private static HallLine hall(Site site, Hall hall) {
        YearMonth built = hall.energizationMonth();
        YearMonth powerOn = site.powerOn(hall);
        int waiting = (int) ChronoUnit.MONTHS.between(built, powerOn);
        return new HallLine(hall.name(), hall.criticalItMw(), powerOn, Math.max(0, waiting));
    }

    private static PartnerCard card(Plan plan, PartnerCloud c) {
        return new PartnerCard(c.name(), c.provider(), skuName(plan, c.skuId()), c.gpus(), c.usdPerGpuHour(), c.start(),
                c.end(), c.kind() == ContractKind.COMMITTED, String.join(", ", c.certifications()));
    }

    private static String otherSitesLine(List<Site> rest) {
        if (rest.isEmpty()) {
            return null;
        }
        long gpus = rest.stream().flatMap(s -> s.halls().stream()).flatMap(p -> p.gpuPods().stream())
                .mapToLong(GpuPod::gpus).sum();
        return "and " + Numbers.plural(rest.size(), "more site") + ": "
                + SlideNumbers.powerMw(rest.stream().mapToDouble(BuildOutSlides::criticalItMw).sum()) + " in "
                + Numbers.plural(rest.stream().mapToInt(s -> s.halls().size()).sum(), "hall") + ", "
                + SlideNumbers.count(gpus) + " GPUs planned";
    }

    private static String otherPartnersLine(List<PartnerCloud> rest) {
        if (rest.isEmpty()) {
            return null;
        }
        return "and " + Numbers.plural(rest.size(), "more partner contract") + ": "
                + SlideNumbers.count(rest.stream().mapToLong(PartnerCloud::gpus).sum()) + " GPUs";
    }

    private static String skuName(Plan plan, String skuId) {
        return plan.sku(skuId).map(HardwareSku::name).orElse(skuId);
    }

    static double criticalItMw(Site site) {
        return site.halls().stream().mapToDouble(Hall::criticalItMw).sum();
    }

    /** The {@code max} largest elements in plan order; all of them when there are no more than {@code max}. */
    private static <T> List<T> largest(List<T> all, int max, java.util.function.ToDoubleFunction<T> size) {
        if (all.size() <= max) {
            return all;
        }
        List<T> biggest = all.stream().sorted(Comparator.comparingDouble(size).reversed()).limit(max).toList();
        return all.stream().filter(biggest::contains).toList();
    }
}

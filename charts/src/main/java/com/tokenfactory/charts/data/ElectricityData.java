package com.tokenfactory.charts.data;

import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SiteResult;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Facility electricity of owned sites: energy at the meter by site ({@link SiteResult#facilityMwh()}, IT energy × the
 * site's PUE, which each series' name states) and its cost ({@link com.tokenfactory.core.result.Totals#electricityCost()}).
 * Rented capacity's power is in its fees and not here.
 *
 * @param energyBySite  stacked, MWh: the largest sites one by one, the rest summed
 * @param cost          one series, in the plan's currency
 */
public record ElectricityData(DefaultTableXYDataset energyBySite, XYSeriesCollection cost,
                              Optional<String> emptyReason) {
    /** With a single leftover kept too, at most seven sites one by one: one colour each. */
    static final int SITES_SHOWN = 6;

    public static ElectricityData of(Timeline timeline) {
        SimulationResult r = timeline.result();
        if (r.sites().isEmpty()) {
            return empty("No sites in the plan: no electricity is bought (rented capacity's power is in its fees)");
        }
        if (r.totals().electricityMwh().total() == 0) {
            return empty("No GPUs draw power within the horizon: no hall is powered on with GPUs installed");
        }
        List<NamedValues> sites = r.sites().stream()
                .map(s -> NamedValues.of(SeriesKey.site(s.siteId()), s.name() + " (PUE " + pue(s.pue()) + ")",
                        timeline.values(s.facilityMwh())))
                .toList();
        Grouping grouping = Grouping.largest(sites, SITES_SHOWN);
        List<NamedValues> shown = grouping.withOthersAs(new SeriesName(SeriesKey.total(SeriesKey.OTHER_SITES),
                grouping.others().size() + " other sites " + pueRange(r, grouping.others())));
        NamedValues cost = NamedValues.of(SeriesKey.total(SeriesKey.ELECTRICITY_COST), "Electricity cost",
                timeline.values(r.totals().electricityCost()));
        return new ElectricityData(Datasets.stacked(shown), Datasets.lines(List.of(cost)), Optional.empty());
    }

    private static ElectricityData empty(String reason) {
        return new ElectricityData(new DefaultTableXYDataset(), new XYSeriesCollection(), Optional.of(reason));
    }

    static String pue(double pue) {
        return String.format(Locale.ROOT, "%.2f", pue);
    }

    /** PUE range of the sites summed into "other", e.g. "(PUE 1.12–1.48)". */
    private static String pueRange(SimulationResult r, List<NamedValues> others) {
        Set<String> ids = new HashSet<>();
        others.forEach(nv -> ids.add(nv.name().key().id()));
        DoubleSummaryStatistics pue = r.sites().stream().filter(s -> ids.contains(s.siteId()))
                .mapToDouble(SiteResult::pue).summaryStatistics();
        return pue.getMin() == pue.getMax() ? "(PUE " + pue(pue.getMin()) + ")"
                : "(PUE " + pue(pue.getMin()) + "–" + pue(pue.getMax()) + ")";
    }
}

package com.tokenfactory.charts.data;

import com.tokenfactory.charts.Results;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SiteResult;
import com.tokenfactory.core.testing.SyntheticPlans;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tokenfactory.charts.data.Values.assertSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElectricityDataTest {

    @Test
    void energyBySiteNamesThePueAndCostIsTheEngines() {
        SimulationResult r = Results.SMALL;
        ElectricityData data = ElectricityData.of(Timeline.of(r, Period.MONTHLY));
        SiteResult site = r.sites().get(0);
        assertSeries(site.facilityMwh().toArray(), Values.of(data.energyBySite(), SeriesKey.site(site.siteId())),
                "facility MWh of " + site.name());
        assertEquals(site.name() + " (PUE " + String.format("%.2f", site.pue()) + ")",
                Values.label(data.energyBySite(), SeriesKey.site(site.siteId())));
        assertSeries(r.totals().electricityCost().toArray(),
                Values.of(data.cost(), SeriesKey.total(SeriesKey.ELECTRICITY_COST)), "electricity cost");
    }

    @Test
    void yearlyEnergyIsTheYearlyRollUp() {
        SimulationResult r = Results.SMALL;
        ElectricityData data = ElectricityData.of(Timeline.of(r, Period.YEARLY));
        for (int y = 0; y < r.years().size(); y++) {
            assertEquals(r.years().get(y).electricityMwh(), Values.stackTop(data.energyBySite(), y), 1e-6,
                    "year " + (y + 1));
        }
    }

    @Test
    void aHundredSitesShowTheLargestSixAndSumTheRest() {
        SimulationResult r = Engine.simulate(SyntheticPlans.large(1));
        ElectricityData data = ElectricityData.of(Timeline.of(r, Period.MONTHLY));
        List<SeriesKey> keys = Values.keys(data.energyBySite());
        assertEquals(ElectricityData.SITES_SHOWN + 1, keys.size());
        assertEquals(SeriesKey.total(SeriesKey.OTHER_SITES), keys.get(keys.size() - 1));
        assertTrue(Values.label(data.energyBySite(), SeriesKey.total(SeriesKey.OTHER_SITES))
                .matches("\\d+ other sites \\(PUE \\d\\.\\d\\d–\\d\\.\\d\\d\\)"));
        for (int m = 0; m < r.months(); m++) {
            assertEquals(r.totals().electricityMwh().get(m), Values.stackTop(data.energyBySite(), m),
                    1e-9 * r.totals().electricityMwh().get(m), "month " + m + ": nothing lost in grouping");
        }
        double smallestShown = keys.stream().filter(k -> k.kind() == SeriesKey.Kind.SITE)
                .mapToDouble(k -> total(r, k.id())).min().orElseThrow();
        double shownIds = keys.stream().filter(k -> k.kind() == SeriesKey.Kind.SITE).count();
        long larger = r.sites().stream().filter(s -> s.facilityMwh().total() > smallestShown).count();
        assertEquals(shownIds - 1, larger, "the sites shown are the largest");
    }

    private static double total(SimulationResult r, String siteId) {
        return r.sites().stream().filter(s -> s.siteId().equals(siteId)).findFirst().orElseThrow()
                .facilityMwh().total();
    }

    @Test
    void withoutSitesItSaysRentedPowerIsInTheFees() {
        ElectricityData data = ElectricityData.of(Timeline.of(Results.RENTED_ONLY, Period.MONTHLY));
        assertEquals(0, data.energyBySite().getSeriesCount());
        assertEquals("No sites in the plan: no electricity is bought (rented capacity's power is in its fees)",
                data.emptyReason().orElseThrow());
    }
}

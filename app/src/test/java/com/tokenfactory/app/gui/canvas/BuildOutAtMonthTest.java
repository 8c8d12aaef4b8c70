package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BuildOutAtMonthTest {
    @Test
    void hallsAndPodsWaitForTheGrid() {
        // five-year-commitment: Texas hall 1 is built 2027-09, its grid arrives 2028-06; its pod installs 2027-10
        Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        Map<String, BuildOutAtMonth.Status> at = new BuildOutAtMonth(plan, YearMonth.of(2027, 12)).statuses();
        assertEquals(Presence.WAITING_FOR_POWER, at.get("tx-h1").presence());
        assertEquals("built, waits for the grid until 2028-06", at.get("tx-h1").note());
        String pod = PlanElements.childIds(plan, "tx-h1").get(0);
        assertEquals(Presence.WAITING_FOR_POWER, at.get(pod).presence());
        assertEquals(Presence.ACTIVE, new BuildOutAtMonth(plan, YearMonth.of(2028, 6)).statuses().get(pod).presence());
    }

    @Test
    void podsRetireAfterTheirEconomicLife() {
        // fungible-fleet: 35,000 H100 installed 2024-07 in a hall powered since 2024-06; economic life 5 years
        Plan plan = Samples.open(Samples.FUNGIBLE_FLEET);
        String pod = PlanElements.childIds(plan, "pa-hall-a").get(0);
        BuildOutAtMonth june2029 = new BuildOutAtMonth(plan, YearMonth.of(2029, 6));
        BuildOutAtMonth july2029 = new BuildOutAtMonth(plan, YearMonth.of(2029, 7));
        assertEquals(Presence.ACTIVE, june2029.statuses().get(pod).presence());
        assertEquals(Presence.RETIRED, july2029.statuses().get(pod).presence());
        var site = plan.site("pa-campus").orElseThrow();
        var hall = site.halls().get(0);
        assertEquals(35_000 * 1275 / 1e6, june2029.hallItLoadMw(site, hall), 1e-9);
        assertEquals(0.0, july2029.hallItLoadMw(site, hall));
    }

    @Test
    void contractsRunDuringTheirTerm() {
        Plan plan = Samples.open(Samples.CAPACITY_CRUNCH);
        var gov = plan.partners().stream().filter(c -> c.id().equals("govcloud")).findFirst().orElseThrow();
        assertEquals(Presence.PLANNED, new BuildOutAtMonth(plan, YearMonth.of(2027, 3)).partner(gov).presence());
        assertEquals(Presence.ACTIVE, new BuildOutAtMonth(plan, YearMonth.of(2027, 4)).partner(gov).presence());
        assertEquals(Presence.ENDED, new BuildOutAtMonth(plan, YearMonth.of(2030, 4)).partner(gov).presence());
    }
}

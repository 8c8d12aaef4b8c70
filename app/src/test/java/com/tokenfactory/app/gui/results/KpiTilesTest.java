package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KpiTilesTest {
    @Test
    void theFiveYearCommitmentReadsAsTheReadmeSaysIt() {
        // README, "Samples": base case NPV +$3.5B, IRR 13.1%, payback July 2031 (after issue 10's serving model)
        SimulationResult r = Engine.simulate(Samples.open(Samples.FIVE_YEAR_COMMITMENT));
        Map<String, KpiTiles.Tile> tiles = KpiTiles.of(r).stream()
                .collect(Collectors.toMap(KpiTiles.Tile::id, Function.identity()));
        assertEquals("+$3.5B", tiles.get("npv").value());
        assertEquals("IRR 13.1%", tiles.get("npv").detail());
        assertEquals(KpiTiles.Tone.GOOD, tiles.get("npv").tone());
        assertEquals("2031-07", tiles.get("payback").value());
        assertEquals("month 55 of 60", tiles.get("payback").detail(), "July 2031 is the 55th month from January 2027");
        assertEquals("$112.4B", tiles.get("capex").value(), "README: a $112B build");
        assertEquals("2027–2031 · IT $85.5B", tiles.get("capex").detail());
        assertEquals(8, tiles.size());
    }

    @Test
    void aScenarioThatLosesMoneyIsShownAsALoss() {
        var plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        var priceWar = plan.scenarios().stream().filter(s -> s.id().equals("price-war")).findFirst().orElseThrow();
        SimulationResult r = Engine.simulate(plan, priceWar);
        KpiTiles.Tile npv = KpiTiles.of(r).stream().filter(t -> t.id().equals("npv")).findFirst().orElseThrow();
        assertEquals(KpiTiles.Tone.BAD, npv.tone());
        assertEquals('−', npv.value().charAt(0));
    }

    @Test
    void unservedDemandAboveFivePercentIsAWarning() {
        SimulationResult r = Engine.simulate(Samples.open(Samples.CAPACITY_CRUNCH));
        KpiTiles.Tile unserved = KpiTiles.of(r).stream().filter(t -> t.id().equals("unserved")).findFirst().orElseThrow();
        assertEquals(r.kpis().horizon().unservedShare() > 0.05 ? KpiTiles.Tone.WARNING : KpiTiles.Tone.NEUTRAL,
                unserved.tone());
    }
}

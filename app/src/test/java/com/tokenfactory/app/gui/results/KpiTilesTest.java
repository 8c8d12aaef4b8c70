package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.format.Numbers;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KpiTilesTest {
    @Test
    void theFiveYearCommitmentReadsAsTheReadmeSaysIt() {
        // after tax with the economic terminal value: NPV −$783M, IRR 9.9%, no after-tax payback in five years
        SimulationResult r = Engine.simulate(Samples.open(Samples.FIVE_YEAR_COMMITMENT));
        Map<String, KpiTiles.Tile> tiles = KpiTiles.of(r).stream()
                .collect(Collectors.toMap(KpiTiles.Tile::id, Function.identity()));
        assertEquals("−$782.5M", tiles.get("npv").value());
        assertTrue(tiles.get("npv").detail().startsWith("IRR 9.9% · "), tiles.get("npv").detail());
        assertTrue(tiles.get("npv").detail().endsWith(" without terminal value"), tiles.get("npv").detail());
        assertTrue(tiles.get("npv").explanation().contains("After-tax unlevered free cash flow"), tiles.get("npv").explanation());
        assertEquals(KpiTiles.Tone.BAD, tiles.get("npv").tone());
        assertEquals("not reached", tiles.get("payback").value());
        assertEquals("cash flow negative at 2031-12", tiles.get("payback").detail());
        assertEquals(Numbers.money(r.kpis().horizon().capex(), "USD"), tiles.get("capex").value());
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

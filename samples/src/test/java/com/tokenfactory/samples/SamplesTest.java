package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The samples show what the issue asks each to show. */
class SamplesTest {
    @Test
    void everyBundledSampleIsInTheRepositoryFolderToo() {
        for (Samples.Sample s : Samples.all()) {
            assertTrue(Files.isRegularFile(Path.of("plans", s.fileName())), s.fileName());
        }
        assertEquals(3, Samples.all().size());
    }

    @Test
    void fungibleFleetSharesTwoGenerationsAcrossRegionsWithTraining() {
        Plan p = Samples.open(Samples.FUNGIBLE_FLEET);
        assertTrue(p.sites().stream().map(s -> s.region()).distinct().count() >= 3);
        assertTrue(p.services().size() >= 3);
        assertFalse(p.trainingRuns().isEmpty());
        SimulationResult r = Engine.simulate(p);
        long generations = r.skus().stream().filter(k -> k.gpusOwned().max() > 0)
                .map(k -> k.skuId().startsWith("H") ? "Hopper" : "Blackwell").distinct().count();
        assertEquals(2, generations);
        assertNotNull(r.training().get(0).completedIn());
    }

    @Test
    void capacityCrunchShowsUnservedCertifiedDemandAndWhatRentingCosts() {
        SimulationResult r = Engine.simulate(Samples.open(Samples.CAPACITY_CRUNCH));
        assertTrue(r.issues().stream().anyMatch(i -> i.kind() == IssueKind.UNSERVED_DEMAND && i.elementId().equals("agency")));
        assertTrue(r.kpis().horizon().rental() > 1e9, "renting costs billions");
        assertEquals(1, r.contracts().stream().filter(c -> c.contractId().equals("govcloud")).count());
    }

    @Test
    void fiveYearCommitmentExceedsOneHundredBillionPaysBackAndShowsItsExposure() {
        Plan p = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        SimulationResult base = Engine.simulate(p);
        assertTrue(base.kpis().horizon().capex() > 100e9);
        assertNotNull(base.kpis().paybackMonth());
        assertTrue(base.issues().stream().anyMatch(i -> i.kind() == IssueKind.HALL_WAITS_FOR_GRID));
        SimulationResult slow = Engine.simulate(p, "slow-demand");
        assertTrue(slow.kpis().npv() < base.kpis().npv() - 10e9);
    }

    /** A new user sees fans on first open: every sample carries sourced distributions and the demand regimes. */
    @Test
    void everySampleCarriesSourcedDistributionsThatTheTrialsCanDraw() {
        for (Samples.Sample s : Samples.all()) {
            Plan p = Samples.open(s);
            assertTrue(p.uncertainty().inputs().size() >= 6, s.fileName());
            p.uncertainty().inputs().forEach(i -> assertNotNull(i.source(), s.fileName() + " " + i.id()));
            assertNotNull(p.uncertainty().regimes(), s.fileName());
            MonteCarloResult r = MonteCarlo.run(p, null, new MonteCarlo.Settings(24, 1, 2, 0.05));
            assertEquals(24, r.trialsRun());
            MonteCarloResult.Spread npv = r.kpi(Kpi.NPV);
            assertTrue(npv.percentile(0.9) > npv.percentile(0.1), s.fileName() + ": NPV spreads");
        }
    }
}

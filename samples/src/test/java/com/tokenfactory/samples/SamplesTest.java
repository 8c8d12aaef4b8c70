package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SkuResult;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        // $0.75B: the take-or-pay reservation and only those on-demand hours whose tokens earn their $3.60 fee
        assertTrue(r.kpis().horizon().rental() > 0.5e9, "renting costs hundreds of millions");
        assertEquals(1, r.contracts().stream().filter(c -> c.contractId().equals("govcloud")).count());
    }

    @Test
    void capacityCrunchGainsFromItsOnDemandContractBecauseItRentsOnlyWhereItPays() {
        // it used to serve at a loss there: without the contract NPV rose by $694M (issue 11)
        Plan p = Samples.open(Samples.CAPACITY_CRUNCH);
        Plan withoutOnDemand = p.withPartners(p.partners().stream()
                .filter(c -> c.kind() != ContractKind.ON_DEMAND).toList());
        assertEquals(p.partners().size() - 1, withoutOnDemand.partners().size());
        SimulationResult with = Engine.simulate(p);
        assertTrue(with.kpis().horizon().rental() > with.contracts().stream()
                .filter(c -> c.kind() == ContractKind.COMMITTED).mapToDouble(c -> c.fees().total()).sum(),
                "the on-demand contract is used");
        assertTrue(Engine.simulate(withoutOnDemand).kpis().npv() <= with.kpis().npv());
    }

    @Test
    void sixtyThousandB200InAFortyMegawattHallServeOnlyWhatThePowerFeeds() {
        // capacity-crunch's second hall (40 MW of IT) with 60,000 B200 instead of 20,000: 60,000 × all-in W is far
        // above 40 MW; the hall runs only the GPUs 40 MW feeds and the site stays within its 120 MW grid
        Plan p = Samples.open(Samples.CAPACITY_CRUNCH);
        Site s = p.sites().get(0);
        Hall hall = s.halls().stream().filter(h -> h.gpuPods().stream().anyMatch(d -> d.skuId().equals("B200")))
                .findFirst().orElseThrow();
        List<Hall> halls = s.halls().stream().map(h -> h != hall ? h : new Hall(h.id(), h.name(), h.criticalItMw(),
                h.constructionStart(), h.buildMonths(), h.energization(), h.facilityCapexUsd(),
                h.gpuPods().stream().map(d -> new GpuPod(d.id(), d.skuId(), 60_000, d.install())).toList()))
                .toList();
        Site site = new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(), s.gridMw(),
                s.gridAvailable(), s.pue(), s.electricityUsdPerMwh(), s.electricityEscalationPerYear(),
                s.facilityCostUsdPerMw(), halls, s.source());
        List<Site> sites = p.sites().stream().map(x -> x == s ? site : x).toList();
        SimulationResult r = Engine.simulate(p.withSites(sites));
        assertTrue(r.issues().stream().anyMatch(i -> i.kind() == IssueKind.DEPLOYMENT_OVER_POWER), "still an error");
        assertTrue(r.sites().get(0).facilityMw().max() <= s.gridMw() * (1 + 1e-9), "" + r.sites().get(0).facilityMw().max());
        double b200Watts = p.requireSku("B200").allInWattsPerGpu().value();
        double feedable = hall.criticalItMw() * 1e6 / b200Watts;
        SkuResult b200 = r.skus().stream().filter(k -> k.skuId().equals("B200")).findFirst().orElseThrow();
        assertEquals(60_000, b200.gpusOwned().max(), 0);
        for (int m = 0; m < r.months(); m++) {
            int month = m;
            double hours = p.month(m).lengthOfMonth() * 24.0;
            // the owned B200 are all in that hall; the skus' busy hours also count rented B200
            double rented = r.contracts().stream().filter(c -> c.skuId().equals("B200"))
                    .mapToDouble(c -> c.busyGpuHours().get(month)).sum();
            assertTrue(b200.busyGpuHours().get(m) - rented <= feedable * hours * (1 + 1e-9), "month " + m);
        }
    }

    @Test
    void fiveYearCommitmentExceedsOneHundredBillionAndShowsItsExposure() {
        Plan p = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        SimulationResult base = Engine.simulate(p);
        assertTrue(base.kpis().horizon().capex() > 100e9);
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

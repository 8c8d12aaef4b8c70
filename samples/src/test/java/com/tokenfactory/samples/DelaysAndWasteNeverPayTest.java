package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.Kpis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answers a finance reviewer checks first, on every sample: wasting compute (a lower training MFU), a later grid
 * connection or later GPU deliveries never raise the after-tax NPV — with or without the terminal value — by
 * themselves. Before value followed work and life counted from install, each of them did (issue 11).
 */
class DelaysAndWasteNeverPayTest {

    @TestFactory
    Stream<DynamicTest> lowerTrainingMfuNeverRaisesNpv() {
        return SampleCases.eachSample((name, plan) -> {
            Plan wasteful = plan.withAssumptions(withMfu(plan, plan.assumptions().trainingMfu() / 2));
            notHigher(name + ": MFU halved", Engine.simulate(plan).kpis(), Engine.simulate(wasteful).kpis());
        });
    }

    @TestFactory
    Stream<DynamicTest> aLaterGridNeverRaisesNpv() {
        return SampleCases.eachSample((name, plan) -> {
            Kpis base = Engine.simulate(plan).kpis();
            for (int delay : new int[]{2, 6, 18}) {
                notHigher(name + ": grid " + delay + " months later", base, Engine.simulate(gridLater(plan, delay)).kpis());
            }
        });
    }

    /**
     * On capacity-crunch and five-year-commitment every GPU is needed the month it arrives, so a later delivery only
     * loses service (one month later: −$6M and −$111M). Fungible-fleet is left out: see the next test.
     */
    @TestFactory
    Stream<DynamicTest> laterInstallsNeverRaiseNpvWhereTheGpusAreNeededAtOnce() {
        return SampleCases.eachSample((name, plan) -> {
            if (name.startsWith(OVER_BUILT_EARLY)) {
                return;
            }
            Kpis base = Engine.simulate(plan).kpis();
            for (int delay : new int[]{1, 2, 6}) {
                notHigher(name + ": installs " + delay + " months later", base,
                        Engine.simulate(installsLater(plan, s -> s, delay)).kpis());
            }
        });
    }

    /** The sample whose early fleet is larger than its demand, so that its delayed GPUs would idle. */
    private static final String OVER_BUILT_EARLY = "fungible-fleet";

    /**
     * On fungible-fleet (over-built early: utilization 33–36% in 2028–29) delivering later is a genuine saving — life
     * counts from install, so a GPU bought early ages before it earns — and NPV rises with the delay (+$61M, +$119M,
     * +$337M for one, two and six months), as docs/metrics.md ("Delays") says. It was over-built under decision 0024's
     * serving defaults (+$47M for one month), not under 0025's (−$14M: its GPUs served fewer tokens, so it needed
     * them all), and is again under 0026's to 0028's (compute efficiency 0.50, 2–3 ms a step, no host time: its GPUs
     * serve more).
     */
    @Test
    void laterInstallsRaiseTheNpvOfTheSampleWhoseEarlyFleetIsOverBuilt() {
        Plan plan = Samples.open(Samples.FUNGIBLE_FLEET);
        double previous = Engine.simulate(plan).kpis().npv();
        for (int delay : new int[]{1, 2, 6}) {
            double later = Engine.simulate(installsLater(plan, s -> s, delay)).kpis().npv();
            assertTrue(later > previous, "installs " + delay + " months later: " + later + " after " + previous);
            previous = later;
        }
    }

    private static void notHigher(String what, Kpis base, Kpis changed) {
        double tolerance = 1e-9 * Math.abs(base.npv()) + 1.0;
        assertTrue(changed.npv() <= base.npv() + tolerance,
                what + " raised NPV from " + base.npv() + " to " + changed.npv());
    }

    /** The plan with every grid connection still to come moved {@code months} later (history is left alone). */
    private static Plan gridLater(Plan plan, int months) {
        List<Site> sites = new ArrayList<>();
        for (Site s : plan.sites()) {
            boolean future = !s.gridAvailable().isBefore(plan.start());
            sites.add(new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(),
                    s.gridMw(), future ? s.gridAvailable().plusMonths(months) : s.gridAvailable(), s.pue(),
                    s.electricityUsdPerMwh(), s.electricityEscalationPerYear(), s.facilityCostUsdPerMw(), s.halls(),
                    s.source()));
        }
        return plan.withSites(sites);
    }

    private static com.tokenfactory.core.plan.Assumptions withMfu(Plan plan, double mfu) {
        var a = plan.assumptions();
        return new com.tokenfactory.core.plan.Assumptions(a.discountRate(), a.bookLifeYears(), a.economicLifeYears(),
                a.facilityLifeYears(), a.opexUsdPerMwYear(), a.softwareEfficiencyGainPerYear(),
                a.tokenPriceDeclinePerYear(), a.hardwarePerfPerDollarGainPerYear(),
                a.hardwareEnergyEfficiencyGainPerYear(), a.planningHeadroom(), mfu, a.idlePowerFraction(),
                a.computeBoundPowerFraction(), a.memoryBoundPowerFraction(), a.usableHbmFraction(),
                a.maxDecodeBatch(), a.computeEfficiency(), a.memoryEfficiency(), a.stepOverheadMs(),
                a.itTaxDepreciation(), a.terminalValue(), a.economicLifeFrom(), a.taxRate(),
                a.facilityTaxLifeYears(), a.terminalGrowthPerYear(), a.itCapexExtraShare(),
                a.facilitySoftCostShare(), a.propertyTaxInsurancePerYear(), a.commissioningMonths(),
                a.gpuAnnualFailureRate(), a.gpuRepairDays(), a.receivablesDays(), a.hardwarePowerPerGpuGainPerYear(),
                a.expertEfficiency(), a.sequenceOverheadUs(), a.fp4Efficiency());
    }

    /**
     * The plan with every delivery that falls inside the horizon and into a powered hall moved {@code months} later.
     * Deliveries before the plan starts are history (their capex is sunk), and a delivery into a hall that has no
     * power yet is better later — its GPUs would age dark — so neither is moved.
     */
    private static Plan installsLater(Plan plan, java.util.function.UnaryOperator<Site> unused, int months) {
        List<Site> sites = new ArrayList<>();
        for (Site s : plan.sites()) {
            List<Hall> halls = new ArrayList<>();
            for (Hall p : s.halls()) {
                List<GpuPod> later = new ArrayList<>();
                for (GpuPod d : p.gpuPods()) {
                    boolean move = !d.install().isBefore(plan.start()) && !d.install().isBefore(s.powerOn(p));
                    later.add(move ? new GpuPod(d.id(), d.skuId(), d.gpus(), d.install().plusMonths(months)) : d);
                }
                halls.add(new Hall(p.id(), p.name(), p.criticalItMw(), p.constructionStart(), p.buildMonths(),
                        p.energization(), p.facilityCapexUsd(), later));
            }
            sites.add(new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(),
                    s.gridMw(), s.gridAvailable(), s.pue(), s.electricityUsdPerMwh(), s.electricityEscalationPerYear(),
                    s.facilityCostUsdPerMw(), halls, s.source()));
        }
        return plan.withSites(sites);
    }
}

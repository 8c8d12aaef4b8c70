package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.ContractResult;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SiteResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.testing.SyntheticPlans;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties that must hold for every plan, checked on seeded random plans (docs/decisions/0001). A failing case is
 * named by its seed: {@code SyntheticPlans.small(seed)} rebuilds it.
 */
class EnginePropertiesTest {
    private static final int CASES = 150;
    private static final double TOL = 1e-6;

    private static Stream<DynamicTest> forEachPlan(Consumer<Plan> property) {
        return LongStream.range(0, CASES).mapToObj(seed ->
                DynamicTest.dynamicTest("seed " + seed, () -> property.accept(SyntheticPlans.small(seed))));
    }

    /** Monte Carlo, tornado and goal seek read the figures-only run: its totals and KPIs must be the full run's. */
    @TestFactory
    Stream<DynamicTest> aFiguresOnlyRunHasTheFullRunsTotalsAndKpisToTheBit() {
        return forEachPlan(plan -> {
            SimulationResult full = Engine.simulate(plan);
            SimulationResult figures = Engine.simulateFigures(plan, null);
            assertEquals(full.totals(), figures.totals());
            assertEquals(full.kpis(), figures.kpis());
            assertEquals(full.training(), figures.training());
            assertTrue(figures.sites().isEmpty() && figures.services().isEmpty() && figures.years().isEmpty()
                    && figures.issues().isEmpty());
        });
    }

    @TestFactory
    Stream<DynamicTest> moreDemandNeverLowersAServicesServedTokens() {
        // Raising one service's demand can only take capacity from services of lower priority, never from itself.
        // (Plan-wide served tokens may fall: a higher-priority service with fewer tokens per GPU-hour displaces
        // more tokens of a lower one. That is the allocation rule working, not a defect.)
        return forEachPlan(plan -> {
            SimulationResult base = Engine.simulate(plan);
            for (int i = 0; i < plan.services().size(); i++) {
                Plan more = plan.withServices(scaleDemand(plan.services(), i, 1.7));
                SimulationResult after = Engine.simulate(more);
                ServiceResult b = base.services().get(i);
                ServiceResult a = after.services().get(i);
                for (int m = 0; m < base.months(); m++) {
                    assertTrue(a.tokensServed().get(m) >= b.tokensServed().get(m) - 1e-9 * b.tokensDemanded().get(m) - TOL,
                            "service " + b.serviceId() + " month " + m);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> moreCapacityNeverRaisesUnservedDemand() {
        return forEachPlan(plan -> {
            SimulationResult base = Engine.simulate(plan);
            SimulationResult after = Engine.simulate(plan.withSites(doublePods(plan.sites())));
            for (int m = 0; m < base.months(); m++) {
                double slack = 1e-9 * base.totals().tokensDemanded().get(m) + TOL;
                assertTrue(after.totals().tokensUnserved(m) <= base.totals().tokensUnserved(m) + slack, "month " + m);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> facilityEnergyIsNeverBelowItEnergy() {
        return forEachPlan(plan -> {
            SimulationResult r = Engine.simulate(plan);
            for (SiteResult s : r.sites()) {
                for (int m = 0; m < r.months(); m++) {
                    assertTrue(s.facilityMwh().get(m) >= s.itMwh().get(m) - TOL, s.siteId() + " month " + m);
                    assertTrue(s.itMwh().get(m) >= 0);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> allocatedGpuHoursNeverExceedAvailable() {
        return forEachPlan(plan -> {
            SimulationResult r = Engine.simulate(plan);
            Totals t = r.totals();
            for (int m = 0; m < r.months(); m++) {
                assertTrue(t.gpuHoursOwnedBusy().get(m) <= t.gpuHoursOwned().get(m) * (1 + 1e-12) + TOL, "owned " + m);
                assertTrue(t.gpuHoursRentedBusy().get(m) <= t.gpuHoursRented().get(m) * (1 + 1e-12) + TOL, "rented " + m);
                assertEquals(t.gpuHoursOwnedBusy().get(m) + t.gpuHoursRentedBusy().get(m),
                        t.gpuHoursInference().get(m) + t.gpuHoursTraining().get(m), 1e-6 * (1 + t.gpuHoursOwned().get(m)));
            }
            for (ContractResult c : r.contracts()) {
                for (int m = 0; m < r.months(); m++) {
                    assertTrue(c.busyGpuHours().get(m) <= c.availableGpuHours().get(m) * (1 + 1e-12) + TOL);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> servedNeverExceedsDemandAndMoneyAddsUp() {
        return forEachPlan(plan -> {
            SimulationResult r = Engine.simulate(plan);
            Totals t = r.totals();
            for (int m = 0; m < r.months(); m++) {
                assertTrue(t.tokensServed().get(m) <= t.tokensDemanded().get(m) * (1 + 1e-12) + TOL);
                double revenue = t.revenue(m);
                double rental = t.rentalCommitted().get(m) + t.rentalOnDemand().get(m);
                assertEquals(revenue - t.electricityCost().get(m) - t.opex().get(m) - t.propertyTaxInsurance().get(m)
                                - rental - t.capex(m) - t.receivablesChange().get(m),
                        t.cashFlow().get(m), 1e-6 * (1 + Math.abs(t.capex(m))));
                assertTrue(t.incomeTax().get(m) >= 0);
                assertEquals(t.cashFlow().get(m) - t.incomeTax().get(m), t.freeCashFlow().get(m), 1e-6);
                // fully loaded: inference's cost is at least its served-pool cost plus nothing negative
                assertTrue(t.inferenceLoadedCost().get(m) >= t.inferenceIdleCost().get(m) - TOL);
            }
            // every dollar of cost and capital charge lands on a workload, or idle in a month nothing ran
            double loaded = t.inferenceLoadedCost().total();
            for (var run : r.training()) {
                loaded += run.attributedCost().total();
            }
            double all = t.totalCost().total() + t.capitalCharge().total();
            assertEquals(all, loaded, 1e-6 * all);
        });
    }

    @TestFactory
    Stream<DynamicTest> theEngineIsDeterministic() {
        return forEachPlan(plan -> assertEquals(Engine.simulate(plan), Engine.simulate(plan)));
    }

    private static List<InferenceService> scaleDemand(List<InferenceService> services, int index, double factor) {
        List<InferenceService> out = new ArrayList<>(services);
        InferenceService s = services.get(index);
        out.set(index, new InferenceService(s.id(), s.name(), s.demand().adjusted(factor, 0.0),
                s.inputTokensPerRequest(), s.outputTokensPerRequest(), s.model(), s.latency(),
                s.priceUsdPerMillionTokens(), s.priceDeclinePerYear(), s.requiredCertifications(), s.priority(),
                s.source()));
        return out;
    }

    private static List<Site> doublePods(List<Site> sites) {
        List<Site> out = new ArrayList<>();
        for (Site s : sites) {
            List<Hall> halls = new ArrayList<>();
            for (Hall p : s.halls()) {
                List<GpuPod> pods = p.gpuPods().stream()
                        .map(d -> new GpuPod(d.id(), d.skuId(), d.gpus() * 2, d.install())).toList();
                halls.add(new Hall(p.id(), p.name(), p.criticalItMw(), p.constructionStart(), p.buildMonths(),
                        p.energization(), p.facilityCapexUsd(), pods));
            }
            out.add(new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(), s.gridMw(),
                    s.gridAvailable(), s.pue(), s.electricityUsdPerMwh(), s.electricityEscalationPerYear(),
                    s.facilityCostUsdPerMw(), halls, s.source()));
        }
        return out;
    }
}

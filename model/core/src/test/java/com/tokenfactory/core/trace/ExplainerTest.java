package com.tokenfactory.core.trace;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions in words reach the right figure; bad questions say what can be asked. */
class ExplainerTest {
    private final Plan plan = ReferencePlan.plan(1e9);
    private final SimulationResult result = Engine.simulate(plan);
    private final Explainer explainer = new Explainer(plan, result);

    @Test
    void questionsInWordsReachTheirFigures() {
        assertEquals(result.kpis().npv(), explainer.explain("NPV").value());
        assertEquals(result.years().get(0).revenue(), explainer.explain("revenue 2026").value());
        assertEquals(result.years().get(0).revenue(), explainer.explain("Revenue Y1").value());
        assertEquals(result.totals().revenue(3), explainer.explain("revenue 2026-04").value());
        assertEquals(result.kpis().horizon().usdPerMillionTokens(), explainer.explain("$/Mtok").value());
        assertEquals(result.services().get(0).usdPerMillionTokens(), explainer.explain("$/Mtok svc").value(), 1e-9);
        assertEquals(result.kpis().horizon().tokensPerJoule(), explainer.explain("tokens per joule").value());
    }

    @Test
    void theWaccIsASourcedDefaultUntilThePlannerChangesIt() {
        Explanation npv = explainer.explain("npv excluding terminal value");
        Explanation wacc = npv.children().get(0).children().get(1);
        assertEquals("assumptions.discountRate", wacc.origin().where());
        boolean isDefault = plan.assumptions().discountRate()
                == com.tokenfactory.core.plan.Assumptions.SOURCES.get("discountRate").value();
        assertEquals(isDefault ? Provenance.SOURCED_DEFAULT : Provenance.PLANNERS_ASSUMPTION,
                wacc.origin().provenance());
    }

    @Test
    void theElectricityPriceLeafNamesTheSiteField() {
        Explanation electricity = explainer.explain("electricity 2026-03");
        Explanation site = electricity.children().get(0);
        Explanation price = site.children().get(1).children().get(0);
        assertEquals("sites[0].electricityUsdPerMwh", price.origin().where());
        assertEquals(Provenance.PLANNERS_ASSUMPTION, price.origin().provenance());
        assertEquals(site.value(), site.evaluate(), Math.abs(site.value()) * 1e-12);
    }

    @Test
    void badQuestionsListWhatCanBeAsked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> explainer.explain("profit"));
        assertTrue(e.getMessage().startsWith("cannot explain 'profit'"), e.getMessage());
        assertTrue(e.getMessage().contains("npv") && e.getMessage().contains("svc"), e.getMessage());
        IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
                () -> explainer.explain("revenue 2045"));
        assertTrue(year.getMessage().startsWith("no plan year 2045; the plan years are Y1"), year.getMessage());
        IllegalArgumentException month = assertThrows(IllegalArgumentException.class,
                () -> explainer.explain("revenue 2019-04"));
        assertTrue(month.getMessage().contains("outside the plan"), month.getMessage());
        assertThrows(IllegalArgumentException.class, () -> explainer.explain(" "));
        IllegalArgumentException service = assertThrows(IllegalArgumentException.class,
                () -> explainer.explain("$/Mtok chat 2026"));
        assertEquals("no service 'chat' in the plan; its services are svc", service.getMessage());
    }

    @Test
    void textShowsFormulaLeavesAndElidesLongLists() {
        String text = new ExplanationText(2, 4).render(explainer.explain("revenue 2026"));
        assertTrue(text.startsWith("Revenue, Y1 (2026-01 – 2026-12) = "), text);
        assertTrue(text.contains("[Σ over 12 months]"), text);
        assertTrue(text.contains("… 8 more like these"), text);
    }

    @Test
    void theRevenueBadgeNamesThePricesAndTheDefaultEfficiencies() {
        Badge b = Badge.of(explainer.explain("revenue"), result.efficiencySource());
        assertTrue(b.assumptions().contains("services[0].inputPriceUsdPerMillionTokens"), b.assumptions().toString());
        assertEquals(plan.calibration() == null, b.uncalibrated(), result.efficiencySource());
        Badge calibrated = Badge.of(explainer.explain("revenue"), "calibration: H100 (CUDA, 2026-11-02)");
        assertTrue(!calibrated.uncalibrated() && calibrated.any());
        Badge wacc = Badge.of(explainer.explain("npv excluding terminal value").children().get(0).children().get(1),
                result.efficiencySource());
        assertTrue(!wacc.uncalibrated(), "the WACC rests on no throughput");
    }

    /**
     * The FP4 efficiency is a serving parameter only where a service computes in FP4 on a GPU the plan installs or
     * rents: an NVFP4 model on the reference GPU (no FP4 tensor math) computes in FP8, a B200 merely in the catalog
     * serves nothing, a rented one does.
     */
    @Test
    void theFp4EfficiencyIsTracedOnlyWhereAServiceComputesInFp4OnAGpuThePlanUses() {
        InferenceService svc = ReferencePlan.service(1e9);
        ModelShape nvfp4 = new ModelShape("8B NVFP4", 8, 8, 32, 4096, 32, 8, 131_072, 0.5, 1,
                new ModelServingShape(0.5, 1));
        Plan fp4Model = plan.withServices(List.of(new InferenceService(svc.id(), svc.name(), svc.demand(),
                        svc.inputTokensPerRequest(), svc.outputTokensPerRequest(), nvfp4, svc.latency(), 1.0, 0.0,
                        new TreeSet<>(), 1, null)))
                .withCatalog(List.of(ReferencePlan.sku(), BuiltInCatalog.B200));
        assertTrue(fp4Leaf(plan).isEmpty());
        assertTrue(fp4Leaf(fp4Model).isEmpty(), "a B200 only in the catalog serves nothing");
        Plan renting = fp4Model.withPartners(List.of(new PartnerCloud("rent", "Partner rent", "Partner cloud",
                BuiltInCatalog.B200.id(), 8, 5.0, ReferencePlan.START, 12, ContractKind.ON_DEMAND, new TreeSet<>(), 0,
                null, null)));
        assertEquals(List.of(plan.assumptions().fp4Efficiency()), fp4Leaf(renting));
    }

    /**
     * The engine's own figures are traced beside the plan's assumptions where they act: the fixed time per MoE layer
     * and the expert read efficiency where a service is a mixture of experts, the collective latency where a service
     * spans more than one GPU. The reference plan (a dense model on one GPU) has none of them; a 400B MoE model all
     * three (its 400 GB of weights need several GPUs), and a 70B BF16 model on rented H100s (140 GB of weights: at
     * least two GPUs) the third.
     */
    @Test
    void theEnginesOwnFiguresAreTracedWhereTheyAct() {
        InferenceService svc = ReferencePlan.service(1e9);
        assertTrue(engineLeaves(plan).isEmpty());
        ModelShape moe = new ModelShape("MoE", 400, 17, 48, 5120, 40, 8, 131_072, 1, 1,
                new ModelServingShape(1, 1, 128, 24));
        Plan moePlan = plan.withServices(List.of(new InferenceService(svc.id(), svc.name(), svc.demand(),
                svc.inputTokensPerRequest(), svc.outputTokensPerRequest(), moe, svc.latency(), 1.0, 0.0,
                new TreeSet<>(), 1, null)));
        assertEquals(List.of("engine.ReplicaPass.MOE_LAYER_US", "engine.ReplicaPass.EXPERT_READ_EFFICIENCY",
                "engine.ReplicaPass.EXPERT_HALF_SPEED_PARAMS", "engine.Collectives.LATENCY_US"),
                engineLeaves(moePlan).stream().map(x -> x.origin().where()).toList());
        Explanation moeLayer = engineLeaves(moePlan).get(0);
        assertEquals(100.0, moeLayer.value());
        assertEquals("engine.ReplicaPass.MOE_LAYER_US", moeLayer.origin().where());
        Explanation expertReads = engineLeaves(moePlan).get(1);
        assertEquals(0.60, expertReads.value());
        assertEquals("", expertReads.unit(), "a share, not a time");
        assertEquals("µs", moeLayer.unit());
        assertEquals("engine.ReplicaPass.EXPERT_READ_EFFICIENCY", expertReads.origin().where());
        assertTrue(expertReads.origin().source().contains("TensorRT-LLM's MoE kernels"),
                expertReads.origin().source());
        Explanation expertSize = engineLeaves(moePlan).get(2);
        assertEquals(23e6, expertSize.value());
        assertEquals("parameters", expertSize.unit());
        assertTrue(expertSize.origin().source().contains("Qwen3-30B-A3B's (4.7 million"), expertSize.origin().source());
        ModelShape bf16 = new ModelShape("70B BF16", 70, 70, 80, 8192, 64, 8, 131_072, 2, 2);
        Plan spanning = plan.withServices(List.of(new InferenceService(svc.id(), svc.name(), svc.demand(),
                        svc.inputTokensPerRequest(), svc.outputTokensPerRequest(), bf16, svc.latency(), 1.0, 0.0,
                        new TreeSet<>(), 1, null)))
                .withCatalog(List.of(ReferencePlan.sku(), BuiltInCatalog.H100))
                .withPartners(List.of(new PartnerCloud("rent", "Partner rent", "Partner cloud",
                        BuiltInCatalog.H100.id(), 8, 5.0, ReferencePlan.START, 12, ContractKind.ON_DEMAND,
                        new TreeSet<>(), 0, null, null)));
        Explanation collective = engineLeaves(spanning).get(0);
        assertEquals(30.0, collective.value());
        assertEquals("engine.Collectives.LATENCY_US", collective.origin().where());
        assertTrue(collective.origin().source().contains("fit cases"), collective.origin().source());
    }

    private static List<Explanation> engineLeaves(Plan p) {
        Explanation served = new Explainer(p, Engine.simulate(p)).explain("tokens served svc 2026-04");
        return served.children().stream().filter(c -> c.origin() != null && c.origin().where().startsWith("engine."))
                .toList();
    }

    private static List<Double> fp4Leaf(Plan p) {
        Explanation served = new Explainer(p, Engine.simulate(p)).explain("tokens served svc 2026-04");
        return served.children().stream().filter(c -> c.label().startsWith("FP4 efficiency"))
                .map(Explanation::value).toList();
    }

    @Test
    void aSkusCapexIsItsPodsAtTheCatalogPriceAndAMonthWithoutInstallsSaysWhy() {
        Explanation march = explainer.explain("capex it REF 2026-03");
        assertEquals(result.skus().get(0).capexIt().get(2), march.value());
        Explanation pod = march.children().get(0);
        assertEquals("sites[0].phases[0].deployments[0].gpus", pod.children().get(0).origin().where());
        assertEquals(1000, pod.children().get(0).value());
        assertEquals("catalog[0].priceUsdPerGpu", pod.children().get(1).children().get(0).origin().where());
        assertEquals(march.value(), march.evaluate(), march.value() * 1e-12);
        Explanation may = explainer.explain("capex it REF 2026-05");
        assertEquals(0, may.value());
        assertEquals("no pod of REF installs in 2026-05; its pods install in 2026-03 (site/hall/pod)", may.why());
    }

    @Test
    void aSiteWithoutGpusInServiceSaysWhenItsHallsEnergize() {
        Explanation january = explainer.explain("energy site 2026-01");
        assertEquals(0, january.value());
        assertEquals("no GPUs are in service at site in 2026-01 (hall energizes 2026-03, first pod installs 2026-03;"
                + " grid from 2025-01)", january.why());
        Explanation june = explainer.explain("energy Reference site 2026-06");
        assertEquals(result.sites().get(0).facilityMwh().get(5), june.value());
        assertEquals("sites[0].pue", june.children().get(1).origin().where());
    }

    @Test
    void aServiceThatNeedsCertifiedCapacityNobodyHasSaysSo() {
        InferenceService open = ReferencePlan.service(1e9);
        InferenceService fedramp = new InferenceService(open.id(), open.name(), open.demand(), 100, 100,
                ReferencePlan.model(), LatencyClass.BATCH, 1.0, 0.0, new TreeSet<>(List.of("FedRAMP High")), 1, null);
        Plan certified = new Plan(plan.name(), null, plan.start(), plan.horizonMonths(), plan.currency(),
                plan.assumptions(), plan.catalog(), plan.sites(), List.of(), List.of(fedramp), List.of(), List.of(),
                null, Map.of());
        SimulationResult r = Engine.simulate(certified);
        Explanation revenue = new Explainer(certified, r).explain("revenue svc 2026-04");
        assertEquals(0, revenue.value());
        assertEquals("none of svc's demand was served in 2026-04; it may only run on capacity certified FedRAMP High"
                + " — and no capacity certified FedRAMP High has GPUs in 2026-04", revenue.why());
    }
}

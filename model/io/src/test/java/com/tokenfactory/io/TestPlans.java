package com.tokenfactory.io;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandPoint;
import com.tokenfactory.core.plan.DemandUnit;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ServingHardware;
import com.tokenfactory.core.plan.ServingOptions;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.testing.ReferencePlan;

import java.time.LocalDate;
import com.tokenfactory.core.plan.Correlation;
import com.tokenfactory.core.plan.DemandRegimes;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Plans for the file tests beyond the core's fixtures: one with every optional field set. */
final class TestPlans {
    private TestPlans() {
    }

    /**
     * The plan of the test resource {@code fungible.tokenplan} (format 2) and of {@code fungible-v1.tokenplan}, its
     * format-1 ancestor: one SKU, one site of two halls, a committed and an on-demand contract, one service.
     */
    /**
     * The assumptions both fungible files state: the defaults of format 1's time (a 256-sequence batch limit, 65% and
     * 80% efficiencies, no step overhead).
     */
    static Assumptions fungibleAssumptions() {
        Assumptions d = Assumptions.defaults();
        return new Assumptions(d.discountRate(), d.bookLifeYears(), d.economicLifeYears(), d.facilityLifeYears(),
                d.opexUsdPerMwYear(), d.softwareEfficiencyGainPerYear(), d.tokenPriceDeclinePerYear(),
                d.hardwarePerfPerDollarGainPerYear(), d.hardwareEnergyEfficiencyGainPerYear(), d.planningHeadroom(),
                d.trainingMfu(), d.idlePowerFraction(), d.computeBoundPowerFraction(), d.memoryBoundPowerFraction(),
                d.usableHbmFraction(), 256, 0.65, 0.80, 0.0);
    }

    static Plan fungible() {
        String sheet = "NVIDIA H100 data sheet";
        HardwareSku h100 = new HardwareSku("H100-SXM", "NVIDIA H100 SXM", "NVIDIA", Sourced.of(989, sheet),
                Sourced.of(1979, sheet), Sourced.of(80, sheet), Sourced.of(3.35, sheet), Sourced.of(700, sheet),
                Sourced.of(1275, "DGX H100: 10.2 kW / 8 GPUs"), Sourced.rough(40_000, "street price, mid-2026"),
                8, YearMonth.of(2022, 10), "NVIDIA GTC, September 2022");
        Hall hall1 = new Hall("hall-1", "Hall 1", 20, YearMonth.of(2025, 7), 9, null, null,
                List.of(new GpuPod("pod-1", "H100-SXM", 8000, YearMonth.of(2026, 4))));
        Hall hall2 = new Hall("hall-2", "Hall 2", 30, YearMonth.of(2026, 1), 12, YearMonth.of(2027, 3), 3.6e8,
                List.of(new GpuPod("pod-2", "H100-SXM", 16_000, YearMonth.of(2027, 3))));
        Site site = new Site("ashburn", "Ashburn campus", "US-East (Virginia)", 39.04, -77.49,
                new TreeSet<>(List.of("FedRAMP High")), 120, YearMonth.of(2026, 1), 1.3, 85, 0.02, 1.17e7,
                List.of(hall1, hall2), null);
        PartnerCloud burst = new PartnerCloud("burst", "Burst capacity", "Other cloud", "H100-SXM", 2000, 2.4,
                YearMonth.of(2026, 2), 12, ContractKind.COMMITTED, new TreeSet<>(), 2, null, null);
        PartnerCloud spot = new PartnerCloud("spot", "Spot capacity", "Other cloud", "H100-SXM", 500, 3.9,
                YearMonth.of(2026, 1), 24, ContractKind.ON_DEMAND, new TreeSet<>(), 0, null, null);
        InferenceService chat = new InferenceService("chat", "Chat assistant",
                new DemandCurve.Growth(YearMonth.of(2026, 1), 2e11, 1.5), 1500, 400,
                new ModelShape("Dense 70B (FP8)", 70, 70, 80, 8192, 64, 8, 131_072, 1, 1), LatencyClass.INTERACTIVE,
                2.0, 0.3, new TreeSet<>(), 1, null);
        return new Plan("Fungible capacity plan", null, YearMonth.of(2026, 1), 60, "USD", fungibleAssumptions(),
                List.of(h100), List.of(site), List.of(burst, spot), List.of(chat), List.of(), List.of(), null,
                Map.of("ashburn", new Box(40, 40, 480, 320)));
    }

    /**
     * The model with its head size, activation precision, experts, MoE layers, chunked attention (3 layers in 4),
     * sliding-window attention (the rest), its experts' weight precision and latent attention (one KV head) stated.
     */
    private static ModelShape withServingShape(ModelShape m) {
        return new ModelShape(m.name(), m.totalParamsBillions(), m.activeParamsBillions(), m.layers(), m.hiddenSize(),
                m.attentionHeads(), 1, 256, m.contextTokens(), m.weightBytesPerParam(), m.kvBytesPerValue(),
                new ModelServingShape(0.5, 4, 64, m.layers() / 2, m.layers() * 3 / 4, 8192, m.layers() / 4, 4096, 0.5,
                        512, 64));
    }

    /** A service whose demand counts requests, 800 input and 200 output tokens each. */
    static InferenceService inRequests(String id, DemandCurve curve, DemandUnit unit) {
        return new InferenceService(id, id.toUpperCase(java.util.Locale.ROOT), curve, 800, 200, ReferencePlan.model(),
                LatencyClass.STANDARD, 1.0, null, new TreeSet<>(), 2, null).withDemandUnit(curve, unit);
    }

    /**
     * Every optional field present, both demand kinds, a low-confidence figure, scenarios, a calibration and a layout
     * whose keys need bracket notation in JSON paths ("site.a", "hall-1").
     */
    static Plan everyField() {
        HardwareSku ref = ReferencePlan.sku();
        HardwareSku rough = new HardwareSku("ROUGH", "Rough GPU", "Test", Sourced.of(900, "data sheet"),
                Sourced.of(1800, "data sheet"), Sourced.of(141, "data sheet"), Sourced.of(4.8, "data sheet"),
                Sourced.of(700, "data sheet"), Sourced.rough(1366, "analyst estimate"),
                Sourced.rough(45_125.5, "street price"), 8, YearMonth.of(2024, 4), "vendor announcement",
                Sourced.rough(4.0, "rental price sheet"),
                new ServingHardware(Sourced.of(3600, "data sheet"), Sourced.of(7200, "data sheet"),
                        Sourced.of(900, "data sheet")));
        Hall hall1 = new Hall("hall-1", "Hall 1", 2.5, YearMonth.of(2025, 6), 9, null, null,
                List.of(new GpuPod("pod-1", "REF", 1000, YearMonth.of(2026, 3)),
                        new GpuPod("pod-2", "ROUGH", 512, YearMonth.of(2026, 9))));
        Hall hall2 = new Hall("hall-2", "Hall 2", 12.0, YearMonth.of(2026, 1), 12, YearMonth.of(2027, 4),
                1.25e8, List.of());
        Site site = new Site("site.a", "Fungible campus", "US-East (Virginia)", 38.95, -77.45,
                new TreeSet<>(List.of("HIPAA", "FedRAMP High")), 150, YearMonth.of(2026, 2), 1.25, 72.5, 0.025,
                1.17e7, List.of(hall1, hall2), "utility interconnect letter");
        PartnerCloud partner = new PartnerCloud("partner-1", "Burst capacity", "Other cloud", "ROUGH", 256, 3.1,
                YearMonth.of(2026, 4), 24, ContractKind.ON_DEMAND, new TreeSet<>(List.of("EU Data Boundary")), 3,
                "eu-west", "price sheet, May 2026");
        InferenceService chat = new InferenceService("chat", "Chat", new DemandCurve.Growth(
                YearMonth.of(2026, 2), 2.5e11, 1.5), 1500, 400, withServingShape(ReferencePlan.model()),
                LatencyClass.INTERACTIVE, 0.3, new TreeSet<>(List.of("HIPAA")), 1, "product forecast", false, 1.25, 5.0,
                1.6, new ServingOptions(true, 0.4, 3, 2.5, true));
        InferenceService batch = new InferenceService("batch", "Batch", new DemandCurve.Points(List.of(
                new DemandPoint(YearMonth.of(2026, 6), 0.0),
                new DemandPoint(YearMonth.of(2027, 1), 1e12),
                new DemandPoint(YearMonth.of(2028, 1), 4e11))), 3000, 1000, ReferencePlan.model(),
                LatencyClass.BATCH, 0.5, null, new TreeSet<>(), 3, null).withServeAtLoss(true);
        // demand in requests: growth curves and point curves, per day and per month
        InferenceService api = inRequests("api", new DemandCurve.Growth(YearMonth.of(2026, 3), 4e7, 0.8),
                DemandUnit.REQUESTS_PER_DAY);
        InferenceService agents = inRequests("agents", new DemandCurve.Points(List.of(
                new DemandPoint(YearMonth.of(2026, 6), 1.5e8),
                new DemandPoint(YearMonth.of(2027, 6), 9e8))), DemandUnit.REQUESTS_PER_MONTH);
        InferenceService support = inRequests("support", new DemandCurve.Points(List.of(
                new DemandPoint(YearMonth.of(2026, 9), 2e6))), DemandUnit.REQUESTS_PER_DAY);
        InferenceService nightly = inRequests("nightly", new DemandCurve.Growth(YearMonth.of(2026, 4), 3e9, 0.25),
                DemandUnit.REQUESTS_PER_MONTH);
        TrainingRun run = new TrainingRun("run-1", "Frontier run", 3e25, YearMonth.of(2026, 6),
                YearMonth.of(2027, 6), 4096, new TreeSet<>(List.of("FedRAMP High")), 2.25, "research plan");
        Scenario boom = new Scenario("boom", "Demand boom", "twice the demand, faster price decline", 2.0, 0.2,
                0.6, 1.0, 1.1, 0);
        Scenario late = new Scenario("late-grid", "Late grid", null, 1.0, 0.0, null, null, 1.0, 9);
        Calibration calibration = new Calibration("NVIDIA H100 80GB HBM3", "CUDA", LocalDate.of(2026, 11, 22), 989,
                3.35, 0.65, 0.8, 0.02, 0.99, 0.75, 3.5, "fitted on four shapes");
        Map<String, Box> layout = Map.of(
                "site.a", new Box(10, 20, 400, 300),
                "hall-1", new Box(20.5, 40, 180, 120),
                "partner-1", new Box(-200, 0, 120, 80));
        return new Plan("Fungible capacity plan", "Everything a file can hold", YearMonth.of(2026, 1), 60, "USD",
                ReferencePlan.assumptions(), List.of(ref, rough), List.of(site), List.of(partner),
                List.of(chat, batch, api, agents, support, nightly), List.of(run), List.of(boom, late), calibration, layout, uncertainty());
    }

    /** Every lever target kind, every distribution kind with and without its optional bounds, regimes. */
    static Uncertainty uncertainty() {
        List<UncertainInput> inputs = List.of(
                new UncertainInput("demand", "Chat demand", Lever.DEMAND_LEVEL, "chat",
                        new Distribution.LogNormal(1.0, 0.35, 0.25, 4.0), "assumption: ±35% a year out"),
                new UncertainInput("decline", "Price decline", Lever.TOKEN_PRICE_DECLINE, null,
                        new Distribution.Pert(0.2, 0.5, 0.9), "Epoch AI 2025"),
                new UncertainInput("gpu", "GPU price", Lever.GPU_PRICE, "ROUGH",
                        new Distribution.Triangular(0.8, 1.0, 1.3), null),
                new UncertainInput("power", "Electricity", Lever.ELECTRICITY_PRICE, "site.a",
                        new Distribution.Normal(1.0, 0.15, 0.5, 2.0), "EIA"),
                new UncertainInput("wacc", "WACC", Lever.DISCOUNT_RATE, null,
                        new Distribution.Uniform(0.08, 0.13), null),
                new UncertainInput("grid", "Grid slip", Lever.GRID_DELAY, "site.a",
                        new Distribution.Discrete(List.of(0.0, 6.0, 12.0), List.of(0.6, 0.3, 0.1)), "interconnect queue"),
                new UncertainInput("sw", "Software gain", Lever.SOFTWARE_GAIN, null,
                        new Distribution.LogNormal(0.5, 0.5, null, null), null));
        return new Uncertainty(inputs, List.of(new Correlation("demand", "decline", 0.4)),
                DemandRegimes.boomAndBust());
    }
}

package com.tokenfactory.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.ServingHardware;
import com.tokenfactory.core.plan.ServingOptions;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.plan.TrainingRun;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a {@link Plan} as a tree of the current format: the mirror of {@link PlanDecoder}, field for field, in the
 * order of {@link FormatFields}. Optional fields are left out when null; {@code lowConfidence} and
 * {@code serveAtLoss} when false.
 */
final class PlanEncoder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanEncoder() {
    }

    static ObjectNode encode(Plan plan) {
        ObjectNode o = NODES.objectNode();
        o.put("formatVersion", PlanFile.CURRENT_FORMAT_VERSION);
        o.put("name", plan.name());
        optional(o, "description", plan.description());
        month(o, "start", plan.start());
        o.put("horizonMonths", plan.horizonMonths());
        o.put("currency", plan.currency());
        o.set("assumptions", assumptions(plan.assumptions()));
        ArrayNode catalog = o.putArray("catalog");
        plan.catalog().forEach(sku -> catalog.add(sku(sku)));
        ArrayNode sites = o.putArray("sites");
        plan.sites().forEach(site -> sites.add(site(site)));
        ArrayNode partners = o.putArray("partners");
        plan.partners().forEach(p -> partners.add(partner(p)));
        ArrayNode services = o.putArray("services");
        plan.services().forEach(s -> services.add(service(s)));
        ArrayNode runs = o.putArray("trainingRuns");
        plan.trainingRuns().forEach(r -> runs.add(trainingRun(r)));
        ArrayNode scenarios = o.putArray("scenarios");
        plan.scenarios().forEach(s -> scenarios.add(scenario(s)));
        if (plan.calibration() != null) {
            o.set("calibration", calibration(plan.calibration()));
        }
        ObjectNode layout = o.putObject("layout");
        for (Map.Entry<String, Box> e : plan.layout().entrySet()) {
            layout.set(e.getKey(), box(e.getValue()));
        }
        if (!plan.uncertainty().isEmpty()) {
            o.set("uncertainty", UncertaintyMapping.write(plan.uncertainty()));
        }
        return o;
    }

    private static ObjectNode assumptions(Assumptions a) {
        ObjectNode o = NODES.objectNode();
        o.put("discountRate", a.discountRate());
        o.put("bookLifeYears", a.bookLifeYears());
        o.put("economicLifeYears", a.economicLifeYears());
        o.put("facilityLifeYears", a.facilityLifeYears());
        o.put("opexUsdPerMwYear", a.opexUsdPerMwYear());
        o.put("softwareEfficiencyGainPerYear", a.softwareEfficiencyGainPerYear());
        o.put("tokenPriceDeclinePerYear", a.tokenPriceDeclinePerYear());
        o.put("hardwarePerfPerDollarGainPerYear", a.hardwarePerfPerDollarGainPerYear());
        o.put("hardwareEnergyEfficiencyGainPerYear", a.hardwareEnergyEfficiencyGainPerYear());
        o.put("planningHeadroom", a.planningHeadroom());
        o.put("trainingMfu", a.trainingMfu());
        o.put("idlePowerFraction", a.idlePowerFraction());
        o.put("computeBoundPowerFraction", a.computeBoundPowerFraction());
        o.put("memoryBoundPowerFraction", a.memoryBoundPowerFraction());
        o.put("usableHbmFraction", a.usableHbmFraction());
        if (a.hasDecodeBatchLimit()) {
            o.put("maxDecodeBatch", a.maxDecodeBatch());
        }
        o.put("computeEfficiency", a.computeEfficiency());
        o.put("memoryEfficiency", a.memoryEfficiency());
        o.put("stepOverheadMs", a.stepOverheadMs());
        o.put("itTaxDepreciation", a.itTaxDepreciation().name());
        o.put("terminalValue", a.terminalValue().name());
        o.put("economicLifeFrom", a.economicLifeFrom().name());
        o.put("taxRate", a.taxRate());
        o.put("facilityTaxLifeYears", a.facilityTaxLifeYears());
        o.put("terminalGrowthPerYear", a.terminalGrowthPerYear());
        o.put("itCapexExtraShare", a.itCapexExtraShare());
        o.put("facilitySoftCostShare", a.facilitySoftCostShare());
        o.put("propertyTaxInsurancePerYear", a.propertyTaxInsurancePerYear());
        o.put("commissioningMonths", a.commissioningMonths());
        o.put("gpuAnnualFailureRate", a.gpuAnnualFailureRate());
        o.put("gpuRepairDays", a.gpuRepairDays());
        o.put("receivablesDays", a.receivablesDays());
        o.put("hardwarePowerPerGpuGainPerYear", a.hardwarePowerPerGpuGainPerYear());
        o.put("expertEfficiency", a.expertEfficiency());
        o.put("sequenceOverheadUs", a.sequenceOverheadUs());
        o.put("fp4Efficiency", a.fp4Efficiency());
        return o;
    }

    private static ObjectNode sku(HardwareSku s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.put("name", s.name());
        o.put("vendor", s.vendor());
        o.set("bf16Tflops", sourced(s.bf16Tflops()));
        o.set("fp8Tflops", sourced(s.fp8Tflops()));
        o.set("hbmGb", sourced(s.hbmGb()));
        o.set("hbmTbps", sourced(s.hbmTbps()));
        o.set("gpuWatts", sourced(s.gpuWatts()));
        o.set("allInWattsPerGpu", sourced(s.allInWattsPerGpu()));
        o.set("priceUsdPerGpu", sourced(s.priceUsdPerGpu()));
        o.put("scaleUpGpus", s.scaleUpGpus());
        month(o, "firstAvailable", s.firstAvailable());
        o.put("availabilitySource", s.availabilitySource());
        if (s.rentalUsdPerGpuHour() != null) {
            o.set("rentalUsdPerGpuHour", sourced(s.rentalUsdPerGpuHour()));
        }
        ServingHardware h = s.serving();
        if (!h.equals(ServingHardware.NONE)) {
            ObjectNode serving = o.putObject("serving");
            optionalSourced(serving, "fp6Tflops", h.fp6Tflops());
            optionalSourced(serving, "fp4Tflops", h.fp4Tflops());
            optionalSourced(serving, "scaleUpGBps", h.scaleUpGBps());
        }
        return o;
    }

    private static void optionalSourced(ObjectNode o, String name, Sourced s) {
        if (s != null) {
            o.set(name, sourced(s));
        }
    }

    private static ObjectNode sourced(Sourced s) {
        ObjectNode o = NODES.objectNode();
        o.put("value", s.value());
        o.put("source", s.source());
        if (s.lowConfidence()) {
            o.put("lowConfidence", true);
        }
        return o;
    }

    private static ObjectNode site(Site s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.put("name", s.name());
        o.put("region", s.region());
        o.put("latitude", s.latitude());
        o.put("longitude", s.longitude());
        labels(o, "certifications", s.certifications());
        o.put("gridMw", s.gridMw());
        month(o, "gridAvailable", s.gridAvailable());
        o.put("pue", s.pue());
        o.put("electricityUsdPerMwh", s.electricityUsdPerMwh());
        o.put("electricityEscalationPerYear", s.electricityEscalationPerYear());
        o.put("facilityCostUsdPerMw", s.facilityCostUsdPerMw());
        ArrayNode halls = o.putArray("phases");
        s.halls().forEach(p -> halls.add(hall(p)));
        optional(o, "source", s.source());
        return o;
    }

    private static ObjectNode hall(Hall p) {
        ObjectNode o = NODES.objectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        o.put("criticalItMw", p.criticalItMw());
        month(o, "constructionStart", p.constructionStart());
        o.put("buildMonths", p.buildMonths());
        if (p.energization() != null) {
            month(o, "energization", p.energization());
        }
        optional(o, "facilityCapexUsd", p.facilityCapexUsd());
        ArrayNode gpuPods = o.putArray("deployments");
        p.gpuPods().forEach(d -> gpuPods.add(gpuPod(d)));
        return o;
    }

    private static ObjectNode gpuPod(GpuPod d) {
        ObjectNode o = NODES.objectNode();
        o.put("id", d.id());
        o.put("skuId", d.skuId());
        o.put("gpus", d.gpus());
        month(o, "install", d.install());
        return o;
    }

    private static ObjectNode partner(PartnerCloud p) {
        ObjectNode o = NODES.objectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        o.put("provider", p.provider());
        o.put("skuId", p.skuId());
        o.put("gpus", p.gpus());
        o.put("usdPerGpuHour", p.usdPerGpuHour());
        month(o, "start", p.start());
        o.put("termMonths", p.termMonths());
        o.put("kind", p.kind().name());
        labels(o, "certifications", p.certifications());
        o.put("leadTimeMonths", p.leadTimeMonths());
        optional(o, "region", p.region());
        optional(o, "source", p.source());
        return o;
    }

    private static ObjectNode service(InferenceService s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.put("name", s.name());
        o.set("demand", DemandMapping.encode(s.demand(), s.demandUnit()));
        o.put("inputTokensPerRequest", s.inputTokensPerRequest());
        o.put("outputTokensPerRequest", s.outputTokensPerRequest());
        o.set("model", model(s.model()));
        o.put("latency", s.latency().name());
        optional(o, "priceDeclinePerYear", s.priceDeclinePerYear());
        labels(o, "requiredCertifications", s.requiredCertifications());
        o.put("priority", s.priority());
        optional(o, "source", s.source());
        if (s.serveAtLoss()) {
            o.put("serveAtLoss", true);
        }
        o.put("inputPriceUsdPerMillionTokens", s.inputPriceUsdPerMillionTokens());
        o.put("outputPriceUsdPerMillionTokens", s.outputPriceUsdPerMillionTokens());
        o.put("peakToAverage", s.peakToAverage());
        ServingOptions v = s.serving();
        if (!v.equals(ServingOptions.DEFAULT)) {
            ObjectNode serving = o.putObject("serving");
            serving.put("disaggregated", v.disaggregated());
            serving.put("prefixCacheHitRate", v.prefixCacheHitRate());
            serving.put("draftTokensPerStep", v.draftTokensPerStep());
            serving.put("acceptedTokensPerStep", v.acceptedTokensPerStep());
            // written only when set, so files saved before it existed save as they were
            if (v.attentionTensorParallel()) {
                serving.put("attentionTensorParallel", true);
            }
        }
        return o;
    }

    private static ObjectNode model(ModelShape m) {
        ObjectNode o = NODES.objectNode();
        o.put("name", m.name());
        o.put("totalParamsBillions", m.totalParamsBillions());
        o.put("activeParamsBillions", m.activeParamsBillions());
        o.put("layers", m.layers());
        o.put("hiddenSize", m.hiddenSize());
        o.put("attentionHeads", m.attentionHeads());
        o.put("kvHeads", m.kvHeads());
        if (m.headDim() != null) {
            o.put("headDim", m.headDim());
        }
        o.put("contextTokens", m.contextTokens());
        o.put("weightBytesPerParam", m.weightBytesPerParam());
        o.put("kvBytesPerValue", m.kvBytesPerValue());
        if (m.serving() != null) {
            ObjectNode serving = o.putObject("serving");
            serving.put("activationBytesPerValue", m.serving().activationBytesPerValue());
            serving.put("expertsPerToken", m.serving().expertsPerToken());
            // the optional figures, 0 meaning "not stated", are written only when stated
            putStated(serving, "experts", m.serving().experts());
            putStated(serving, "moeLayers", m.serving().moeLayers());
            putStated(serving, "chunkedAttentionLayers", m.serving().chunkedAttentionLayers());
            putStated(serving, "attentionChunkTokens", m.serving().attentionChunkTokens());
            putStated(serving, "slidingWindowLayers", m.serving().slidingWindowLayers());
            putStated(serving, "slidingWindowTokens", m.serving().slidingWindowTokens());
            if (m.serving().expertWeightBytesPerParam() > 0) {
                serving.put("expertWeightBytesPerParam", m.serving().expertWeightBytesPerParam());
            }
            putStated(serving, "latentKvDim", m.serving().latentKvDim());
            putStated(serving, "latentRopeDim", m.serving().latentRopeDim());
        }
        return o;
    }

    private static void putStated(ObjectNode o, String field, int value) {
        if (value > 0) {
            o.put(field, value);
        }
    }

    private static ObjectNode trainingRun(TrainingRun t) {
        ObjectNode o = NODES.objectNode();
        o.put("id", t.id());
        o.put("name", t.name());
        o.put("computeFlops", t.computeFlops());
        month(o, "earliestStart", t.earliestStart());
        month(o, "deadline", t.deadline());
        o.put("minGpusInOneSite", t.minGpusInOneSite());
        labels(o, "requiredCertifications", t.requiredCertifications());
        o.put("valueUsdPerGpuHour", t.valueUsdPerGpuHour());
        optional(o, "source", t.source());
        return o;
    }

    private static ObjectNode scenario(Scenario s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.put("name", s.name());
        optional(o, "description", s.description());
        o.put("demandMultiplier", s.demandMultiplier());
        o.put("demandGrowthShift", s.demandGrowthShift());
        optional(o, "tokenPriceDeclinePerYear", s.tokenPriceDeclinePerYear());
        optional(o, "softwareEfficiencyGainPerYear", s.softwareEfficiencyGainPerYear());
        o.put("electricityPriceMultiplier", s.electricityPriceMultiplier());
        o.put("gridDelayMonths", s.gridDelayMonths());
        return o;
    }

    private static ObjectNode calibration(Calibration c) {
        ObjectNode o = NODES.objectNode();
        o.put("device", c.device());
        o.put("provider", c.provider());
        o.put("measuredOn", c.measuredOn().toString());
        o.put("devicePeakTflops", c.devicePeakTflops());
        o.put("devicePeakTbps", c.devicePeakTbps());
        o.put("computeEfficiency", c.computeEfficiency());
        o.put("memoryEfficiency", c.memoryEfficiency());
        o.put("stepOverheadMs", c.stepOverheadMs());
        optional(o, "computeBoundPowerFraction", c.computeBoundPowerFraction());
        optional(o, "memoryBoundPowerFraction", c.memoryBoundPowerFraction());
        o.put("heldOutErrorPercent", c.heldOutErrorPercent());
        optional(o, "notes", c.notes());
        return o;
    }

    private static ObjectNode box(Box b) {
        ObjectNode o = NODES.objectNode();
        o.put("x", b.x());
        o.put("y", b.y());
        o.put("width", b.width());
        o.put("height", b.height());
        return o;
    }

    private static void month(ObjectNode o, String name, YearMonth month) {
        o.put(name, month.toString());
    }

    private static void labels(ObjectNode o, String name, Collection<String> labels) {
        ArrayNode array = o.putArray(name);
        labels.forEach(array::add);
    }

    private static void optional(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void optional(ObjectNode o, String name, Double value) {
        if (value != null) {
            o.put(name, value.doubleValue());
        }
    }
}

package com.tokenfactory.io;

import com.tokenfactory.core.plan.Check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelServingShape;
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
import com.tokenfactory.core.plan.Uncertainty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Binds a tree of the current format to a {@link Plan}, field by field. Each record is built by its own constructor,
 * whose {@link InvalidPlanException} is re-reported at the JSON path of the element being built; {@link PlanEncoder}
 * is the mirror image.
 */
final class PlanDecoder {
    private static final String LAYOUT_PREFIX = "layout.";

    private PlanDecoder() {
    }

    static Plan decode(ObjectNode root) {
        ObjectFields f = ObjectFields.open(root, JsonPaths.ROOT, FormatFields.PLAN);
        String name = f.text("name");
        String description = f.optionalText("description");
        var start = f.month("start");
        int horizonMonths = f.integer("horizonMonths");
        String currency = f.text("currency");
        Assumptions assumptions = assumptions(f.required("assumptions"), f.path("assumptions"));
        List<HardwareSku> catalog = f.list("catalog", PlanDecoder::sku);
        List<Site> sites = f.list("sites", PlanDecoder::site);
        List<PartnerCloud> partners = f.list("partners", PlanDecoder::partner);
        List<InferenceService> services = f.list("services", PlanDecoder::service);
        List<TrainingRun> runs = f.list("trainingRuns", PlanDecoder::trainingRun);
        List<Scenario> scenarios = f.list("scenarios", PlanDecoder::scenario);
        Calibration calibration = f.has("calibration")
                ? calibration(f.required("calibration"), f.path("calibration")) : null;
        Map<String, Box> layout = f.has("layout") ? layout(f.required("layout"), f.path("layout")) : Map.of();
        Uncertainty uncertainty = f.has("uncertainty")
                ? UncertaintyMapping.read(f.required("uncertainty"), f.path("uncertainty")) : Uncertainty.NONE;
        try {
            return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                    services, runs, scenarios, calibration, layout, uncertainty);
        } catch (InvalidPlanException e) {
            // Layout keys are element ids, which may contain dots, so "layout.<id>" is not split like other paths.
            String path = e.field().startsWith(LAYOUT_PREFIX)
                    ? JsonPaths.field(f.path("layout"), e.field().substring(LAYOUT_PREFIX.length()))
                    : JsonPaths.resolve(JsonPaths.ROOT, e.field());
            throw FileProblem.at(path, e.detail());
        }
    }

    private static Assumptions assumptions(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.ASSUMPTIONS);
        double discountRate = f.number("discountRate");
        double bookLifeYears = f.number("bookLifeYears");
        double economicLifeYears = f.number("economicLifeYears");
        double facilityLifeYears = f.number("facilityLifeYears");
        double opexUsdPerMwYear = f.number("opexUsdPerMwYear");
        double softwareGain = f.number("softwareEfficiencyGainPerYear");
        double tokenPriceDecline = f.number("tokenPriceDeclinePerYear");
        double perfPerDollarGain = f.number("hardwarePerfPerDollarGainPerYear");
        double energyEfficiencyGain = f.number("hardwareEnergyEfficiencyGainPerYear");
        double planningHeadroom = f.number("planningHeadroom");
        double trainingMfu = f.number("trainingMfu");
        double idlePowerFraction = f.number("idlePowerFraction");
        double computeBoundPowerFraction = f.number("computeBoundPowerFraction");
        double memoryBoundPowerFraction = f.number("memoryBoundPowerFraction");
        double usableHbmFraction = f.number("usableHbmFraction");
        // optional since the batch became the latency target's and KV memory's to choose: absent = no limit
        int maxDecodeBatch = f.integer("maxDecodeBatch", 0);
        double computeEfficiency = f.number("computeEfficiency");
        double memoryEfficiency = f.number("memoryEfficiency");
        double stepOverheadMs = f.number("stepOverheadMs");
        // The finance and TCO fields came later; a file without them takes the defaults (docs/file-format.md).
        Assumptions d = Assumptions.defaults();
        var itTaxDepreciation = f.has("itTaxDepreciation")
                ? f.enumValue("itTaxDepreciation", Assumptions.TaxDepreciation.class) : d.itTaxDepreciation();
        var terminalValue = f.has("terminalValue")
                ? f.enumValue("terminalValue", Assumptions.TerminalValue.class) : d.terminalValue();
        var economicLifeFrom = f.has("economicLifeFrom")
                ? f.enumValue("economicLifeFrom", Assumptions.LifeStart.class) : d.economicLifeFrom();
        double taxRate = orDefault(f, "taxRate", d.taxRate());
        double facilityTaxLifeYears = orDefault(f, "facilityTaxLifeYears", d.facilityTaxLifeYears());
        double terminalGrowth = orDefault(f, "terminalGrowthPerYear", d.terminalGrowthPerYear());
        double itCapexExtraShare = orDefault(f, "itCapexExtraShare", d.itCapexExtraShare());
        double facilitySoftCostShare = orDefault(f, "facilitySoftCostShare", d.facilitySoftCostShare());
        double propertyTax = orDefault(f, "propertyTaxInsurancePerYear", d.propertyTaxInsurancePerYear());
        int commissioningMonths = f.integer("commissioningMonths", d.commissioningMonths());
        double failureRate = orDefault(f, "gpuAnnualFailureRate", d.gpuAnnualFailureRate());
        double repairDays = orDefault(f, "gpuRepairDays", d.gpuRepairDays());
        double receivablesDays = orDefault(f, "receivablesDays", d.receivablesDays());
        double powerGain = orDefault(f, "hardwarePowerPerGpuGainPerYear", d.hardwarePowerPerGpuGainPerYear());
        double expertEfficiency = orDefault(f, "expertEfficiency", d.expertEfficiency());
        double sequenceOverheadUs = orDefault(f, "sequenceOverheadUs", d.sequenceOverheadUs());
        double fp4Efficiency = orDefault(f, "fp4Efficiency", d.fp4Efficiency());
        return build(path, () -> new Assumptions(discountRate, bookLifeYears, economicLifeYears, facilityLifeYears,
                opexUsdPerMwYear, softwareGain, tokenPriceDecline, perfPerDollarGain, energyEfficiencyGain,
                planningHeadroom, trainingMfu, idlePowerFraction, computeBoundPowerFraction, memoryBoundPowerFraction,
                usableHbmFraction, maxDecodeBatch, computeEfficiency, memoryEfficiency, stepOverheadMs,
                itTaxDepreciation, terminalValue, economicLifeFrom, taxRate, facilityTaxLifeYears, terminalGrowth,
                itCapexExtraShare, facilitySoftCostShare, propertyTax, commissioningMonths, failureRate, repairDays,
                receivablesDays, powerGain, expertEfficiency, sequenceOverheadUs, fp4Efficiency));
    }

    private static double orDefault(ObjectFields f, String name, double fallback) {
        return f.has(name) ? f.number(name) : fallback;
    }

    private static HardwareSku sku(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.SKU);
        String id = f.text("id");
        String name = f.text("name");
        String vendor = f.text("vendor");
        Sourced bf16 = sourced(f, "bf16Tflops");
        Sourced fp8 = sourced(f, "fp8Tflops");
        Sourced hbmGb = sourced(f, "hbmGb");
        Sourced hbmTbps = sourced(f, "hbmTbps");
        Sourced gpuWatts = sourced(f, "gpuWatts");
        Sourced allInWatts = sourced(f, "allInWattsPerGpu");
        Sourced price = sourced(f, "priceUsdPerGpu");
        int scaleUpGpus = f.integer("scaleUpGpus");
        var firstAvailable = f.month("firstAvailable");
        String availabilitySource = f.text("availabilitySource");
        Sourced rental = f.has("rentalUsdPerGpuHour") ? sourced(f, "rentalUsdPerGpuHour") : null;
        ServingHardware serving = f.has("serving") ? skuServing(f) : ServingHardware.NONE;
        return build(path, () -> new HardwareSku(id, name, vendor, bf16, fp8, hbmGb, hbmTbps, gpuWatts, allInWatts,
                price, scaleUpGpus, firstAvailable, availabilitySource, rental, serving));
    }

    private static ServingHardware skuServing(ObjectFields owner) {
        String path = owner.path("serving");
        ObjectFields f = ObjectFields.open(owner.required("serving"), path, FormatFields.SKU_SERVING);
        Sourced fp6 = f.has("fp6Tflops") ? sourced(f, "fp6Tflops") : null;
        Sourced fp4 = f.has("fp4Tflops") ? sourced(f, "fp4Tflops") : null;
        Sourced scaleUp = f.has("scaleUpGBps") ? sourced(f, "scaleUpGBps") : null;
        return build(path, () -> new ServingHardware(fp6, fp4, scaleUp));
    }

    private static Sourced sourced(ObjectFields owner, String name) {
        String path = owner.path(name);
        ObjectFields f = ObjectFields.open(owner.required(name), path, FormatFields.SOURCED);
        double value = f.number("value");
        String source = f.text("source");
        boolean lowConfidence = f.flag("lowConfidence", false);
        return build(path, () -> new Sourced(value, source, lowConfidence));
    }

    private static Site site(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.SITE);
        String id = f.text("id");
        String name = f.text("name");
        String region = f.text("region");
        double latitude = f.number("latitude");
        double longitude = f.number("longitude");
        TreeSet<String> certifications = labels(f, "certifications");
        double gridMw = f.number("gridMw");
        var gridAvailable = f.month("gridAvailable");
        double pue = f.number("pue");
        double electricityUsdPerMwh = f.number("electricityUsdPerMwh");
        double escalation = f.number("electricityEscalationPerYear");
        double facilityCostUsdPerMw = f.number("facilityCostUsdPerMw");
        List<Hall> halls = f.list("phases", PlanDecoder::hall);
        String source = f.optionalText("source");
        return build(path, () -> new Site(id, name, region, latitude, longitude, certifications, gridMw,
                gridAvailable, pue, electricityUsdPerMwh, escalation, facilityCostUsdPerMw, halls, source));
    }

    private static Hall hall(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.HALL);
        String id = f.text("id");
        String name = f.text("name");
        double criticalItMw = f.number("criticalItMw");
        var constructionStart = f.month("constructionStart");
        int buildMonths = f.integer("buildMonths");
        var energization = f.optionalMonth("energization");
        Double facilityCapexUsd = f.optionalNumber("facilityCapexUsd");
        List<GpuPod> gpuPods = f.list("deployments", PlanDecoder::gpuPod);
        return build(path, () -> new Hall(id, name, criticalItMw, constructionStart, buildMonths, energization,
                facilityCapexUsd, gpuPods));
    }

    private static GpuPod gpuPod(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.GPU_POD);
        String id = f.text("id");
        String skuId = f.text("skuId");
        int gpus = f.integer("gpus");
        var install = f.month("install");
        return build(path, () -> new GpuPod(id, skuId, gpus, install));
    }

    private static PartnerCloud partner(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.PARTNER);
        String id = f.text("id");
        String name = f.text("name");
        String provider = f.text("provider");
        String skuId = f.text("skuId");
        int gpus = f.integer("gpus");
        double usdPerGpuHour = f.number("usdPerGpuHour");
        var start = f.month("start");
        int termMonths = f.integer("termMonths");
        ContractKind kind = f.enumValue("kind", ContractKind.class);
        TreeSet<String> certifications = labels(f, "certifications");
        int leadTimeMonths = f.integer("leadTimeMonths");
        String region = f.optionalText("region");
        String source = f.optionalText("source");
        return build(path, () -> new PartnerCloud(id, name, provider, skuId, gpus, usdPerGpuHour, start, termMonths,
                kind, certifications, leadTimeMonths, region, source));
    }

    private static InferenceService service(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.SERVICE);
        String id = f.text("id");
        String name = f.text("name");
        DemandMapping.Demand demand = DemandMapping.decode(f.required("demand"), f.path("demand"));
        double inputTokens = f.number("inputTokensPerRequest");
        double outputTokens = f.number("outputTokensPerRequest");
        ModelShape model = model(f.required("model"), f.path("model"));
        LatencyClass latency = f.enumValue("latency", LatencyClass.class);
        Double priceDecline = f.optionalNumber("priceDeclinePerYear");
        TreeSet<String> certifications = labels(f, "requiredCertifications");
        int priority = f.integer("priority");
        String source = f.optionalText("source");
        boolean serveAtLoss = f.flag("serveAtLoss", false);
        double inputPrice = f.number("inputPriceUsdPerMillionTokens");
        double outputPrice = f.number("outputPriceUsdPerMillionTokens");
        double peakToAverage = f.number("peakToAverage");
        ServingOptions serving = f.has("serving") ? servingOptions(f) : ServingOptions.DEFAULT;
        return build(path, () -> new InferenceService(id, name, demand.curve(), inputTokens, outputTokens, model,
                latency, priceDecline, certifications, priority, source, serveAtLoss, inputPrice, outputPrice,
                peakToAverage, serving, demand.unit()));
    }

    private static ServingOptions servingOptions(ObjectFields owner) {
        String path = owner.path("serving");
        ObjectFields f = ObjectFields.open(owner.required("serving"), path, FormatFields.SERVING_OPTIONS);
        ServingOptions d = ServingOptions.DEFAULT;
        boolean disaggregated = f.flag("disaggregated", d.disaggregated());
        double prefixCacheHitRate = orDefault(f, "prefixCacheHitRate", d.prefixCacheHitRate());
        int draftTokens = f.integer("draftTokensPerStep", d.draftTokensPerStep());
        double accepted = orDefault(f, "acceptedTokensPerStep", d.acceptedTokensPerStep());
        boolean attentionSplit = f.flag("attentionTensorParallel", d.attentionTensorParallel());
        return build(path, () -> new ServingOptions(disaggregated, prefixCacheHitRate, draftTokens, accepted,
                attentionSplit));
    }

    private static ModelShape model(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.MODEL);
        String name = f.text("name");
        double total = f.number("totalParamsBillions");
        double active = f.number("activeParamsBillions");
        int layers = f.integer("layers");
        int hiddenSize = f.integer("hiddenSize");
        int attentionHeads = f.integer("attentionHeads");
        int kvHeads = f.integer("kvHeads");
        Integer headDim = f.has("headDim") ? f.integer("headDim") : null;
        int contextTokens = f.integer("contextTokens");
        double weightBytes = f.number("weightBytesPerParam");
        double kvBytes = f.number("kvBytesPerValue");
        ModelServingShape serving = f.has("serving") ? modelServing(f, active < total) : null;
        return build(path, () -> new ModelShape(name, total, active, layers, hiddenSize, attentionHeads, kvHeads,
                headDim, contextTokens, weightBytes, kvBytes, serving));
    }

    private static ModelServingShape modelServing(ObjectFields owner, boolean mixtureOfExperts) {
        String path = owner.path("serving");
        ObjectFields f = ObjectFields.open(owner.required("serving"), path, FormatFields.MODEL_SERVING);
        double activationBytes = f.number("activationBytesPerValue");
        int expertsPerToken = f.integer("expertsPerToken",
                mixtureOfExperts ? ModelServingShape.DEFAULT_EXPERTS_PER_TOKEN : 1);
        int experts = f.integer("experts", 0);
        int moeLayers = f.integer("moeLayers", 0);
        int chunkedLayers = f.integer("chunkedAttentionLayers", 0);
        int chunkTokens = f.integer("attentionChunkTokens", 0);
        int slidingLayers = f.integer("slidingWindowLayers", 0);
        int windowTokens = f.integer("slidingWindowTokens", 0);
        double expertWeightBytes = orDefault(f, "expertWeightBytesPerParam", 0.0);
        int latentKv = f.integer("latentKvDim", 0);
        int latentRope = f.integer("latentRopeDim", 0);
        return build(path, () -> new ModelServingShape(activationBytes, expertsPerToken, experts, moeLayers,
                chunkedLayers, chunkTokens, slidingLayers, windowTokens, expertWeightBytes, latentKv, latentRope));
    }

    private static TrainingRun trainingRun(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.TRAINING_RUN);
        String id = f.text("id");
        String name = f.text("name");
        double computeFlops = f.number("computeFlops");
        var earliestStart = f.month("earliestStart");
        var deadline = f.month("deadline");
        int minGpus = f.integer("minGpusInOneSite");
        TreeSet<String> certifications = labels(f, "requiredCertifications");
        double value = f.number("valueUsdPerGpuHour");
        String source = f.optionalText("source");
        return build(path, () -> new TrainingRun(id, name, computeFlops, earliestStart, deadline, minGpus,
                certifications, value, source));
    }

    private static Scenario scenario(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.SCENARIO);
        String id = f.text("id");
        String name = f.text("name");
        String description = f.optionalText("description");
        double demandMultiplier = f.number("demandMultiplier");
        double demandGrowthShift = f.number("demandGrowthShift");
        Double tokenPriceDecline = f.optionalNumber("tokenPriceDeclinePerYear");
        Double softwareGain = f.optionalNumber("softwareEfficiencyGainPerYear");
        double electricityMultiplier = f.number("electricityPriceMultiplier");
        int gridDelayMonths = f.integer("gridDelayMonths");
        return build(path, () -> new Scenario(id, name, description, demandMultiplier, demandGrowthShift,
                tokenPriceDecline, softwareGain, electricityMultiplier, gridDelayMonths));
    }

    private static Calibration calibration(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.CALIBRATION);
        String device = f.text("device");
        String provider = f.text("provider");
        var measuredOn = f.date("measuredOn");
        double peakTflops = f.number("devicePeakTflops");
        double peakTbps = f.number("devicePeakTbps");
        double computeEfficiency = f.number("computeEfficiency");
        double memoryEfficiency = f.number("memoryEfficiency");
        double stepOverheadMs = f.number("stepOverheadMs");
        Double computeBoundPower = f.optionalNumber("computeBoundPowerFraction");
        Double memoryBoundPower = f.optionalNumber("memoryBoundPowerFraction");
        double heldOutError = f.number("heldOutErrorPercent");
        String notes = f.optionalText("notes");
        return build(path, () -> new Calibration(device, provider, measuredOn, peakTflops, peakTbps,
                computeEfficiency, memoryEfficiency, stepOverheadMs, computeBoundPower, memoryBoundPower,
                heldOutError, notes));
    }

    private static Map<String, Box> layout(JsonNode node, String path) {
        ObjectNode object = ObjectFields.object(node, path);
        Map<String, Box> layout = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            layout.put(entry.getKey(), box(entry.getValue(), JsonPaths.field(path, entry.getKey())));
        }
        return layout;
    }

    private static Box box(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.BOX);
        double x = f.number("x");
        double y = f.number("y");
        double width = f.number("width");
        double height = f.number("height");
        return build(path, () -> new Box(x, y, width, height));
    }

    /**
     * Certifications and similar labels. Blank ones are refused here, at their index in the file, because the record
     * receives them as a sorted set whose order is no longer the file's.
     */
    private static TreeSet<String> labels(ObjectFields f, String name) {
        TreeSet<String> labels = new TreeSet<>();
        for (String label : f.list(name, PlanDecoder::label)) {
            labels.add(label);
        }
        return labels;
    }

    private static String label(JsonNode node, String path) {
        String text = ObjectFields.text(node, path);
        if (text.isBlank()) {
            throw FileProblem.at(path, "must not be blank");
        }
        return text;
    }

    /** Runs a record constructor, re-reporting its complaint at the JSON path of the element being built. */
    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidPlanException e) {
            throw FileProblem.at(JsonPaths.resolve(path, e.field()), e.detail());
        }
    }
}

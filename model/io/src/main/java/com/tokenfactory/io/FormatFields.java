package com.tokenfactory.io;

import java.util.List;

/**
 * The field names of every object in format {@value PlanFile#CURRENT_FORMAT_VERSION}, in the order they are written.
 * The decoder refuses any other name; a test holds the encoder to this order and to the plan records' components,
 * so a change to a record shows up here as a decision about the file rather than as a silent format change.
 * Where a file name and its component differ, {@link #RECORD_COMPONENT} says so.
 */
final class FormatFields {
    static final List<String> PLAN = List.of("formatVersion", "name", "description", "start", "horizonMonths",
            "currency", "assumptions", "catalog", "sites", "partners", "services", "trainingRuns", "scenarios",
            "calibration", "layout", "uncertainty");
    static final List<String> ASSUMPTIONS = List.of("discountRate", "bookLifeYears", "economicLifeYears",
            "facilityLifeYears", "opexUsdPerMwYear", "softwareEfficiencyGainPerYear", "tokenPriceDeclinePerYear",
            "hardwarePerfPerDollarGainPerYear", "hardwareEnergyEfficiencyGainPerYear", "planningHeadroom",
            "trainingMfu", "idlePowerFraction", "computeBoundPowerFraction", "memoryBoundPowerFraction",
            "usableHbmFraction", "maxDecodeBatch", "computeEfficiency", "memoryEfficiency", "stepOverheadMs",
            "itTaxDepreciation", "terminalValue", "economicLifeFrom", "taxRate", "facilityTaxLifeYears",
            "terminalGrowthPerYear", "itCapexExtraShare", "facilitySoftCostShare", "propertyTaxInsurancePerYear",
            "commissioningMonths", "gpuAnnualFailureRate", "gpuRepairDays", "receivablesDays",
            "hardwarePowerPerGpuGainPerYear", "expertEfficiency", "sequenceOverheadUs", "fp4Efficiency");
    static final List<String> SKU = List.of("id", "name", "vendor", "bf16Tflops", "fp8Tflops", "hbmGb", "hbmTbps",
            "gpuWatts", "allInWattsPerGpu", "priceUsdPerGpu", "scaleUpGpus", "firstAvailable", "availabilitySource",
            "rentalUsdPerGpuHour", "serving");
    static final List<String> SKU_SERVING = List.of("fp6Tflops", "fp4Tflops", "scaleUpGBps");
    static final List<String> SOURCED = List.of("value", "source", "lowConfidence");
    static final List<String> SITE = List.of("id", "name", "region", "latitude", "longitude", "certifications",
            "gridMw", "gridAvailable", "pue", "electricityUsdPerMwh", "electricityEscalationPerYear",
            "facilityCostUsdPerMw", "phases", "source");
    static final List<String> HALL = List.of("id", "name", "criticalItMw", "constructionStart", "buildMonths",
            "energization", "facilityCapexUsd", "deployments");
    static final List<String> GPU_POD = List.of("id", "skuId", "gpus", "install");
    static final List<String> PARTNER = List.of("id", "name", "provider", "skuId", "gpus", "usdPerGpuHour", "start",
            "termMonths", "kind", "certifications", "leadTimeMonths", "region", "source");
    static final List<String> SERVICE = List.of("id", "name", "demand", "inputTokensPerRequest",
            "outputTokensPerRequest", "model", "latency", "priceDeclinePerYear", "requiredCertifications", "priority",
            "source", "serveAtLoss", "inputPriceUsdPerMillionTokens", "outputPriceUsdPerMillionTokens",
            "peakToAverage", "serving");
    static final List<String> SERVING_OPTIONS = List.of("disaggregated", "prefixCacheHitRate", "draftTokensPerStep",
            "acceptedTokensPerStep", "attentionTensorParallel");
    /**
     * A demand curve's level is named after its unit (the service's {@code demandUnit}, which has no field of its
     * own): {@code tokensPerDay} or, for demand in requests, {@code requestsPerDay} or {@code requestsPerMonth}.
     */
    static final List<String> REQUEST_LEVELS = List.of("requestsPerDay", "requestsPerMonth");
    static final List<String> GROWTH_DEMAND = List.of("kind", "start", "tokensPerDay", "requestsPerDay",
            "requestsPerMonth", "growthPerYear");
    static final List<String> POINTS_DEMAND = List.of("kind", "points");
    static final List<String> DEMAND_POINT = List.of("month", "tokensPerDay", "requestsPerDay", "requestsPerMonth");
    static final List<String> MODEL = List.of("name", "totalParamsBillions", "activeParamsBillions", "layers",
            "hiddenSize", "attentionHeads", "kvHeads", "headDim", "contextTokens", "weightBytesPerParam",
            "kvBytesPerValue", "serving");
    static final List<String> MODEL_SERVING = List.of("activationBytesPerValue", "expertsPerToken", "experts",
            "moeLayers", "chunkedAttentionLayers", "attentionChunkTokens", "slidingWindowLayers",
            "slidingWindowTokens", "expertWeightBytesPerParam", "latentKvDim", "latentRopeDim");
    static final List<String> TRAINING_RUN = List.of("id", "name", "computeFlops", "earliestStart", "deadline",
            "minGpusInOneSite", "requiredCertifications", "valueUsdPerGpuHour", "source");
    static final List<String> SCENARIO = List.of("id", "name", "description", "demandMultiplier",
            "demandGrowthShift", "tokenPriceDeclinePerYear", "softwareEfficiencyGainPerYear",
            "electricityPriceMultiplier", "gridDelayMonths");
    static final List<String> CALIBRATION = List.of("device", "provider", "measuredOn", "devicePeakTflops",
            "devicePeakTbps", "computeEfficiency", "memoryEfficiency", "stepOverheadMs", "computeBoundPowerFraction",
            "memoryBoundPowerFraction", "heldOutErrorPercent", "notes");
    static final List<String> BOX = List.of("x", "y", "width", "height");

    static final List<String> UNCERTAINTY = List.of("inputs", "correlations", "regimes");
    static final List<String> UNCERTAIN_INPUT = List.of("id", "name", "lever", "target", "distribution", "source");
    static final List<String> CORRELATION = List.of("first", "second", "rankCorrelation");
    static final List<String> DEMAND_REGIMES = List.of("regimes", "startIn", "source");
    static final List<String> REGIME = List.of("id", "name", "growthShiftPerYear", "next");
    /** Each distribution kind's fields, {@code kind} first; the keys are the kinds a file may name. */
    static final java.util.Map<String, List<String>> DISTRIBUTIONS = distributions();
    /** Every field any distribution kind has, for the first look at an object whose kind is not known yet. */
    static final List<String> DISTRIBUTION_ANY = DISTRIBUTIONS.values().stream().flatMap(List::stream).distinct()
            .toList();

    private static java.util.Map<String, List<String>> distributions() {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("triangular", List.of("kind", "min", "mode", "max"));
        m.put("pert", List.of("kind", "min", "mode", "max"));
        m.put("normal", List.of("kind", "mean", "sd", "lower", "upper"));
        m.put("lognormal", List.of("kind", "median", "sigma", "lower", "upper"));
        m.put("uniform", List.of("kind", "min", "max"));
        m.put("discrete", List.of("kind", "values", "probabilities"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The {@code kind} of a demand curve in the file. */
    static final String GROWTH = "growth";
    static final String POINTS = "points";

    /**
     * The file names that differ from the record components they map to: the files kept "phases" and
     * "deployments" when the records took the user's words (Hall, GpuPod), so that no file needs a migration.
     */
    static final java.util.Map<String, String> RECORD_COMPONENT = java.util.Map.of("phases", "halls",
            "deployments", "gpuPods");

    private FormatFields() {
    }
}

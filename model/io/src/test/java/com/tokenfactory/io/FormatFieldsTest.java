package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandPoint;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.ModelServingShape;
import com.tokenfactory.core.plan.ServingHardware;
import com.tokenfactory.core.plan.ServingOptions;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.plan.Correlation;
import com.tokenfactory.core.plan.DemandRegimes;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The file's field names are the records' component names (or their file names, FormatFields.RECORD_COMPONENT),
 * in component order. The mapping is written by hand, so
 * this is the tripwire: a component added, renamed or moved in core fails here, and the change to the file format
 * (and perhaps a migration) becomes a decision instead of an accident.
 */
class FormatFieldsTest {
    @Test
    void fieldNamesAreTheRecordComponentsInOrder() {
        assertComponents(Plan.class, without("formatVersion", FormatFields.PLAN));
        assertComponents(Assumptions.class, FormatFields.ASSUMPTIONS);
        assertComponents(HardwareSku.class, FormatFields.SKU);
        assertComponents(Sourced.class, FormatFields.SOURCED);
        assertComponents(Site.class, FormatFields.SITE);
        assertComponents(Hall.class, FormatFields.HALL);
        assertComponents(GpuPod.class, FormatFields.GPU_POD);
        assertComponents(PartnerCloud.class, FormatFields.PARTNER);
        // the service's demand unit has no field: the demand's level is named after it (FormatFields.REQUEST_LEVELS)
        assertComponents(InferenceService.class, plus(FormatFields.SERVICE, "demandUnit"));
        assertComponents(DemandCurve.Growth.class,
                withoutRequestLevels(without("kind", FormatFields.GROWTH_DEMAND)));
        assertComponents(DemandCurve.Points.class, without("kind", FormatFields.POINTS_DEMAND));
        assertComponents(DemandPoint.class, withoutRequestLevels(FormatFields.DEMAND_POINT));
        assertEquals(java.util.Arrays.stream(com.tokenfactory.core.plan.DemandUnit.values())
                .map(com.tokenfactory.core.plan.DemandUnit::key).toList(),
                plus(List.of("tokensPerDay"), FormatFields.REQUEST_LEVELS.toArray(String[]::new)));
        assertComponents(ModelShape.class, FormatFields.MODEL);
        assertComponents(TrainingRun.class, FormatFields.TRAINING_RUN);
        assertComponents(Scenario.class, FormatFields.SCENARIO);
        assertComponents(Calibration.class, FormatFields.CALIBRATION);
        assertComponents(ServingHardware.class, FormatFields.SKU_SERVING);
        assertComponents(ServingOptions.class, FormatFields.SERVING_OPTIONS);
        assertComponents(ModelServingShape.class, FormatFields.MODEL_SERVING);
        assertComponents(Box.class, FormatFields.BOX);
        assertComponents(Uncertainty.class, FormatFields.UNCERTAINTY);
        assertComponents(UncertainInput.class, FormatFields.UNCERTAIN_INPUT);
        assertComponents(Correlation.class, FormatFields.CORRELATION);
        assertComponents(DemandRegimes.class, FormatFields.DEMAND_REGIMES);
        assertComponents(DemandRegimes.Regime.class, FormatFields.REGIME);
        for (Class<?> kind : Distribution.class.getPermittedSubclasses()) {
            String name = kind.getSimpleName().toLowerCase(java.util.Locale.ROOT);
            assertComponents(kind.asSubclass(Record.class), without("kind", FormatFields.DISTRIBUTIONS.get(name)));
        }
    }

    @Test
    void demandCurveKindsAreAllMapped() {
        assertEquals(Set.of(DemandCurve.Growth.class, DemandCurve.Points.class),
                Set.of(DemandCurve.class.getPermittedSubclasses()));
    }

    /** Every object the encoder writes lists its keys in format order, and every field is written somewhere. */
    @Test
    void encoderWritesEveryFieldInFormatOrder() {
        JsonNode root = PlanEncoder.encode(TestPlans.everyField());
        Map<List<String>, Set<String>> written = new HashMap<>();
        check(root, FormatFields.PLAN, written);
        check(root.get("assumptions"), FormatFields.ASSUMPTIONS, written);
        for (JsonNode sku : root.get("catalog")) {
            check(sku, FormatFields.SKU, written);
            for (String figure : List.of("bf16Tflops", "fp8Tflops", "hbmGb", "hbmTbps", "gpuWatts",
                    "allInWattsPerGpu", "priceUsdPerGpu")) {
                check(sku.get(figure), FormatFields.SOURCED, written);
            }
            if (sku.has("rentalUsdPerGpuHour")) {
                check(sku.get("rentalUsdPerGpuHour"), FormatFields.SOURCED, written);
            }
            if (sku.has("serving")) {
                check(sku.get("serving"), FormatFields.SKU_SERVING, written);
            }
        }
        for (JsonNode site : root.get("sites")) {
            check(site, FormatFields.SITE, written);
            for (JsonNode hall : site.get("phases")) {
                check(hall, FormatFields.HALL, written);
                hall.get("deployments").forEach(d -> check(d, FormatFields.GPU_POD, written));
            }
        }
        root.get("partners").forEach(p -> check(p, FormatFields.PARTNER, written));
        for (JsonNode service : root.get("services")) {
            check(service, FormatFields.SERVICE, written);
            check(service.get("model"), FormatFields.MODEL, written);
            if (service.has("serving")) {
                check(service.get("serving"), FormatFields.SERVING_OPTIONS, written);
            }
            if (service.get("model").has("serving")) {
                check(service.get("model").get("serving"), FormatFields.MODEL_SERVING, written);
            }
            JsonNode demand = service.get("demand");
            if (demand.get("kind").asText().equals(FormatFields.GROWTH)) {
                check(demand, FormatFields.GROWTH_DEMAND, written);
            } else {
                check(demand, FormatFields.POINTS_DEMAND, written);
                demand.get("points").forEach(p -> check(p, FormatFields.DEMAND_POINT, written));
            }
        }
        root.get("trainingRuns").forEach(t -> check(t, FormatFields.TRAINING_RUN, written));
        root.get("scenarios").forEach(s -> check(s, FormatFields.SCENARIO, written));
        check(root.get("calibration"), FormatFields.CALIBRATION, written);
        root.get("layout").forEach(b -> check(b, FormatFields.BOX, written));
        JsonNode uncertainty = root.get("uncertainty");
        check(uncertainty, FormatFields.UNCERTAINTY, written);
        for (JsonNode input : uncertainty.get("inputs")) {
            check(input, FormatFields.UNCERTAIN_INPUT, written);
            JsonNode d = input.get("distribution");
            check(d, FormatFields.DISTRIBUTIONS.get(d.get("kind").asText()), written);
        }
        uncertainty.get("correlations").forEach(c -> check(c, FormatFields.CORRELATION, written));
        check(uncertainty.get("regimes"), FormatFields.DEMAND_REGIMES, written);
        uncertainty.get("regimes").get("regimes").forEach(g -> check(g, FormatFields.REGIME, written));

        for (Map.Entry<List<String>, Set<String>> e : written.entrySet()) {
            assertEquals(new LinkedHashSet<>(e.getKey()), e.getValue(), "fields never written");
        }
        assertEquals(30, written.size(), "every object kind was visited");
    }

    private static void check(JsonNode object, List<String> format, Map<List<String>, Set<String>> written) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        List<String> expectedOrder = format.stream().filter(keys::contains).collect(Collectors.toList());
        assertEquals(expectedOrder, keys, "keys out of format order or unknown");
        written.computeIfAbsent(format, f -> new LinkedHashSet<>()).addAll(keys);
    }

    private static void assertComponents(Class<? extends Record> type, List<String> fields) {
        List<String> components = Stream.of(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toList());
        assertEquals(components, fields.stream().map(f -> FormatFields.RECORD_COMPONENT.getOrDefault(f, f))
                .collect(Collectors.toList()), type.getSimpleName());
    }

    private static List<String> plus(List<String> fields, String... more) {
        List<String> out = new ArrayList<>(fields);
        out.addAll(List.of(more));
        return out;
    }

    private static List<String> withoutRequestLevels(List<String> fields) {
        List<String> out = fields;
        for (String level : FormatFields.REQUEST_LEVELS) {
            out = without(level, out);
        }
        return out;
    }

    private static List<String> without(String name, List<String> fields) {
        assertTrue(fields.contains(name));
        return fields.stream().filter(f -> !f.equals(name)).collect(Collectors.toList());
    }
}

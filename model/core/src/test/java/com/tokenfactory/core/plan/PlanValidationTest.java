package com.tokenfactory.core.plan;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constructors refuse impossible values with a message that names the field. */
class PlanValidationTest {
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    @Test
    void negativeAndNanNumbersNameTheirField() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> new Hall("h", "Hall", -5, JAN, 6, null, null, List.of()));
        assertEquals("criticalItMw", e.field());
        assertEquals("criticalItMw: must be between 0.001 and 100000 (was -5.0)", e.getMessage());
        InvalidPlanException nan = assertThrows(InvalidPlanException.class,
                () -> new GpuPod("p", "H100-SXM", 8, null));
        assertEquals("install", nan.field());
        InvalidPlanException pue = assertThrows(InvalidPlanException.class, () -> new Site("s", "S", "R", 0, 0,
                new TreeSet<>(), 10, JAN, Double.NaN, 50, 0, 1e7, List.of(), null));
        assertEquals("pue", pue.field());
        assertTrue(pue.detail().contains("finite"));
    }

    @Test
    void theHandWrittenIdCheckAcceptsExactlyWhatTheDocumentedPatternDoes() {
        java.util.regex.Pattern documented = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");
        List<String> cases = new java.util.ArrayList<>(List.of("a", "A9", "9", "pod-1", "tx_campus.hall.2", "-a", "_a",
                ".a", "a b", "a/b", "é", "aé", "a\u0660", "\u0660", "a+b", "", "Z-._", "x".repeat(64), "x".repeat(65)));
        for (char c = 0; c < 256; c++) {
            cases.add("a" + c);
            cases.add(String.valueOf(c));
        }
        for (String id : cases) {
            assertEquals(documented.matcher(id).matches(), Check.isId(id), "'" + id + "'");
        }
    }

    @Test
    void idsAreCheckedAndDuplicatesNameBothPlaces() {
        assertEquals("id", assertThrows(InvalidPlanException.class,
                () -> new GpuPod("has space", "H100-SXM", 8, JAN)).field());
        GpuPod a = new GpuPod("pod", "REF", 8, JAN);
        InvalidPlanException dup = assertThrows(InvalidPlanException.class,
                () -> new Hall("h", "Hall", 1, JAN, 0, null, null, List.of(a, a)));
        assertEquals("deployments[1].id", dup.field());
        assertTrue(dup.detail().contains("deployments[0]"));
    }

    @Test
    void elementIdsAreUniqueAcrossThePlan() {
        Plan p = ReferencePlan.plan(1e9);
        InferenceService clash = new InferenceService("hall", "Clashing", ReferencePlan.service(1).demand(), 1, 1,
                ReferencePlan.model(), LatencyClass.BATCH, 1, null, new TreeSet<>(), 1, null);
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> p.withServices(List.of(clash)));
        assertEquals("services[0].id", e.field());
        assertTrue(e.detail().contains("sites[0].phases[0]"), e.detail());
    }

    @Test
    void unknownSkuReferencesAreRefusedWithTheirPath() {
        Plan p = ReferencePlan.plan(1e9);
        Site s = p.sites().get(0);
        Hall h = s.halls().get(0);
        Hall bad = new Hall(h.id(), h.name(), h.criticalItMw(), h.constructionStart(), h.buildMonths(), null, null,
                List.of(new GpuPod("pod", "NOPE", 8, JAN)));
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> p.withSites(List.of(new Site(s.id(),
                s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(), s.gridMw(), s.gridAvailable(),
                s.pue(), s.electricityUsdPerMwh(), s.electricityEscalationPerYear(), s.facilityCostUsdPerMw(),
                List.of(bad), null))));
        assertEquals("sites[0].phases[0].deployments[0].skuId", e.field());
        assertTrue(e.detail().contains("unknown SKU 'NOPE'"));
    }

    @Test
    void prefixedKeepsTheDetail() {
        InvalidPlanException e = new InvalidPlanException("pue", "must be at least 1").prefixed("$.sites[3]");
        assertEquals("$.sites[3].pue", e.field());
        assertEquals("must be at least 1", e.detail());
    }

    @Test
    void modelShapeRefusesMoreActiveThanTotalParameters() {
        assertEquals("activeParamsBillions", assertThrows(InvalidPlanException.class,
                () -> new ModelShape("M", 10, 20, 1, 1, 1, 1, 1, 1, 1)).field());
    }

    @Test
    void layoutMustReferToExistingElementsAndIsPrunedWithThem() {
        Plan p = ReferencePlan.plan(1e9);
        assertEquals("layout.ghost", assertThrows(InvalidPlanException.class,
                () -> p.withLayout(Map.of("ghost", new Box(0, 0, 10, 10)))).field());
        Plan laid = p.withLayout(Map.of("site", new Box(0, 0, 10, 10)));
        assertTrue(laid.withSites(List.of()).layout().isEmpty());
    }

    @Test
    void builtInCatalogCarriesSourcesAndMarksStreetPricesRough() {
        for (HardwareSku sku : BuiltInCatalog.skus()) {
            for (Sourced f : List.of(sku.bf16Tflops(), sku.fp8Tflops(), sku.hbmGb(), sku.hbmTbps(), sku.gpuWatts(),
                    sku.allInWattsPerGpu(), sku.priceUsdPerGpu())) {
                assertTrue(f.source().length() > 10, sku.id());
            }
            assertTrue(sku.priceUsdPerGpu().lowConfidence(), sku.id() + " price is a street estimate");
        }
        assertEquals(5, BuiltInCatalog.skus().size());
        assertEquals(989, BuiltInCatalog.H100.bf16Tflops().value());
    }

    @Test
    void everyAssumptionDefaultHasASource() {
        Assumptions d = Assumptions.defaults();
        // every figure has a sourced default; every choice (an enum) says why its default was chosen
        assertEquals(java.util.Arrays.stream(Assumptions.class.getRecordComponents())
                        .filter(c -> !c.getType().isEnum()).map(c -> c.getName()).toList(),
                List.copyOf(Assumptions.SOURCES.keySet()));
        assertEquals(java.util.Arrays.stream(Assumptions.class.getRecordComponents())
                        .filter(c -> c.getType().isEnum()).map(c -> c.getName()).sorted().toList(),
                Assumptions.CHOICE_SOURCES.keySet().stream().sorted().toList());
        assertEquals(0.21, d.taxRate());
        assertEquals(Assumptions.TerminalValue.ECONOMIC_VALUE, d.terminalValue());
        assertEquals(0.1025, d.discountRate());
        assertEquals(0, d.maxDecodeBatch(), "no serving-software batch limit unless the user sets one");
        assertFalse(d.hasDecodeBatchLimit());
    }
}

package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.trace.Explainer;
import com.tokenfactory.core.trace.Explanation;
import com.tokenfactory.core.trace.Provenance;
import com.tokenfactory.core.engine.Efficiencies;
import com.tokenfactory.core.trace.Badge;
import com.tokenfactory.io.PlanFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's check: every KPI, every yearly and horizon cell, every month of the chart series and the per-service
 * $/Mtok of every sample (and scenario) is explained by a tree whose arithmetic, re-evaluated node by node from its
 * own inputs, reproduces the figure the result reports to 1e-9 relative; every leaf names a place and a source.
 */
class ExplanationsOnSamplesTest {

    @TestFactory
    Stream<DynamicTest> everyFigureOfEverySampleIsExplained() {
        return SampleCases.eachSampleAndScenario(ExplanationsOnSamplesTest::walk);
    }

    private static void walk(Plan plan, SimulationResult result) {
        Explainer explainer = new Explainer(plan, result);
        check(explainer.kpi("npv"), result.kpis().npv(), "npv");
        check(explainer.kpi("npv excluding terminal value"), result.kpis().npvExcludingTerminalValue(), "npv excl. TV");
        check(explainer.kpi("npv pre-tax"), result.kpis().npvPreTax(), "npv pre-tax");
        check(explainer.kpi("terminal value"), result.kpis().terminalValue(), "terminal value");
        check(explainer.kpi("irr"), result.kpis().irr() == null ? Double.NaN : result.kpis().irr(), "irr");
        check(explainer.kpi("payback"), result.kpis().paybackMonth() == null ? Double.NaN
                : result.kpis().paybackMonth(), "payback");
        for (String cell : Explainer.CELLS) {
            check(explainer.horizonCell(cell), Explainer.cellValue(result.kpis().horizon(), cell), "horizon " + cell);
            for (int y = 0; y < result.years().size(); y++) {
                PeriodSummary p = result.years().get(y);
                check(explainer.yearCell(cell, y), Explainer.cellValue(p, cell), p.label() + " " + cell);
            }
        }
        var t = result.totals();
        for (int m = 0; m < result.months(); m++) {
            String month = result.month(m).toString();
            PeriodSummary one = PeriodSummary.of(t, m, m + 1, month);
            check(explainer.month("capex", m), t.capex(m), "capex " + m);
            check(explainer.month("electricity", m), t.electricityCost().get(m), "electricity " + m);
            check(explainer.month("revenue", m), t.revenue(m), "revenue " + m);
            check(explainer.month("cash flow", m), t.cashFlow().get(m), "cash flow " + m);
            check(explainer.month("free cash flow", m), t.freeCashFlow().get(m), "free cash flow " + m);
            for (String cell : Explainer.CELLS) {
                check(explainer.month(cell, m), Explainer.cellValue(one, cell), month + " " + cell);
            }
            // the capacity chart's GPU counts and the capex and cash charts' running totals
            double busy = (t.gpuHoursOwnedBusy().get(m) + t.gpuHoursRentedBusy().get(m)) / result.hours(m);
            check(explainer.month("gpus owned", m), t.gpusOwned().get(m), month + " gpus owned");
            check(explainer.month("gpus rented", m), t.gpusRented().get(m), month + " gpus rented");
            check(explainer.month("gpus needed", m), t.gpusNeeded().get(m), month + " gpus needed");
            check(explainer.month("gpus busy", m), busy, month + " gpus busy");
            check(explainer.month("gpus unserved", m), Math.max(0, t.gpusNeeded().get(m) - busy),
                    month + " gpus unserved");
            check(explainer.explain("cumulative spend " + month),
                    runningSum(m, k -> t.capex(k) + t.rentalCommitted().get(k)), month + " cumulative spend");
            check(explainer.explain("cumulative free cash flow " + month),
                    runningSum(m, k -> t.freeCashFlow().get(k)), month + " cumulative FCF");
            // per element: every site, SKU, partner cloud, service and training run the charts draw
            for (var site : result.sites()) {
                check(explainer.explain("energy " + site.siteId() + " " + month), site.facilityMwh().get(m),
                        month + " energy " + site.siteId());
                check(explainer.explain("electricity " + site.siteId() + " " + month), site.electricityCost().get(m),
                        month + " electricity " + site.siteId());
            }
            for (var sku : result.skus()) {
                check(explainer.explain("capex it " + sku.skuId() + " " + month), sku.capexIt().get(m),
                        month + " capex it " + sku.skuId());
            }
            for (var c : result.contracts()) {
                check(explainer.explain("fees " + c.contractId() + " " + month), c.fees().get(m),
                        month + " fees " + c.contractId());
            }
            for (ServiceResult s : result.services()) {
                check(explainer.explain("revenue " + s.serviceId() + " " + month), s.revenue().get(m),
                        month + " revenue " + s.serviceId());
                check(explainer.explain("tokens served " + s.serviceId() + " " + month), s.tokensServed().get(m),
                        month + " tokens " + s.serviceId());
            }
            for (var run : result.training()) {
                check(explainer.explain("revenue " + run.runId() + " " + month), run.value().get(m),
                        month + " revenue " + run.runId());
            }
        }
        for (int y = 0; y < result.years().size(); y++) {
            String year = "Y" + (y + 1);
            check(explainer.explain("gpus owned " + year), t.gpusOwned().yearly()[y], year + " gpus owned");
            for (var sku : result.skus()) {
                check(explainer.explain("capex it " + sku.skuId() + " " + year), sku.capexIt().yearly()[y],
                        year + " capex it " + sku.skuId());
            }
        }
        for (ServiceResult s : result.services()) {
            check(explainer.explain("$/Mtok " + s.serviceId()), s.usdPerMillionTokens(), "$/Mtok " + s.serviceId());
            check(explainer.explain("revenue " + s.serviceId()), s.revenue().total(), "revenue " + s.serviceId());
        }
    }

    /** A calibration as {@code tokenfactory calibrate} stores it in the plan file: an H100 SXM run. */
    private static final String H100_CALIBRATION = """
            "calibration": {"device": "NVIDIA H100 80GB HBM3", "provider": "CUDA", "measuredOn": "2026-11-20",
              "devicePeakTflops": 989.4, "devicePeakTbps": 3.35, "computeEfficiency": 0.58,
              "memoryEfficiency": 0.81, "stepOverheadMs": 1.2, "computeBoundPowerFraction": 0.9957,
              "memoryBoundPowerFraction": 0.7486, "heldOutErrorPercent": 7.5, "notes": "test run"},
            """;

    private static Plan calibrated(Samples.Sample sample, String calibration) throws Exception {
        String json = Samples.json(sample);
        int open = json.indexOf('{');
        return new PlanFile().read(json.substring(0, open + 1) + calibration + json.substring(open + 1),
                sample.fileName());
    }

    @Test
    void aCalibratedPlanSaysWhichLeavesAreCalibratedAndMeasuredWithDeviceAndDate() throws Exception {
        Plan plan = calibrated(Samples.FIVE_YEAR_COMMITMENT, H100_CALIBRATION);
        SimulationResult result = Engine.simulate(plan);
        walk(plan, result);
        Explainer explainer = new Explainer(plan, result);
        int m = result.months() / 2;
        Explanation tokens = explainer.explain("tokens served " + result.month(m));
        Map<String, Explanation> byPlace = new HashMap<>();
        tokens.leaves().forEach(l -> byPlace.put(l.origin().where(), l));
        Efficiencies used = Efficiencies.of(plan);
        Explanation compute = byPlace.get("calibration.computeEfficiency");
        assertEquals(Provenance.CALIBRATED, compute.origin().provenance());
        assertEquals(used.computeEfficiency(), compute.value());
        assertTrue(compute.origin().source().contains("NVIDIA H100 80GB HBM3")
                && compute.origin().source().contains("2026-11-20"), compute.origin().source());
        assertEquals(Provenance.CALIBRATED, byPlace.get("calibration.memoryEfficiency").origin().provenance());
        assertEquals(Provenance.CALIBRATED, byPlace.get("calibration.stepOverheadMs").origin().provenance());
        Explanation power = byPlace.get("calibration.computeBoundPowerFraction");
        assertEquals(Provenance.MEASURED, power.origin().provenance());
        assertEquals(0.9957, power.value());
        assertTrue(power.origin().source().contains("2026-11-20"), power.origin().source());
        assertEquals(Provenance.MEASURED, byPlace.get("calibration.memoryBoundPowerFraction").origin().provenance());
        assertEquals(Provenance.SOURCED_DEFAULT, byPlace.get("assumptions.idlePowerFraction").origin().provenance());
        assertFalse(Badge.of(explainer.explain("$/mtok"), result.efficiencySource()).uncalibrated());

        Plan plain = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        SimulationResult plainResult = Engine.simulate(plain);
        Explanation assumed = new Explainer(plain, plainResult).explain("tokens served " + result.month(m));
        assertTrue(assumed.provenances().stream().noneMatch(p -> p == Provenance.CALIBRATED
                || p == Provenance.MEASURED), assumed.provenances().toString());
        assertTrue(Badge.of(new Explainer(plain, plainResult).explain("$/mtok"), plainResult.efficiencySource())
                .uncalibrated());
    }

    @Test
    void aCalibrationOnACpuCarriesOnlyItsStepOverhead() throws Exception {
        Plan plan = calibrated(Samples.FIVE_YEAR_COMMITMENT, H100_CALIBRATION
                .replace("NVIDIA H100 80GB HBM3", "AMD EPYC 9654").replace("\"CUDA\"", "\"CPU\""));
        SimulationResult result = Engine.simulate(plan);
        Explanation tokens = new Explainer(plan, result).explain("tokens served " + result.month(30));
        Map<String, Provenance> byPlace = new HashMap<>();
        tokens.leaves().forEach(l -> byPlace.put(l.origin().where(), l.origin().provenance()));
        assertEquals(Provenance.CALIBRATED, byPlace.get("calibration.stepOverheadMs"));
        assertEquals(Provenance.SOURCED_DEFAULT, byPlace.get("assumptions.computeEfficiency"));
        assertFalse(byPlace.containsKey("calibration.computeBoundPowerFraction"));
    }

    private static double runningSum(int last, java.util.function.IntToDoubleFunction month) {
        double sum = 0;
        for (int k = 0; k <= last; k++) {
            sum += month.applyAsDouble(k);
        }
        return sum;
    }

    /** The figure is the result's, and every node's value follows from its children's. */
    private static void check(Explanation e, double expected, String what) {
        ExplanationChecks.assertClose(expected, e.value(), what + ": the explanation's figure");
        ExplanationChecks.verifyTree(e, what);
    }
}

package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.trace.Explainer;
import com.tokenfactory.core.trace.Explanation;
import com.tokenfactory.core.trace.Provenance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 13's check: every KPI, every yearly and horizon cell, every month of the chart series and the per-service
 * $/Mtok of every sample (and scenario) is explained by a tree whose arithmetic, re-evaluated node by node from its
 * own inputs, reproduces the figure the result reports to 1e-9 relative; every leaf names a place and a source.
 */
class ExplanationsOnSamplesTest {
    private static final double RELATIVE = 1e-9;

    @TestFactory
    Stream<DynamicTest> everyFigureOfEverySampleIsExplained() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Samples.Sample sample : Samples.all()) {
            Plan plan = Samples.open(sample);
            tests.add(DynamicTest.dynamicTest(sample.fileName(), () -> walk(plan, Engine.simulate(plan))));
            for (Scenario s : plan.scenarios()) {
                tests.add(DynamicTest.dynamicTest(sample.fileName() + " / " + s.id(),
                        () -> walk(s.applyTo(plan), Engine.simulate(plan, s))));
            }
        }
        return tests.stream();
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

    private static double runningSum(int last, java.util.function.IntToDoubleFunction month) {
        double sum = 0;
        for (int k = 0; k <= last; k++) {
            sum += month.applyAsDouble(k);
        }
        return sum;
    }

    /** The figure is the result's, and every node's value follows from its children's. */
    private static void check(Explanation e, double expected, String what) {
        assertClose(expected, e.value(), what + ": the explanation's figure");
        verify(e, what);
    }

    private static void verify(Explanation e, String path) {
        if (e.isLeaf()) {
            assertFalse(e.origin().where().isBlank(), path + " / " + e.label() + ": a leaf without a place");
            assertFalse(e.origin().source().isBlank(), path + " / " + e.label() + ": a leaf without a source");
            if (e.origin().provenance() != Provenance.PLANNERS_ASSUMPTION
                    && e.origin().provenance() != Provenance.DERIVED) {
                assertFalse(e.origin().source().equals("entered by the user"), path + " / " + e.label());
            }
            return;
        }
        assertClose(e.value(), e.evaluate(), path + " / " + e.label() + " (" + e.formula() + ")");
        if (Double.isNaN(e.value())) {
            assertTrue(e.why() != null && !e.why().isBlank(), path + " / " + e.label() + ": blank without a why");
        }
        for (Explanation child : e.children()) {
            verify(child, path + " / " + e.label());
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual), what + ": " + expected + " vs " + actual);
            return;
        }
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        if (Math.abs(expected - actual) > RELATIVE * scale + 1e-12) {
            fail(what + ": expected " + expected + ", re-evaluated " + actual);
        }
    }
}

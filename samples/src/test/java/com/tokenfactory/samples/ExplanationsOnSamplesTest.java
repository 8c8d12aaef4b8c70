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
        for (int m = 0; m < result.months(); m++) {
            var t = result.totals();
            check(explainer.month("capex", m), t.capex(m), "capex " + m);
            check(explainer.month("electricity", m), t.electricityCost().get(m), "electricity " + m);
            check(explainer.month("revenue", m), t.revenue(m), "revenue " + m);
            check(explainer.month("cash flow", m), t.cashFlow().get(m), "cash flow " + m);
            check(explainer.month("free cash flow", m), t.freeCashFlow().get(m), "free cash flow " + m);
            check(explainer.month("utilization", m), PeriodSummary.of(t, m, m + 1, "").utilization(), "util " + m);
            check(explainer.month("$/mtok", m), PeriodSummary.of(t, m, m + 1, "").usdPerMillionTokens(),
                    "$/Mtok " + m);
        }
        for (ServiceResult s : result.services()) {
            check(explainer.explain("$/Mtok " + s.serviceId()), s.usdPerMillionTokens(), "$/Mtok " + s.serviceId());
            check(explainer.explain("revenue " + s.serviceId()), s.revenue().total(), "revenue " + s.serviceId());
        }
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

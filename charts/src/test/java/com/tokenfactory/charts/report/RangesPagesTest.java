package com.tokenfactory.charts.report;

import com.tokenfactory.charts.Ranges;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;
import com.tokenfactory.core.testing.ReferencePlan;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's ranges pages: there when the caller ran the plan's ranges, with the trials' own figures. */
class RangesPagesTest {
    private static final ReportOptions OPTIONS = new ReportOptions(LocalDate.of(2026, 12, 7), Period.MONTHLY,
            ChartStyle.LIGHT);
    private static final Plan PLAN = ReferencePlan.plan(2e9).withTimeline(ReferencePlan.START, 24)
            .withUncertainty(new Uncertainty(List.of(
                    new UncertainInput("demand", "Demand level", Lever.DEMAND_LEVEL, null,
                            new Distribution.LogNormal(1, 0.4, null, null), "test"),
                    new UncertainInput("gpu", "GPU price", Lever.GPU_PRICE, null,
                            new Distribution.Triangular(0.8, 1, 1.3), "test")), List.of(), null));

    @Test
    void aPlanWithRangesGetsTheSummaryTheFansAndTheTornadoAfterTheCharts() throws IOException {
        Ranges ranges = Ranges.of(PLAN, null, new MonteCarlo.Settings(300, 5, 2, 0.05)).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> sections = PlanReport.write(PLAN, Engine.simulate(PLAN), OPTIONS, ranges, out);
        int summary = sections.indexOf(RangesPages.SUMMARY);
        assertTrue(summary > 0, sections.toString());
        assertTrue(sections.get(summary - 1).startsWith("Chart 6 of 6"), "after the last chart: " + sections);
        assertEquals(RangesPages.FANS, sections.get(summary + 1));
        assertEquals(RangesPages.TORNADO, sections.get(summary + 2));

        MonteCarloResult r = ranges.monteCarlo();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(summary + 1);
            stripper.setEndPage(summary + 1);
            String text = stripper.getText(pdf);
            assertTrue(text.contains("300 trials, seed 5"), text);
            assertTrue(text.contains("probability of loss " + Numbers.percent(r.probabilityOfLoss())), text);
            MonteCarloResult.Spread npv = r.kpi(Kpi.NPV);
            for (double p : new double[]{0.1, 0.5, 0.9}) {
                String figure = RangesPages.format(Kpi.NPV, npv.percentile(p), r);
                assertTrue(text.contains(figure), "NPV P" + Math.round(p * 100) + " " + figure + " in\n" + text);
            }
            assertTrue(text.contains(RangesPages.format(Kpi.NPV, r.deterministic().kpis().npv(), r)), text);
            assertEquals(1, forms(pdf, summary), "the histogram");
            assertEquals(Ranges.KEY_SERIES.size(), forms(pdf, summary + 1), "a fan per key series");
            assertEquals(1, forms(pdf, summary + 2), "the tornado");
        }
    }

    @Test
    void withoutRangesTheReportIsAsBefore() throws IOException {
        List<String> sections = PlanReport.write(PLAN, Engine.simulate(PLAN), OPTIONS, new ByteArrayOutputStream());
        assertFalse(sections.stream().anyMatch(s -> s.startsWith("Ranges")), sections.toString());
        assertTrue(Ranges.of(ReferencePlan.plan(2e9), null).isEmpty(), "a plan without uncertain inputs has none");
    }

    private static long forms(PDDocument pdf, int page) throws IOException {
        long n = 0;
        for (var name : pdf.getPage(page).getResources().getXObjectNames()) {
            n += pdf.getPage(page).getResources().getXObject(name) instanceof PDFormXObject ? 1 : 0;
        }
        return n;
    }
}

package com.tokenfactory.app.output;

import com.tokenfactory.app.gui.results.KpiTiles;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.report.PlanReport;
import com.tokenfactory.charts.report.ReportOptions;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.samples.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: the report's key figures (page 2) and its yearly table read like the app — tokens in words, energy in
 * TWh, money with the sign before the dollar — because all of them write through {@code core.format.Numbers}. The
 * shapes are pinned here ("207 quadrillion", "2.21 TWh", "−$162M"); the exact figures of the issue ("56.3
 * quadrillion", "42.3 TWh") in {@code NumbersTest}, since the engine's results move with its models.
 */
class ReportReadsLikeTheAppTest {
    private static final Plan PLAN = Samples.open(Samples.CAPACITY_CRUNCH);
    private static final SimulationResult RESULT = Engine.simulate(PLAN);

    @Test
    void pageTwoAndTheYearlyTableWriteTokensEnergyAndMoneyAsTheAppDoes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanReport.write(PLAN, RESULT, new ReportOptions(LocalDate.of(2026, 12, 7), Period.YEARLY, ChartStyle.LIGHT), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String kpis = text(pdf, 2);
            String table = pageWith(pdf, "Results by plan year");
            PeriodSummary h = RESULT.kpis().horizon();
            assertTrue(kpis.contains("Tokens demanded / served " + Numbers.tokens(h.tokensDemanded()) + " / "
                    + Numbers.tokens(h.tokensServed())), kpis);
            assertTrue(kpis.matches("(?s).*Tokens demanded / served \\d{1,3}(\\.\\d+)? (trillion|quadrillion) / .*"), kpis);
            assertTrue(kpis.matches("(?s).*Facility electricity \\d{1,3}(\\.\\d+)? [GT]Wh, \\$\\d.*"), kpis);
            assertTrue(kpis.contains("NPV after tax, with terminal value " + Numbers.moneyFigure(RESULT.kpis().npv(), "USD")), kpis);
            // the app's tile says the same about energy
            String appElectricity = tile("electricity").detail();
            assertTrue(appElectricity.startsWith(Numbers.energyMwh(h.electricityMwh())), appElectricity);
            assertTrue(kpis.contains("Facility electricity " + Numbers.energyMwh(h.electricityMwh())), kpis);

            PeriodSummary y1 = RESULT.years().get(0);
            assertTrue(table.contains("Electricity " + Numbers.energyMwh(y1.electricityMwh()) + " "), table);
            assertTrue(table.contains("CapEx " + Numbers.moneyFigure(y1.capex(), "USD") + " "), table);
            assertTrue(table.contains("Tokens served " + Numbers.tokens(y1.tokensServed()) + " "), table);
            assertTrue(table.matches("(?s).*Cash flow [^\\n]*\u2212\\$\\d.*"), "a loss reads −$…: " + table);
            assertFalse(table.matches("(?s).*\\d{5,}.*"), "no long digit runs: " + table);
        }
    }

    private static KpiTiles.Tile tile(String id) {
        return KpiTiles.of(RESULT).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static String pageWith(PDDocument pdf, String heading) throws IOException {
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            String text = text(pdf, p);
            if (text.startsWith(heading)) {
                return text;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}

package com.tokenfactory.charts.report;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.ReferencePlan;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.ScenarioComparison;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's scenario page: the base and every scenario as columns, each with its change against the base. */
class ScenarioPagesTest {
    private static final ReportOptions OPTIONS = new ReportOptions(LocalDate.of(2026, 12, 7), Period.MONTHLY,
            ChartStyle.LIGHT);
    private static final Plan BASE = ReferencePlan.plan(2e9).withTimeline(ReferencePlan.START, 24);

    @Test
    void aPlanWithScenariosGetsThemSideBySideWithTheEnginesFigures() throws IOException {
        Plan plan = BASE.withScenarios(List.of(new Scenario("half", "Demand halves", null, 0.5, 0, null, null, 1, 0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> sections = PlanReport.write(plan, Engine.simulate(plan), OPTIONS, out);
        int page = sections.indexOf(ScenarioPages.SECTION);
        assertTrue(page > 0, sections.toString());
        assertEquals(YearlyTablePages.SECTION, sections.get(page + 1), "before the yearly table: " + sections);

        SimulationResult base = Engine.simulate(plan);
        SimulationResult half = Engine.simulate(plan, plan.scenarios().get(0));
        String npv = Kpi.NPV.format(Kpi.NPV.of(base), "USD");
        String halfNpv = Kpi.NPV.format(Kpi.NPV.of(half), "USD") + " ("
                + Kpi.NPV.formatChange(Kpi.NPV.of(half) - Kpi.NPV.of(base), "USD") + ")";
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            String text = stripper.getText(pdf);
            assertTrue(text.contains("Base plan") && text.contains("Demand halves"), text);
            assertTrue(text.contains(npv), npv + " in " + text);
            assertTrue(text.contains(halfNpv), halfNpv + " in " + text);
            assertTrue(text.contains("Cash flow, Y1"), text);
        }
    }

    @Test
    void theBasePlansResultTheReportWasGivenIsTheBaseColumnNotASecondRun() {
        Plan plan = BASE.withScenarios(List.of(new Scenario("half", "Demand halves", null, 0.5, 0, null, null, 1, 0)));
        SimulationResult base = Engine.simulate(plan);
        List<ScenarioComparison.Column> columns = ScenarioPages.comparison(plan, base).columns();
        assertTrue(columns.get(0).result() == base, "the base plan run a second time");
        assertEquals(List.of("Base plan", "Demand halves"), columns.stream().map(ScenarioComparison.Column::name).toList());
    }

    @Test
    void aScenariosReportComparesTheBasePlanNotTheScenarioWithItselfApplied() throws IOException {
        Scenario half = new Scenario("half", "Demand halves", null, 0.5, 0, null, null, 1, 0);
        Plan plan = BASE.withScenarios(List.of(half));
        SimulationResult shown = Engine.simulate(plan, half);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> sections = PlanReport.write(plan, half.applyTo(plan), shown, OPTIONS, null, out);
        int page = sections.indexOf(ScenarioPages.SECTION);
        String baseNpv = Kpi.NPV.format(Kpi.NPV.of(Engine.simulate(plan)), "USD");
        String halfNpv = Kpi.NPV.format(Kpi.NPV.of(shown), "USD");
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            String text = stripper.getText(pdf);
            String baseRow = text.lines().filter(l -> l.startsWith("NPV")).findFirst().orElseThrow();
            assertTrue(baseRow.contains(baseNpv) && baseRow.contains(halfNpv), baseNpv + " and " + halfNpv + " in " + baseRow);
            assertTrue(text.contains("the scenario 'Demand halves'"), text);
        }
    }

    @Test
    void aPlanWithoutScenariosHasNoSuchPage() throws IOException {
        List<String> sections = PlanReport.write(BASE, Engine.simulate(BASE), OPTIONS, new ByteArrayOutputStream());
        assertFalse(sections.contains(ScenarioPages.SECTION), sections.toString());
    }
}

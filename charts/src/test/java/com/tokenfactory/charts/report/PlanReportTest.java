package com.tokenfactory.charts.report;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.Results;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;
import com.tokenfactory.core.testing.SyntheticPlans;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanReportTest {
    private static final ReportOptions OPTIONS = new ReportOptions(LocalDate.of(2026, 11, 22), Period.MONTHLY,
            ChartStyle.LIGHT);

    private static byte[] report(Plan plan, SimulationResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanReport.write(plan, result, OPTIONS, out);
        return out.toByteArray();
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            out.add(stripper.getText(pdf));
        }
        return out;
    }

    @Test
    void theReferencePlansReportHasTitleKpisEveryChartTheTableAndTheIssues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.pdf");
        PlanReport.write(Results.REFERENCE_PLAN, Results.REFERENCE, OPTIONS, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(2 + ChartKind.values().length + 1 + 1 + 1 + 1, pdf.getNumberOfPages(), "… and one of throughput");
            List<String> pages = pageTexts(pdf);
            assertTrue(pages.get(0).contains("Reference plan"), pages.get(0));
            assertTrue(pages.get(0).contains("Report date: 22 November 2026"));
            assertTrue(pages.get(0).contains("Key assumptions"));
            assertTrue(pages.get(0).contains("Discount rate (WACC) 10% a year"), pages.get(0));
            assertTrue(pages.get(0).contains("Owned GPUs planned 1,000 (REF 1,000)"), pages.get(0));
            assertTrue(pages.get(1).contains("Key figures over the horizon"));
            assertTrue(pages.get(1).contains("NPV after tax, with terminal value \u2212$27.7M"), pages.get(1));
            // the reference plan's prices are the planner's and it has no calibration: revenue is marked both ways
            assertTrue(pages.get(1).contains("Revenue") && pages.get(1).contains("[A, U]"), pages.get(1));
            assertTrue(pages.get(1).contains("[U]: on serving efficiencies from the defaults"), pages.get(1));
            for (ChartKind kind : ChartKind.values()) {
                String page = pages.get(2 + kind.ordinal());
                assertTrue(page.contains("Chart " + (kind.ordinal() + 1) + " of 6: " + kind.title()), page);
            }
            String table = pages.get(8);
            assertTrue(table.contains("Results by plan year"));
            assertTrue(table.contains("Y1 (2026-01 – 2026-12)"), table);
            assertTrue(table.contains("CapEx $30.0M"), table);
            assertTrue(table.contains("Electricity "), table);
            assertTrue(table.contains("Cost per million output tokens $"), table);
            String services = pages.get(9);
            assertTrue(services.contains("Services"), services);
            assertTrue(services.contains("Reference service 1.0×"), services);
            assertTrue(services.contains("Cost /M input"), services);
            String issues = pages.get(10);
            assertTrue(issues.contains("Validation issues"));
            ValidationIssue only = Results.REFERENCE.issues().get(0);
            assertTrue(issues.replace("\n", " ").contains(only.message()), issues);
            assertTrue(pages.get(10).contains("Page 11 of 12"));
            assertTrue(pages.get(11).contains(ThroughputPages.SECTION) && pages.get(11).contains("batch limit"),
                    pages.get(11));
            assertEquals("Reference plan", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void chartPagesCarryTheChartsAsVectorGraphics() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(report(Results.REFERENCE_PLAN, Results.REFERENCE))) {
            for (int p = 2; p < 8; p++) {
                long forms = 0;
                long images = 0;
                for (var name : pdf.getPage(p).getResources().getXObjectNames()) {
                    forms += pdf.getPage(p).getResources().getXObject(name) instanceof PDFormXObject ? 1 : 0;
                    images += pdf.getPage(p).getResources().isImageXObject(name) ? 1 : 0;
                }
                assertEquals(1, forms, "page " + (p + 1) + " draws its chart as one form");
                assertEquals(0, images, "page " + (p + 1) + " has no bitmap");
            }
        }
    }

    @Test
    void manyIssuesContinueOverPagesAndAllArePrinted() throws IOException {
        Plan plan = SyntheticPlans.large(1);
        SimulationResult result = Engine.simulate(plan);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> sections = PlanReport.write(plan, result, OPTIONS, out);
        long issuePages = sections.stream().filter(s -> s.startsWith(IssuesPages.SECTION)).count();
        long servicePages = sections.stream().filter(s -> s.startsWith(ServicePages.SECTION)).count();
        assertTrue(issuePages > 1, result.issues().size() + " issues on " + issuePages + " pages");
        long throughputPages = sections.stream().filter(s -> s.startsWith(ThroughputPages.SECTION)).count();
        assertTrue(servicePages >= 1, result.services().size() + " services on " + servicePages + " pages");
        assertEquals(2 + 6 + 1 + servicePages + issuePages + throughputPages, sections.size(), sections.toString());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(sections.size(), pdf.getNumberOfPages());
            String text = String.join("\n", pageTexts(pdf).subList(9, 9 + (int) (servicePages + issuePages)));
            for (ValidationIssue issue : result.issues()) {
                assertTrue(text.contains(issue.elementId()), issue.elementId());
            }
        }
    }

    @Test
    void issueKindsReadTheSameWhateverTheDefaultLocale() throws IOException {
        Plan plan = SyntheticPlans.large(1);
        SimulationResult result = Engine.simulate(plan);
        assertTrue(result.issues().stream().anyMatch(i -> i.kind().name().contains("I")), "a kind with an I");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "I".toLowerCase() is a dotless "ı"
        try (PDDocument pdf = Loader.loadPDF(report(plan, result))) {
            String issues = String.join("\n", pageTexts(pdf).subList(9, pdf.getNumberOfPages()));
            assertFalse(issues.contains("ı"), issues);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theThroughputPagesListEveryServiceOnEverySkuWithWhatBoundIt() throws IOException {
        Plan plan = SyntheticPlans.large(1);
        SimulationResult result = Engine.simulate(plan);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> sections = PlanReport.write(plan, result, OPTIONS, out);
        int rows = result.throughput().size();
        long pages = sections.stream().filter(s -> s.startsWith(ThroughputPages.SECTION)).count();
        assertTrue(pages >= 1 && pages <= rows, pages + " pages for " + rows + " rows");
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<String> texts = pageTexts(pdf);
            String text = String.join("\n", texts.subList(texts.size() - (int) pages, texts.size()));
            for (String header : List.of("Bound by", "Batch", "Service")) {
                assertTrue(text.contains(header), header);
            }
            // every row is written: none is dropped at the foot of a page
            for (var e : result.throughput()) {
                assertTrue(text.contains(e.serviceId()), e.serviceId());
            }
            var last = result.throughput().get(rows - 1);
            assertTrue(texts.get(texts.size() - 1).contains(last.serviceId()), "the last row on the last page");
        }
    }

    @Test
    void aPlanLongerThanSixYearsSplitsTheYearlyTable() throws IOException {
        Plan plan = Results.REFERENCE_PLAN.withTimeline(Results.REFERENCE_PLAN.start(), 96);
        List<String> sections = PlanReport.write(plan, Engine.simulate(plan), OPTIONS, new ByteArrayOutputStream());
        assertEquals(2, sections.stream().filter(YearlyTablePages.SECTION::equals).count(), "8 years: 6 + 2");
    }

    @Test
    void anEmptyPlanStillReportsAndSaysItHasNoIssues() throws IOException {
        Plan empty = Plan.empty("Empty plan", Results.REFERENCE_PLAN.start(), List.of());
        try (PDDocument pdf = Loader.loadPDF(report(empty, Engine.simulate(empty)))) {
            assertEquals(10, pdf.getNumberOfPages());
            assertTrue(pageTexts(pdf).get(9).contains("The plan has no validation issues."));
        }
    }

    @Test
    void refusesAResultOfAnotherPlan() {
        assertThrows(IllegalArgumentException.class,
                () -> PlanReport.write(Results.SMALL_PLAN, Results.REFERENCE, OPTIONS, new ByteArrayOutputStream()));
    }

    /** Not an assertion: leaves the pages as PNG in target/report-pages for people to look at. */
    @Test
    void pagesRenderToImages() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "report-pages"));
        try (PDDocument pdf = Loader.loadPDF(report(Results.SMALL_PLAN, Results.SMALL))) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                var image = renderer.renderImageWithDPI(p, 80);
                assertEquals(Math.round(842 * 80 / 72.0), image.getWidth(), 1, "A4 landscape");
                ImageIO.write(image, "png", dir.resolve("small-3-page-" + (p + 1) + ".png").toFile());
            }
        }
    }
}

package com.tokenfactory.charts.report;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.Ranges;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/**
 * The one-click PDF report of a plan and its simulation result (A4 landscape, PDFBox): a title page (plan, date,
 * horizon, key assumptions, what the plan holds), the key figures, one page per chart ({@link ChartKind} order, vector
 * graphics), the ranges over the plan's uncertain inputs when the caller ran them ({@link Ranges}), the plan's
 * scenarios side by side, the yearly results table, the services (input and output tokens apart), and the validation issues. Headless.
 */
public final class PlanReport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private PlanReport() {
    }

    public static void write(Plan plan, SimulationResult result, ReportOptions options, Path file) throws IOException {
        write(plan, plan, result, options, null, file);
    }

    /** The report of {@code plan} (see the stream form below) to a file. */
    public static void write(Plan base, Plan plan, SimulationResult result, ReportOptions options, Ranges ranges,
                             Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(base, plan, result, options, ranges, out);
        }
    }

    /** The report without ranges pages. */
    public static List<String> write(Plan plan, SimulationResult result, ReportOptions options, OutputStream out)
            throws IOException {
        return write(plan, result, options, null, out);
    }

    /** The report of the base plan itself: {@code plan} is both the base and the plan shown. */
    public static List<String> write(Plan plan, SimulationResult result, ReportOptions options, Ranges ranges,
                                     OutputStream out) throws IOException {
        return write(plan, plan, result, options, ranges, out);
    }

    /**
     * Writes the report of {@code plan} — the base plan, or a scenario of it applied ({@code Scenario.applyTo}) — with
     * the ranges pages when {@code ranges} is not null (run them with {@link Ranges#of} on the base plan and the
     * scenario the result is of); returns the section named on each page, in order (the running header of each page).
     * The scenarios page compares {@code base} and each of its scenarios, whichever one the rest of the report shows.
     *
     * @throws IllegalArgumentException when the result is not the plan's (another plan's name, another horizon)
     */
    public static List<String> write(Plan base, Plan plan, SimulationResult result, ReportOptions options,
                                     Ranges ranges, OutputStream out) throws IOException {
        if (!plan.name().equals(result.planName()) || plan.horizonMonths() != result.months()
                || !plan.start().equals(result.start())) {
            throw new IllegalArgumentException("the result is of '" + result.planName() + "' (" + result.start() + ", "
                    + result.months() + " months), not of the plan '" + plan.name() + "' (" + plan.start() + ", "
                    + plan.horizonMonths() + " months)");
        }
        try (ReportDocument doc = new ReportDocument()) {
            TitlePage.add(doc, plan, result, options);
            KpiPage.add(doc, plan, result);
            ChartPages.add(doc, result, options);
            if (ranges != null) {
                RangesPages.add(doc, ranges, options);
            }
            ScenarioPages.add(doc, base, result);
            YearlyTablePages.add(doc, result);
            ServicePages.add(doc, plan, result);
            IssuesPages.add(doc, result);
            ThroughputPages.add(doc, result);
            footers(doc, plan, options);
            info(doc, plan, result, options);
            doc.pdf.save(out);
            return doc.sections();
        }
    }

    /** "Plan name · report of 22 Nov 2026" on the left, "page n of N" on the right of every page. */
    private static void footers(ReportDocument doc, Plan plan, ReportOptions options) throws IOException {
        int pages = doc.pdf.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.pdf.getPage(i);
            try (PageWriter footer = new PageWriter(doc, new PDPageContentStream(doc.pdf, page,
                    PDPageContentStream.AppendMode.APPEND, true, true))) {
                float y = ReportDocument.MARGIN;
                footer.text(plan.name() + " · Token Factory Planner report of " + DATE.format(options.date()),
                        doc.regular, 8, ReportDocument.MUTED, PageWriter.left(), y);
                footer.textRight("Page " + (i + 1) + " of " + pages, doc.regular, 8, ReportDocument.MUTED,
                        PageWriter.left() + PageWriter.width(), y);
            }
        }
    }

    private static void info(ReportDocument doc, Plan plan, SimulationResult result, ReportOptions options) {
        PDDocumentInformation info = doc.pdf.getDocumentInformation();
        info.setTitle(plan.name() + (result.scenarioName() == null ? "" : " — " + result.scenarioName()));
        info.setSubject("Capacity plan report");
        info.setCreator("Token Factory Planner");
        info.setCreationDate(GregorianCalendar.from(options.date().atStartOfDay(ZoneOffset.UTC)));
    }
}

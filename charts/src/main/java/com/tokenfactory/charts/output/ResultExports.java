package com.tokenfactory.charts.output;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.Ranges;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.export.AuditWorkbook;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartFormat;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.export.TableFormat;
import com.tokenfactory.charts.report.PlanReport;
import com.tokenfactory.charts.report.ReportOptions;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.charts.table.CsvTableWriter;
import com.tokenfactory.charts.table.ResultTables;
import com.tokenfactory.charts.table.XlsxTableWriter;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Every export of a result in one place, each choosing its format from the file name, for the command line and the
 * app's export dialogs. Headless.
 */
public final class ResultExports {
    private ResultExports() {
    }

    /** One chart to .png, .svg or .pdf. */
    public static void chart(ChartKind kind, SimulationResult result, Period period, ChartStyle style, ChartSize size,
                             Path file) throws IOException {
        ChartFormat format = ChartFormat.forFileName(file.getFileName().toString());
        ChartExporter.export(ResultCharts.create(kind, result, period, style), format, size, file);
    }

    /** The name of a chart's file when all are written into one folder: "capex-monthly.svg". */
    public static String chartFileName(ChartKind kind, Period period, ChartFormat format) {
        return chartFileStem(kind, period) + "." + format.extension();
    }

    /** The same without its extension: "capex-monthly". */
    public static String chartFileStem(ChartKind kind, Period period) {
        return kind.fileStem() + "-" + period.name().toLowerCase(Locale.ROOT);
    }

    /** The monthly or yearly table to .csv or .xlsx (one sheet). */
    public static void table(SimulationResult result, Period period, Path file) throws IOException {
        switch (TableFormat.forFileName(file.getFileName().toString())) {
            case CSV -> CsvTableWriter.write(ResultTables.of(result, period), file);
            case XLSX -> XlsxTableWriter.write(List.of(ResultTables.of(result, period)), file);
        }
    }

    /** Both tables as one workbook, sheets "Monthly" and "Yearly". */
    public static void workbook(SimulationResult result, Path xlsx) throws IOException {
        if (TableFormat.forFileName(xlsx.getFileName().toString()) != TableFormat.XLSX) {
            throw new IllegalArgumentException("a workbook is written to .xlsx, not " + xlsx.getFileName());
        }
        XlsxTableWriter.write(List.of(ResultTables.monthly(result), ResultTables.yearly(result)), xlsx);
    }

    /**
     * The auditable workbook: monthly table with dates, yearly and horizon roll-ups and KPIs as live formulas over the
     * monthly cells, and the plan's assumptions, catalog and elements with their sources (see {@link AuditWorkbook}).
     */
    public static void workbook(Plan plan, SimulationResult result, Path xlsx) throws IOException {
        if (TableFormat.forFileName(xlsx.getFileName().toString()) != TableFormat.XLSX) {
            throw new IllegalArgumentException("a workbook is written to .xlsx, not " + xlsx.getFileName());
        }
        AuditWorkbook.write(plan, result, xlsx);
    }

    /** The PDF report of the base plan and its result, to a .pdf file. */
    public static void report(Plan plan, SimulationResult result, ReportOptions options, Path pdf) throws IOException {
        report(plan, plan, result, options, null, pdf);
    }

    /**
     * The report of {@code plan}, the base plan or a scenario of it applied, with the ranges pages when {@code ranges}
     * is not null; its scenarios page compares {@code base} and each of its scenarios.
     */
    public static void report(Plan base, Plan plan, SimulationResult result, ReportOptions options, Ranges ranges,
                              Path pdf) throws IOException {
        if (!pdf.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new IllegalArgumentException("a report is written to .pdf, not " + pdf.getFileName());
        }
        PlanReport.write(base, plan, result, options, ranges, pdf);
    }
}

package com.tokenfactory.charts.output;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.Results;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartFormat;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.report.ReportOptions;
import com.tokenfactory.charts.style.ChartStyle;
import org.apache.pdfbox.Loader;
import org.jfree.chart.JFreeChart;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's entry points: the file name picks the format. */
class ResultExportsTest {

    @Test
    void chartsFollowTheirFileExtension(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("cash.png");
        ResultExports.chart(ChartKind.CASH_FLOW, Results.PAYBACK, Period.YEARLY, ChartStyle.LIGHT,
                new ChartSize(800, 450), png);
        assertEquals(800, ImageIO.read(png.toFile()).getWidth());
        Path svg = dir.resolve("cash.svg");
        ResultExports.chart(ChartKind.CASH_FLOW, Results.PAYBACK, Period.YEARLY, ChartStyle.LIGHT,
                new ChartSize(800, 450), svg);
        assertTrue(Files.readString(svg).contains("Payback Jun 2029"));
        assertThrows(IllegalArgumentException.class, () -> ResultExports.chart(ChartKind.CASH_FLOW, Results.PAYBACK,
                Period.YEARLY, ChartStyle.LIGHT, ChartSize.DEFAULT, dir.resolve("cash.gif")));
    }

    @Test
    void allChartsAreWrittenOneFileEach(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<ChartKind, JFreeChart> chart : ResultCharts.all(Results.SMALL, Period.MONTHLY, ChartStyle.DARK)
                .entrySet()) {
            Path file = dir.resolve(ResultExports.chartFileName(chart.getKey(), Period.MONTHLY, ChartFormat.PDF));
            ChartExporter.export(chart.getValue(), ChartFormat.PDF, ChartSize.DEFAULT, file);
            files.add(file);
        }
        assertEquals(ChartKind.values().length, files.size());
        assertEquals(dir.resolve("unit-economics-monthly.pdf"), files.get(4));
        for (Path f : files) {
            try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                assertEquals(1, pdf.getNumberOfPages(), f.toString());
            }
        }
    }

    @Test
    void tablesAndWorkbookAndReport(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("yearly.csv");
        ResultExports.table(Results.SMALL, Period.YEARLY, csv);
        assertEquals(1 + Results.SMALL.years().size(), Files.readAllLines(csv).size());
        Path xlsx = dir.resolve("results.xlsx");
        ResultExports.workbook(Results.SMALL, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Monthly", "Yearly"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
        }
        assertThrows(IllegalArgumentException.class, () -> ResultExports.workbook(Results.SMALL, dir.resolve("x.csv")));
        Path pdf = dir.resolve("report.pdf");
        ResultExports.report(Results.SMALL_PLAN, Results.SMALL,
                new ReportOptions(LocalDate.of(2026, 11, 22), Period.YEARLY, ChartStyle.LIGHT), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(12, doc.getNumberOfPages(), "title, key figures, 6 charts, yearly table, services, issues, "
                    + "throughput");
        }
        Path notPdf = dir.resolve("report.xlsx");
        assertThrows(IllegalArgumentException.class, () -> ResultExports.report(Results.SMALL_PLAN, Results.SMALL,
                ReportOptions.defaults(), notPdf));
        assertTrue(Files.notExists(notPdf), "no PDF written under another format's name");
    }
}

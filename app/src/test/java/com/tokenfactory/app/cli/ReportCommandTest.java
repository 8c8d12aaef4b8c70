package com.tokenfactory.app.cli;

import com.tokenfactory.samples.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokenfactory report}: the PDF report with its pages, and one-line errors with their exit codes. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private static String page(PDDocument pdf, int page) throws Exception {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(page);
        text.setEndPage(page);
        return text.getText(pdf);
    }

    @Test
    void writesTheReportWithItsSixteenPages() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        Path pdf = dir.resolve("out/five-year.pdf");
        CommandRun r = CommandRun.of("report", plan.toString(), "--out", pdf.toString(), "--date", "2026-03-12");
        assertEquals(0, r.code(), r.err());
        assertEquals("Wrote " + pdf + " (16 pages)\n", r.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // title, key figures, six charts, three of ranges (the sample has uncertain inputs), its five scenarios
            // side by side, the yearly table, the services, the problems, the serving throughput
            assertEquals(16, doc.getNumberOfPages());
            assertTrue(page(doc, 9).contains("2,000 trials, seed 1 · probability of loss"), page(doc, 9));
            assertTrue(page(doc, 12).contains("Scenarios side by side") && page(doc, 12).contains("Price war"),
                    page(doc, 12));
            String title = page(doc, 1);
            assertTrue(title.contains("Five-year commitment") && title.contains("Base plan (no scenario applied)")
                    && title.contains("12 March 2026"), title);
            assertTrue(page(doc, 3).contains("Chart 1 of 6"), page(doc, 3));
        }
    }

    @Test
    void aScenarioIsReportedAsTheEngineRunsIt() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        Path pdf = dir.resolve("grid-late.pdf");
        CommandRun r = CommandRun.of("report", plan.toString(), "--out", pdf.toString(), "--scenario", "grid-late",
                "--period", "yearly");
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(page(doc, 1).contains("Scenario: Grid a year late"), page(doc, 1));
        }
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() throws Exception {
        Path broken = dir.resolve("broken.tokenplan");
        Files.writeString(broken, "{\"formatVersion\": 2, \"name\": 5}");
        Path pdf = dir.resolve("r.pdf");
        CommandRun unreadable = CommandRun.of("report", broken.toString(), "--out", pdf.toString());
        assertEquals(2, unreadable.code());
        assertTrue(unreadable.errIsOneLine() && unreadable.err().contains("$.name (line 1)"), unreadable.err());
        assertFalse(Files.exists(pdf), "nothing is written for a bad plan");

        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        CommandRun notPdf = CommandRun.of("report", plan.toString(), "--out", dir.resolve("r.txt").toString());
        assertEquals(2, notPdf.code());
        assertTrue(notPdf.errIsOneLine() && notPdf.err().contains(".pdf"), notPdf.err());
        CommandRun scenario = CommandRun.of("report", plan.toString(), "--out", pdf.toString(), "--scenario", "nope");
        assertEquals(2, scenario.code());
        assertTrue(scenario.errIsOneLine() && scenario.err().contains("no scenario 'nope'"), scenario.err());
        CommandRun date = CommandRun.of("report", plan.toString(), "--out", pdf.toString(), "--date", "March 2026");
        assertEquals(2, date.code());
        assertTrue(date.errIsOneLine(), date.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anUnwritableFileIsOneLineWithExitCodeOne() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        Path folderNamedLikeTheReport = Files.createDirectory(dir.resolve("taken.pdf"));
        CommandRun r = CommandRun.of("report", plan.toString(), "--out", folderNamedLikeTheReport.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.errIsOneLine() && r.err().contains("cannot write"), r.err());
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        CommandRun under = CommandRun.of("report", plan.toString(), "--out", file.resolve("r.pdf").toString());
        assertEquals(1, under.code(), under.err());
        assertTrue(under.errIsOneLine(), under.err());
    }

    @Test
    void aBadDateNamesTheOptionAndTheFormatWithoutJavaNames() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        CommandRun r = CommandRun.of("report", plan.toString(), "--out", dir.resolve("r.pdf").toString(),
                "--date", "2026-13-01");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errIsOneLine() && r.err().contains("--date") && r.err().contains("YYYY-MM-DD"), r.err());
        assertFalse(r.err().contains("java.") || r.err().contains("Exception"), r.err());
    }

    @Test
    void anOutWithNoFileNameIsABadOptionNotACrash() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        CommandRun r = CommandRun.of("report", plan.toString(), "--out", "/");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errIsOneLine() && r.err().contains(".pdf"), r.err());
        assertFalse(r.err().contains("null"), r.err());
    }
}

package com.tokenfactory.app.cli;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.samples.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokenfactory chart}: six files per format that decode, and one-line errors with their exit codes. */
class ChartCommandTest {
    @TempDir
    Path dir;

    private static List<String> stems() {
        return Arrays.stream(ChartKind.values()).map(ChartKind::fileStem).toList();
    }

    @Test
    void pngByDefaultAtTheRequestedSize() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        Path out = dir.resolve("charts");
        CommandRun r = CommandRun.of("chart", plan.toString(), "--out", out.toString(), "--size", "1600x900");
        assertEquals(0, r.code(), r.err());
        for (String stem : stems()) {
            Path png = out.resolve(stem + "-monthly.png");
            assertTrue(r.out().contains("Wrote " + png), r.out());
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " decodes");
            assertEquals(1600, image.getWidth());
            assertEquals(900, image.getHeight());
        }
        for (String stem : List.of("fan-cash", "fan-revenue", "fan-utilization", "npv-histogram", "npv-tornado")) {
            BufferedImage image = ImageIO.read(out.resolve(stem + ".png").toFile());
            assertNotNull(image, stem + " decodes");
            assertEquals(1600, image.getWidth());
        }
        try (var files = Files.list(out)) {
            assertEquals(6 + RANGE_CHARTS, files.count(), "six result charts and the sample's ranges");
        }
        assertTrue(r.out().contains("Ranges from 2,000 trials, seed 1: NPV P10 "), r.out());
    }

    /** A fan per Monte Carlo metric, the NPV histogram and the tornado. */
    private static final int RANGE_CHARTS = com.tokenfactory.core.uncertainty.Metric.values().length + 2;

    @Test
    void noTrialsNoRangeCharts() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        Path out = dir.resolve("charts");
        CommandRun r = CommandRun.of("chart", plan.toString(), "--out", out.toString(), "--trials", "0");
        assertEquals(0, r.code(), r.err());
        try (var files = Files.list(out)) {
            assertEquals(6, files.count());
        }
        CommandRun bad = CommandRun.of("chart", plan.toString(), "--out", out.toString(), "--trials", "-3");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("tokenfactory: --trials"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void svgParsesAsXmlAndPdfOpensWithOnePageOfTheSize() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        Path out = dir.resolve("vector");
        CommandRun r = CommandRun.of("chart", plan.toString(), "--out", out.toString(), "--format", "svg,PDF",
                "--period", "yearly", "--theme", "dark", "--size", "800x600");
        assertEquals(0, r.code(), r.err());
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (String stem : stems()) {
            Document svg = xml.newDocumentBuilder().parse(out.resolve(stem + "-yearly.svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getLocalName() != null
                    ? svg.getDocumentElement().getLocalName() : svg.getDocumentElement().getTagName());
            try (PDDocument pdf = Loader.loadPDF(out.resolve(stem + "-yearly.pdf").toFile())) {
                assertEquals(1, pdf.getNumberOfPages());
                PDRectangle page = pdf.getPage(0).getMediaBox();
                assertEquals(800, page.getWidth(), 0.5);
                assertEquals(600, page.getHeight(), 0.5);
            }
        }
        try (var files = Files.list(out)) {
            assertEquals(2 * (6 + RANGE_CHARTS), files.count(), "six charts and the ranges per format");
        }
        // the yearly SVG is the scenario-free result of this plan
        assertTrue(Files.readString(out.resolve("capex-yearly.svg")).contains("Capacity crunch"));
    }

    @Test
    void aScenarioIsChartedAsTheEngineRunsIt() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        CommandRun r = CommandRun.of("chart", plan.toString(), "--out", dir.toString(), "--format", "svg",
                "--scenario", "grid-late");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("cash-flow-monthly.svg")).contains("Grid a year late"));
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() throws Exception {
        Path broken = dir.resolve("broken.tokenplan");
        Files.writeString(broken, "{\"formatVersion\": 2, \"name\": 5}");
        CommandRun unreadable = CommandRun.of("chart", broken.toString(), "--out", dir.resolve("c").toString());
        assertEquals(2, unreadable.code());
        assertEquals("tokenfactory: broken.tokenplan: $.name (line 1): expected a string, got an integer\n",
                unreadable.err());
        assertFalse(Files.exists(dir.resolve("c")), "nothing is written for a bad plan");

        Path plan = CommandRun.sample(dir, Samples.FUNGIBLE_FLEET);
        for (String[] bad : List.of(
                new String[]{"--format", "gif"},
                new String[]{"--size", "1600by900"},
                new String[]{"--size", "8x8"},
                new String[]{"--period", "weekly"},
                new String[]{"--theme", "blue"},
                new String[]{"--scenario", "nope"})) {
            String[] args = new String[4 + bad.length];
            args[0] = "chart";
            args[1] = plan.toString();
            args[2] = "--out";
            args[3] = dir.resolve("c").toString();
            System.arraycopy(bad, 0, args, 4, bad.length);
            CommandRun r = CommandRun.of(args);
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.errIsOneLine(), r.err());
        }
        CommandRun noOut = CommandRun.of("chart", plan.toString());
        assertEquals(2, noOut.code());
        assertTrue(noOut.errIsOneLine() && noOut.err().contains("--out"), noOut.err());
        assertEquals(2, CommandRun.of("chart", dir.resolve("missing.tokenplan").toString(), "--out", dir.toString()).code());
    }

    @Test
    void anUnwritableFolderIsOneLineWithExitCodeOne() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FUNGIBLE_FLEET);
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        CommandRun r = CommandRun.of("chart", plan.toString(), "--out", file.resolve("charts").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.errIsOneLine() && r.err().contains("cannot create the folder"), r.err());
    }
}

package com.tokenfactory.charts.export;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.Results;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartExporterTest {
    private final JFreeChart capex = ResultCharts.create(ChartKind.CAPEX, Results.SMALL, Period.MONTHLY,
            ChartStyle.LIGHT);

    @Test
    void pngDecodesAtTheSizeAsked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("capex.png");
        ChartExporter.export(capex, ChartFormat.PNG, new ChartSize(640, 360), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image);
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
        assertEquals(ChartStyle.LIGHT.background().getRGB(), image.getRGB(1, 1));
    }

    @Test
    void svgIsXmlOfTheSizeAskedAndNamesEverySeries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("capex.svg");
        ChartExporter.export(capex, ChartFormat.SVG, new ChartSize(1000, 600), file);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals(1000, Double.parseDouble(svg.getDocumentElement().getAttribute("width")));
        assertEquals(600, Double.parseDouble(svg.getDocumentElement().getAttribute("height")));
        List<String> texts = texts(svg);
        String mi300x = "IT: " + Results.SMALL.skus().stream().filter(s -> s.capexIt().total() > 0).findFirst()
                .orElseThrow().name();
        for (String name : List.of("Facility (halls)", mi300x, "Committed: Partner 0",
                "Cumulative (CapEx + commitments)", "Spending (USD per month)", "CapEx and committed spend")) {
            assertTrue(texts.contains(name), name + " is written in " + texts);
        }
    }

    @Test
    void anEmptyChartSaysWhyInTheExportedFile() throws Exception {
        JFreeChart empty = ResultCharts.create(ChartKind.UNIT_ECONOMICS, Results.RENTED_ONLY, Period.MONTHLY,
                ChartStyle.DARK);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ChartExporter.bytes(empty, ChartFormat.SVG, ChartSize.DEFAULT)));
        List<String> texts = texts(svg);
        assertTrue(texts.contains("No owned capacity in the plan: tokens per joule is undefined"), texts.toString());
        assertTrue(texts.contains("No owned capacity in the plan: tokens per watt per dollar is undefined"));
    }

    @Test
    void pdfOpensWithOnePageOfTheSizeAsked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("capex.pdf");
        ChartExporter.export(capex, ChartFormat.PDF, new ChartSize(842, 595), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(842, box.getWidth(), 0.01);
            assertEquals(595, box.getHeight(), 0.01);
            assertEquals("CapEx and committed spend", pdf.getDocumentInformation().getTitle());
        }
        assertTrue(Files.size(file) > 5_000, "the page has content");
    }

    @Test
    void formatsFollowFileNamesAndSizesAreChecked() {
        assertEquals(ChartFormat.SVG, ChartFormat.forFileName("out/Capex.SVG"));
        assertEquals(ChartFormat.PDF, ChartFormat.forFileName("a.b.pdf"));
        assertEquals("'chart.jpg' does not end in .png, .svg or .pdf",
                assertThrows(IllegalArgumentException.class, () -> ChartFormat.forFileName("chart.jpg")).getMessage());
        assertEquals(TableFormat.XLSX, TableFormat.forFileName("Results.XLSX"));
        assertEquals("'results' does not end in .csv or .xlsx",
                assertThrows(IllegalArgumentException.class, () -> TableFormat.forFileName("results")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(0, 700));
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(1200, ChartSize.MAX + 1));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}

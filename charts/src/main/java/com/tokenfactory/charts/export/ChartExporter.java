package com.tokenfactory.charts.export;

import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Draws a chart into PNG, SVG (JFreeSVG) or PDF (OrsonPDF) at a chosen size. Headless: needs no display or JavaFX. */
public final class ChartExporter {
    private ChartExporter() {
    }

    /** Writes the chart to {@code file}, creating or replacing it. */
    public static void export(JFreeChart chart, ChartFormat format, ChartSize size, Path file) throws IOException {
        Files.write(file, bytes(chart, format, size));
    }

    public static void export(JFreeChart chart, ChartFormat format, ChartSize size, OutputStream out)
            throws IOException {
        out.write(bytes(chart, format, size));
    }

    public static byte[] bytes(JFreeChart chart, ChartFormat format, ChartSize size) {
        return switch (format) {
            case PNG -> png(chart, size);
            case SVG -> svg(chart, size).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(chart, size);
        };
    }

    public static BufferedImage image(JFreeChart chart, ChartSize size) {
        return chart.createBufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB, null);
    }

    public static byte[] png(JFreeChart chart, ChartSize size) {
        return PngEncoder.encode(image(chart, size));
    }

    /**
     * The chart as an SVG document; text stays text, so names can be searched and copied. Written without the SVG 1.1
     * DOCTYPE JFreeSVG would add: XML tools that meet it try to fetch the DTD from w3.org, offline too.
     */
    public static String svg(JFreeChart chart, ChartSize size) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        chart.draw(g2, new Rectangle(size.width(), size.height()));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
    }

    /**
     * A one-page PDF of the chart, vector throughout. Text is drawn as glyph outlines: OrsonPDF's own text uses the
     * PDF base fonts, which lack many characters our labels use (−, ×, …).
     */
    public static byte[] pdf(JFreeChart chart, ChartSize size) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() == null ? "Chart" : chart.getTitle().getText());
        doc.setAuthor("Token Factory Planner");
        Page page = doc.createPage(new Rectangle(size.width(), size.height()));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle(size.width(), size.height()));
        return doc.getPDFBytes();
    }
}

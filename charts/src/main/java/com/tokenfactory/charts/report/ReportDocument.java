package com.tokenfactory.charts.report;

import com.tokenfactory.charts.style.ChartStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's PDF while it is written: A4 landscape pages, the embedded fonts (DejaVu Sans, so any plan name or issue
 * text prints, not just Latin-1), the colours, and vector charts imported from OrsonPDF pages.
 */
final class ReportDocument implements Closeable {
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 40;
    static final float HEADER = 28;
    static final float FOOTER = 26;

    static final Color TEXT = ChartStyle.LIGHT.foreground();
    static final Color MUTED = ChartStyle.LIGHT.muted();
    static final Color RULE = ChartStyle.LIGHT.grid();
    static final Color ACCENT = ChartStyle.LIGHT.accent();
    static final Color DANGER = ChartStyle.LIGHT.danger();
    static final Color WARNING = ChartStyle.LIGHT.warning();
    static final Color SUBTLE_FILL = new Color(0xf6f8fa);

    final PDDocument pdf = new PDDocument();
    final PDType0Font regular;
    final PDType0Font bold;
    private final List<PDDocument> imported = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    ReportDocument() throws IOException {
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = ReportDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the charts jar");
            }
            return PDType0Font.load(pdf, in);
        }
    }

    /** A new page whose running header names its section. */
    PageWriter newPage(String section) throws IOException {
        PDPage page = new PDPage(PAGE);
        pdf.addPage(page);
        sections.add(section);
        PageWriter writer = new PageWriter(this, new PDPageContentStream(pdf, page));
        writer.runningHeader(section);
        return writer;
    }

    /** The section named in each page's header, in page order. */
    List<String> sections() {
        return List.copyOf(sections);
    }

    /** The first page of a PDF (a chart drawn by OrsonPDF) as a form this document can draw, vector intact. */
    PDFormXObject importForm(byte[] onePagePdf) {
        try {
            PDDocument source = Loader.loadPDF(onePagePdf);
            imported.add(source); // the form refers to the source's objects until this document is saved
            return new LayerUtility(pdf).importPageAsForm(source, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not import a chart page", e);
        }
    }

    @Override
    public void close() throws IOException {
        pdf.close();
        for (PDDocument d : imported) {
            d.close();
        }
    }
}

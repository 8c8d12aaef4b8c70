package com.tokenfactory.charts.report;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one page top to bottom: a cursor moves down as lines, paragraphs and tables are added. Coordinates are PDF
 * points from the page's bottom left.
 */
final class PageWriter implements Closeable {
    static final float LEADING = 1.35f;

    private final ReportDocument doc;
    private final PDPageContentStream cs;
    private float cursor;

    PageWriter(ReportDocument doc, PDPageContentStream cs) {
        this.doc = doc;
        this.cs = cs;
        this.cursor = ReportDocument.PAGE.getHeight() - ReportDocument.MARGIN - ReportDocument.HEADER;
    }

    static float left() {
        return ReportDocument.MARGIN;
    }

    static float width() {
        return ReportDocument.PAGE.getWidth() - 2 * ReportDocument.MARGIN;
    }

    /** Height left above the footer. */
    float remaining() {
        return cursor - ReportDocument.MARGIN - ReportDocument.FOOTER;
    }

    float cursor() {
        return cursor;
    }

    void skip(float points) {
        cursor -= points;
    }

    void moveTo(float y) {
        cursor = y;
    }

    void runningHeader(String section) throws IOException {
        float top = ReportDocument.PAGE.getHeight() - ReportDocument.MARGIN;
        text(section, doc.bold, 9, ReportDocument.MUTED, left(), top);
        rule(top - 8);
    }

    void rule(float y) throws IOException {
        cs.setStrokingColor(ReportDocument.RULE);
        cs.setLineWidth(0.6f);
        cs.moveTo(left(), y);
        cs.lineTo(left() + width(), y);
        cs.stroke();
    }

    /** One line of text at the cursor, which then moves below it. */
    void line(String s, PDFont font, float size, Color colour) throws IOException {
        cursor -= size;
        text(s, font, size, colour, left(), cursor);
        cursor -= size * (LEADING - 1);
    }

    /** Text wrapped to {@code maxWidth}, line by line from the cursor. */
    void paragraph(String s, PDFont font, float size, Color colour, float maxWidth) throws IOException {
        for (String l : wrap(s, font, size, maxWidth)) {
            line(l, font, size, colour);
        }
    }

    /** Draws text with its baseline at (x, y). */
    void text(String s, PDFont font, float size, Color colour, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(colour);
        cs.newLineAtOffset(x, y);
        cs.showText(PdfText.printable(font, s));
        cs.endText();
    }

    void textRight(String s, PDFont font, float size, Color colour, float right, float y) throws IOException {
        text(s, font, size, colour, right - PdfText.width(font, size, s), y);
    }

    void fill(float x, float y, float w, float h, Color colour) throws IOException {
        cs.setNonStrokingColor(colour);
        cs.addRect(x, y, w, h);
        cs.fill();
    }

    /** Draws a form (an imported chart) with its bottom left at (x, y), unscaled. */
    void form(PDFormXObject form, float x, float y) throws IOException {
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /** Draws a form scaled by {@code scale} with its bottom left at (x, y). */
    void form(PDFormXObject form, float x, float y, float scale) throws IOException {
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.transform(Matrix.getScaleInstance(scale, scale));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /**
     * A table from the cursor down; cells wrap within their column. Returns the index of the first row that did not
     * fit above the footer (rows.size() when all did), so the caller can continue on a new page.
     */
    int table(ReportTable table, int fromRow) throws IOException {
        return table(table, fromRow, left(), width());
    }

    /** As {@link #table(ReportTable, int)}, in a column of the page from x, {@code tableWidth} wide. */
    int table(ReportTable table, int fromRow, float x, float tableWidth) throws IOException {
        float[] widths = table.widths(tableWidth);
        float size = table.fontSize();
        float pad = 3;
        float rowTop = cursor;
        rowTop = row(table.header(), wrap(table.header(), widths, doc.bold, size, pad), widths, table, doc.bold, size,
                pad, x, rowTop, true);
        int r = fromRow;
        while (r < table.rows().size()) {
            List<String> cells = table.rows().get(r);
            List<List<String>> lines = wrap(cells, widths, doc.regular, size, pad);
            if (rowTop - rowHeight(lines, size, pad) < ReportDocument.MARGIN + ReportDocument.FOOTER) {
                break;
            }
            rowTop = row(cells, lines, widths, table, doc.regular, size, pad, x, rowTop, false);
            r++;
        }
        cursor = rowTop - size;
        return r;
    }

    /** Draws a row whose cells are already wrapped ({@code lines}, one list per cell); returns its bottom. */
    private float row(List<String> cells, List<List<String>> lines, float[] widths, ReportTable table, PDFont font,
                      float size, float pad, float left, float top, boolean header) throws IOException {
        float height = rowHeight(lines, size, pad);
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (header) {
            fill(left, top - height, total, height, ReportDocument.SUBTLE_FILL);
        }
        float x = left;
        for (int c = 0; c < cells.size(); c++) {
            float y = top - pad - size * 0.85f;
            Color colour = header ? ReportDocument.TEXT : table.colour(cells, c);
            for (String l : lines.get(c)) {
                if (table.rightAligned(c)) {
                    textRight(l, font, size, colour, x + widths[c] - pad, y);
                } else {
                    text(l, font, size, colour, x + pad, y);
                }
                y -= size * LEADING;
            }
            x += widths[c];
        }
        cs.setStrokingColor(ReportDocument.RULE);
        cs.setLineWidth(0.4f);
        cs.moveTo(left, top - height);
        cs.lineTo(left + total, top - height);
        cs.stroke();
        return top - height;
    }

    /** Each cell wrapped to its column, less the padding either side. */
    private static List<List<String>> wrap(List<String> cells, float[] widths, PDFont font, float size, float pad)
            throws IOException {
        List<List<String>> out = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            out.add(wrap(cells.get(c), font, size, widths[c] - 2 * pad));
        }
        return out;
    }

    private static float rowHeight(List<List<String>> wrappedCells, float size, float pad) {
        int lines = 1;
        for (List<String> cell : wrappedCells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * size * LEADING + 2 * pad - size * (LEADING - 1);
    }

    /** Splits text into lines no wider than maxWidth, at spaces; a single over-long word is cut. */
    static List<String> wrap(String s, PDFont font, float size, float maxWidth) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (PdfText.width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            while (PdfText.width(font, size, word) > maxWidth && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && PdfText.width(font, size, word.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                out.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}

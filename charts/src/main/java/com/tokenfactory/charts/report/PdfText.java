package com.tokenfactory.charts.report;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Text as the report's font can print it: characters the font lacks become '?', line breaks become spaces. */
final class PdfText {
    private PdfText() {
    }

    static String printable(PDFont font, String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException missing) {
                out.append('?');
            }
        });
        return out.toString();
    }

    static float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(printable(font, s)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

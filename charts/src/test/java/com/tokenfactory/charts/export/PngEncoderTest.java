package com.tokenfactory.charts.export;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.Results;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PngEncoderTest {

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aChartDecodesToExactlyThePixelsDrawn() throws IOException {
        BufferedImage drawn = ChartExporter.image(ResultCharts.create(ChartKind.CAPACITY, Results.SMALL,
                Period.MONTHLY, ChartStyle.DARK), new ChartSize(900, 500));
        assertSamePixels(drawn, decode(PngEncoder.encode(drawn)));
    }

    @Test
    void imagesOfOtherTypesAreWrittenAsRgb() throws IOException {
        BufferedImage argb = new BufferedImage(37, 11, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = argb.createGraphics();
        g2.setColor(new Color(12, 200, 99));
        g2.fillRect(0, 0, 37, 11);
        g2.setColor(Color.MAGENTA);
        g2.drawLine(0, 0, 36, 10);
        g2.dispose();
        BufferedImage decoded = decode(PngEncoder.encode(argb));
        assertSamePixels(argb, decoded);
        assertEquals(new Color(12, 200, 99).getRGB(), decoded.getRGB(36, 0));
    }
}

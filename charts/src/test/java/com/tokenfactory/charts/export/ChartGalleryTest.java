package com.tokenfactory.charts.export;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.DataInk;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.Results;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.SyntheticPlans;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders every chart of the reference plan, a small and the large synthetic plan, an empty plan and one with only
 * rented capacity, in both periods and both styles, into
 * target/chart-gallery, for people to look at; checks each file decodes at the size asked for and, for every plan
 * with something in it, that the chart drew its data (not a blank frame with axes).
 */
class ChartGalleryTest {
    private static final Path GALLERY = Path.of("target", "chart-gallery");
    /** One point's marker takes about 75 pixels (a one-year plan's yearly chart is a dot per series); blank: none. */
    private static final int MIN_DATA_PIXELS = 50;

    @Test
    void everyChartOfTheReferenceAndASyntheticPlanRendersToPng() throws IOException {
        Files.createDirectories(GALLERY);
        Map<String, SimulationResult> results = Map.of("reference", Results.REFERENCE, "small-3", Results.SMALL,
                "large-1", Engine.simulate(SyntheticPlans.large(1)), "empty", Results.EMPTY,
                "rented-only", Results.RENTED_ONLY);
        for (var result : results.entrySet()) {
            boolean planHasData = !result.getKey().equals("empty");
            for (Period period : Period.values()) {
                for (ChartStyle style : ChartStyle.values()) {
                    for (ChartKind kind : ChartKind.values()) {
                        Path file = GALLERY.resolve(result.getKey() + "-" + kind.fileStem() + "-"
                                + period.name().toLowerCase() + "-" + style.name().toLowerCase() + ".png");
                        ChartExporter.export(ResultCharts.create(kind, result.getValue(), period, style),
                                ChartFormat.PNG, ChartSize.DEFAULT, file);
                        BufferedImage image = ImageIO.read(file.toFile());
                        assertNotNull(image, file + " does not decode");
                        assertEquals(1200, image.getWidth(), file.toString());
                        assertEquals(700, image.getHeight(), file.toString());
                        // rented capacity draws no electricity: the partner's price includes it
                        boolean hasData = planHasData
                                && !(result.getKey().equals("rented-only") && kind == ChartKind.ELECTRICITY);
                        if (hasData) {
                            var chart = ResultCharts.create(kind, result.getValue(), period, style);
                            assertTrue(DataInk.points(chart) > 0, file + " has no data points");
                            int pixels = DataInk.pixels(chart, 1200, 700);
                            assertTrue(pixels >= MIN_DATA_PIXELS, file + " drew " + pixels + " pixels of data");
                        }
                    }
                }
            }
        }
    }

    @Test
    void aChartWithItsSeriesHiddenCountsAsBlank() {
        var chart = ResultCharts.create(ChartKind.CAPACITY, Results.REFERENCE, Period.MONTHLY, ChartStyle.LIGHT);
        DataInk.hideSeries(chart);
        assertEquals(0, DataInk.pixels(chart, 1200, 700), "the measure sees only series ink");
    }
}

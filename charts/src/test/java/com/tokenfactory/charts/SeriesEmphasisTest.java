package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Paint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the legend shows for each series after emphasis: its paint as built, or that paint faded. */
class SeriesEmphasisTest {

    private static Map<SeriesKey, Paint> legendPaints(JFreeChart chart) {
        Map<SeriesKey, Paint> paints = new LinkedHashMap<>();
        LegendItemCollection items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            if (item.getSeriesKey() instanceof SeriesName name) {
                paints.put(name.key(), item.getFillPaint());
            }
        }
        return paints;
    }

    private static int alpha(Paint paint) {
        return ((Color) paint).getAlpha();
    }

    @Test
    void everySeriesButTheEmphasizedOnesIsFadedAndComesBackAsBuilt() {
        JFreeChart chart = ResultCharts.create(ChartKind.CAPEX, Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        Map<SeriesKey, Paint> asBuilt = legendPaints(chart);
        SeriesKey sku = asBuilt.keySet().stream().filter(k -> k.kind() == SeriesKey.Kind.SKU).findFirst().orElseThrow();
        assertTrue(asBuilt.size() >= 3, "the SKU, the partner contracts and the plan-wide series: " + asBuilt.keySet());
        SeriesEmphasis emphasis = new SeriesEmphasis(chart);

        assertTrue(emphasis.emphasize(Set.of(sku)));
        Map<SeriesKey, Paint> emphasized = legendPaints(chart);
        assertEquals(asBuilt.get(sku), emphasized.get(sku));
        asBuilt.forEach((key, paint) -> {
            if (!key.equals(sku)) {
                assertEquals(Math.round(alpha(paint) * SeriesEmphasis.FADED_OPACITY), alpha(emphasized.get(key)), key.id());
                assertEquals(((Color) paint).getRGB() & 0xFFFFFF, ((Color) emphasized.get(key)).getRGB() & 0xFFFFFF);
            }
        });

        assertFalse(emphasis.emphasize(Set.of()));
        assertEquals(asBuilt, legendPaints(chart));
    }

    @Test
    void elementsWithNoSeriesOnTheChartLeaveItAsBuilt() {
        JFreeChart chart = ResultCharts.create(ChartKind.CAPEX, Results.SMALL, Period.YEARLY, ChartStyle.DARK);
        Map<SeriesKey, Paint> asBuilt = legendPaints(chart);
        SeriesEmphasis emphasis = new SeriesEmphasis(chart);
        emphasis.emphasize(Set.of(asBuilt.keySet().iterator().next()));

        assertFalse(emphasis.emphasize(Set.of(SeriesKey.site("no-such-site"), SeriesKey.service("no-such-service"))));
        assertEquals(asBuilt, legendPaints(chart));
    }

    @Test
    void reachesTheSeriesOfEveryPlotOfACombinedChart() {
        JFreeChart chart = ResultCharts.create(ChartKind.YIELD, Results.SMALL, Period.YEARLY, ChartStyle.LIGHT);
        SeriesKey service = SeriesKey.service(Results.SMALL.services().get(0).serviceId());
        Map<SeriesKey, Paint> asBuilt = legendPaints(chart);
        assertTrue(asBuilt.containsKey(SeriesKey.total(SeriesKey.UTILIZATION)), "the lower plot's series: " + asBuilt);

        assertTrue(new SeriesEmphasis(chart).emphasize(Set.of(service)));
        Map<SeriesKey, Paint> emphasized = legendPaints(chart);
        assertEquals(asBuilt.get(service), emphasized.get(service));
        assertTrue(alpha(emphasized.get(SeriesKey.total(SeriesKey.UTILIZATION)))
                < alpha(asBuilt.get(SeriesKey.total(SeriesKey.UTILIZATION))), "the lower plot is faded too");
    }

    /** Whoever shows the chart draws it again on every change notice: one per emphasis, none when nothing changes. */
    @Test
    void tellsTheChartOnceAndOnlyWhenAPaintChanged() {
        JFreeChart chart = ResultCharts.create(ChartKind.CAPEX, Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        SeriesKey sku = legendPaints(chart).keySet().stream().filter(k -> k.kind() == SeriesKey.Kind.SKU).findFirst()
                .orElseThrow();
        java.util.concurrent.atomic.AtomicInteger notices = new java.util.concurrent.atomic.AtomicInteger();
        chart.addChangeListener(e -> notices.incrementAndGet());
        SeriesEmphasis emphasis = new SeriesEmphasis(chart);

        emphasis.emphasize(Set.of());
        assertEquals(0, notices.get(), "the chart as built already");
        emphasis.emphasize(Set.of(sku));
        assertEquals(1, notices.get(), "every other series faded at once");
        emphasis.emphasize(Set.of(sku));
        assertEquals(1, notices.get(), "the same emphasis again");
        emphasis.emphasize(Set.of());
        assertEquals(2, notices.get());
    }
}

package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a mouse event on a drawn chart resolves to: the entities JFreeChart records while drawing. */
class SeriesKeysTest {

    private static ChartRenderingInfo draw(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(1200, 700, info);
        return info;
    }

    @Test
    void aBarOfASiteResolvesToThatSite() {
        JFreeChart chart = ResultCharts.create(ChartKind.ELECTRICITY, Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        ChartRenderingInfo info = draw(chart);
        String siteId = Results.SMALL.sites().get(0).siteId();
        XYItemEntity bar = null;
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof XYItemEntity item && item.getDataset() == chart.getXYPlot().getDataset(0)
                    && item.getItem() == 15) {
                bar = item;
            }
        }
        assertTrue(bar != null, "the March 2027 bar was drawn");
        Rectangle2D area = bar.getArea().getBounds2D();
        ChartEntity hit = info.getEntityCollection().getEntity(area.getCenterX(), area.getCenterY());
        assertEquals(Optional.of(SeriesKey.site(siteId)), SeriesKeys.of(hit));
        assertTrue(hit.getToolTipText().startsWith("Site 0 (PUE 1.30) · Apr 2027: "), hit.getToolTipText());
    }

    @Test
    void legendItemsResolveToTheirSeries() {
        JFreeChart chart = ResultCharts.create(ChartKind.YIELD, Results.SMALL, Period.YEARLY, ChartStyle.DARK);
        Set<SeriesKey> keys = new HashSet<>();
        for (Object o : draw(chart).getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof LegendItemEntity) {
                SeriesKeys.of(e).ifPresent(keys::add);
            }
        }
        assertEquals(Set.of(SeriesKey.service(Results.SMALL.services().get(0).serviceId()),
                SeriesKey.total(SeriesKey.TOTAL_COST), SeriesKey.total(SeriesKey.MARGIN),
                SeriesKey.total(SeriesKey.UTILIZATION_OWNED), SeriesKey.total(SeriesKey.UTILIZATION_RENTED),
                SeriesKey.total(SeriesKey.UTILIZATION)), keys);
    }

    @Test
    void theCapacityBandAndCashLegendAreKeyedToo() {
        JFreeChart capacity = ResultCharts.create(ChartKind.CAPACITY, Results.REFERENCE, Period.MONTHLY,
                ChartStyle.LIGHT);
        Set<SeriesKey> keys = new HashSet<>();
        for (Object o : draw(capacity).getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            SeriesKeys.of(e).ifPresent(keys::add);
        }
        assertTrue(keys.contains(SeriesKey.total(SeriesKey.UNSERVED_DEMAND)), keys.toString());
        assertTrue(keys.contains(SeriesKey.total(SeriesKey.GPUS_NEEDED)), keys.toString());
    }

    @Test
    void thingsThatAreNoSeriesResolveToNothing() {
        JFreeChart chart = ResultCharts.create(ChartKind.CAPEX, Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        ChartRenderingInfo info = draw(chart);
        assertEquals(Optional.empty(), SeriesKeys.of(info.getEntityCollection().getEntity(3, 3)));
        assertEquals(Optional.empty(), SeriesKeys.of(null));
    }
}

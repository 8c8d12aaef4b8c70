package com.tokenfactory.charts;

import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.SeriesName;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.XYItemEntity;

import java.util.Optional;

/** Which series a chart entity (what a mouse event hit: a bar, a point, a legend item) belongs to. */
public final class SeriesKeys {
    private SeriesKeys() {
    }

    public static Optional<SeriesKey> of(ChartEntity entity) {
        return nameOf(entity).map(SeriesName::key);
    }

    public static Optional<SeriesName> nameOf(ChartEntity entity) {
        Object key = null;
        if (entity instanceof XYItemEntity item) {
            key = item.getDataset().getSeriesKey(item.getSeriesIndex());
        } else if (entity instanceof LegendItemEntity legend) {
            key = legend.getSeriesKey();
        }
        return key instanceof SeriesName name ? Optional.of(name) : Optional.empty();
    }
}

package com.tokenfactory.charts;

import com.tokenfactory.charts.style.ReadableNumberFormat;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

import java.io.Serializable;
import java.text.NumberFormat;

/** Tooltip of one point: "Site 3 (PUE 1.32) · Mar 2027: 12.3K MWh". The value is the series' own, not stacked. */
final class PointToolTips implements XYToolTipGenerator, Serializable {
    private static final long serialVersionUID = 1L;

    private final PeriodAxis axis;
    private final String unit;
    private final boolean heightOfInterval;
    private final NumberFormat format = new ReadableNumberFormat();

    /** @param unit appended to the value, e.g. "MWh", "USD", "%" */
    PointToolTips(PeriodAxis axis, String unit) {
        this(axis, unit, false);
    }

    /** @param heightOfInterval show the height of the point's y-interval (a band), not its y value */
    PointToolTips(PeriodAxis axis, String unit, boolean heightOfInterval) {
        this.axis = axis;
        this.unit = unit;
        this.heightOfInterval = heightOfInterval;
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        double y = heightOfInterval && dataset instanceof IntervalXYDataset band
                ? band.getEndYValue(series, item) - band.getStartYValue(series, item)
                : dataset.getYValue(series, item);
        String value = Double.isNaN(y) ? "undefined" : format.format(y) + (unit.equals("%") ? "%" : " " + unit);
        return dataset.getSeriesKey(series) + " · " + axis.labelAt(dataset.getXValue(series, item)) + ": " + value;
    }
}

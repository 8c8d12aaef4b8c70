package com.tokenfactory.charts.fx;

import com.tokenfactory.charts.PeriodAxis;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where the crosshair goes for a mouse position: the month or plan year under the pointer (snapped to the point, so
 * the line sits on the bars) and, on single-plot charts, the value on the left axis at the pointer. Free of JavaFX, so
 * it is tested without a window.
 *
 * @param point       index of the month or plan year
 * @param periodLabel its label, e.g. "Mar 2027"
 * @param value       the left axis's value at the pointer; empty on charts of several plots with different units
 */
public record CrosshairPosition(int point, String periodLabel, OptionalDouble value) {

    /** The position for canvas coordinates (x, y) of a chart last drawn with {@code info}; empty off the data area. */
    public static Optional<CrosshairPosition> at(JFreeChart chart, ChartRenderingInfo info, double x, double y) {
        if (chart == null || info == null || !(chart.getPlot() instanceof XYPlot plot)
                || !(plot.getDomainAxis() instanceof PeriodAxis axis) || axis.points() == 0) {
            return Optional.empty();
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (area == null || !area.contains(x, y)) {
            return Optional.empty();
        }
        int point = axis.nearestPoint(axis.java2DToValue(x, area, plot.getDomainAxisEdge()));
        OptionalDouble value = plot instanceof CombinedDomainXYPlot || plot.getRangeAxis() == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge()));
        return Optional.of(new CrosshairPosition(point, axis.labelAt(point), value));
    }
}

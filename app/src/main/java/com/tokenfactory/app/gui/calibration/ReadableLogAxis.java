package com.tokenfactory.app.gui.calibration;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A logarithmic axis whose ticks are round numbers a reader can use — 1, 2 and 5 times a power of ten, or only the
 * powers of ten when the axis spans many decades — instead of JFreeChart's evenly spaced logarithms (0.0631, 3.16…).
 */
final class ReadableLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    /** Beyond this many decades, label the powers of ten only. */
    private static final double DECADES_FOR_1_2_5 = 3.5;

    ReadableLogAxis(String label) {
        super(label);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor;
        if (RectangleEdge.isTopOrBottom(edge)) {
            anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        } else {
            anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        }
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : tickValues(getLowerBound(), getUpperBound())) {
            ticks.add(new NumberTick(TickType.MAJOR, v, CalibrationNumbers.sig3Plain(v), anchor, anchor,
                    0.0));
        }
        return ticks;
    }

    /** Round values within [lower, upper]: 1, 2, 5 × 10^k, or 10^k alone over more than 3.5 decades. */
    static List<Double> tickValues(double lower, double upper) {
        List<Double> values = new ArrayList<>();
        if (!(lower > 0) || !(upper > lower)) {
            return values;
        }
        boolean decadesOnly = Math.log10(upper / lower) > DECADES_FOR_1_2_5;
        double[] steps = decadesOnly ? new double[] {1} : new double[] {1, 2, 5};
        for (int k = (int) Math.floor(Math.log10(lower)); k <= (int) Math.ceil(Math.log10(upper)); k++) {
            for (double s : steps) {
                double v = s * Math.pow(10, k);
                if (v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
                    values.add(v);
                }
            }
        }
        return values;
    }
}

package com.tokenfactory.charts;

import com.tokenfactory.charts.style.ReadableNumberFormat;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;

/**
 * A value axis with readable numbers (1.5M, 20B) whose ticks stay at least {@value #MIN_TICK_SPACING} pixels apart
 * (a third of the plot's height on a short plot, so it keeps two or three labels):
 * JFreeChart only keeps labels from overlapping, which on a tall chart gives thirty gridlines. Tick steps are 1, 2 and
 * 5 times a power of ten, from micro-units to peta-units (token counts and cumulative spend of large plans).
 */
final class ReadableAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    static final double MIN_TICK_SPACING = 48;

    ReadableAxis(String labelWithUnit) {
        super(labelWithUnit);
        NumberFormat format = new ReadableNumberFormat();
        setNumberFormatOverride(format);
        TickUnits units = new TickUnits();
        for (int exponent = -6; exponent <= 16; exponent++) {
            double power = Math.pow(10, exponent);
            for (int m : new int[]{1, 2, 5}) {
                units.add(new NumberTickUnit(m * power, format, 0));
            }
        }
        setStandardTickUnits(units);
        setAutoRangeIncludesZero(true);
    }

    @Override
    protected void selectVerticalAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectVerticalAutoTickUnit(g2, dataArea, edge);
        double spacing = lengthToJava2D(getTickUnit().getSize(), dataArea, edge);
        // a short plot (a panel of a combined chart) still gets two or three labelled ticks
        double minSpacing = Math.min(MIN_TICK_SPACING, dataArea.getHeight() / 3);
        if (spacing > 0 && spacing < minSpacing) {
            TickUnit wider = getStandardTickUnits().getCeilingTickUnit(
                    getTickUnit().getSize() * minSpacing / spacing);
            setTickUnit((NumberTickUnit) wider, false, false);
        }
    }
}

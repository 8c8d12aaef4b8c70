package com.tokenfactory.charts.fx;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

import java.util.ArrayList;
import java.util.List;

/**
 * The axes' ranges of a chart as built, to undo zooming: auto-ranged axes go back to auto range, fixed ones (the
 * 0–100% utilization axis) to their range. Free of JavaFX.
 */
public final class AxisRanges {
    private record Saved(ValueAxis axis, boolean auto, Range range) {
    }

    private final List<Saved> saved = new ArrayList<>();

    private AxisRanges() {
    }

    public static AxisRanges of(JFreeChart chart) {
        AxisRanges out = new AxisRanges();
        if (chart != null && chart.getPlot() instanceof XYPlot plot) {
            out.save(plot.getDomainAxis());
            List<XYPlot> plots = plot instanceof CombinedDomainXYPlot combined ? combined.getSubplots() : List.of(plot);
            for (XYPlot p : plots) {
                for (int i = 0; i < p.getRangeAxisCount(); i++) {
                    out.save(p.getRangeAxis(i));
                }
            }
        }
        return out;
    }

    private void save(ValueAxis axis) {
        if (axis != null) {
            saved.add(new Saved(axis, axis.isAutoRange(), axis.getRange()));
        }
    }

    /** Puts every axis back as it was when saved. */
    public void restore() {
        for (Saved s : saved) {
            if (s.auto()) {
                s.axis().setAutoRange(true);
            } else {
                s.axis().setRange(s.range());
            }
        }
    }
}

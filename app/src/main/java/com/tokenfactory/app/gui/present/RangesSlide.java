package com.tokenfactory.app.gui.present;

import org.jfree.chart.JFreeChart;

import java.util.List;

/**
 * A slide of a plan's ranges over its uncertain inputs: one or two charts of the charts module's
 * {@link com.tokenfactory.charts.UncertaintyCharts} side by side (the cash flow's fan beside the NPV histogram, or the
 * tornado). Built with the deck, off the FX thread.
 */
public record RangesSlide(String title, String headline, List<JFreeChart> charts) implements Slide {
    public RangesSlide {
        charts = List.copyOf(charts);
        if (charts.isEmpty() || charts.size() > 2) {
            throw new IllegalArgumentException("a ranges slide shows one or two charts, not " + charts.size());
        }
    }
}

package com.tokenfactory.app.gui.present;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.data.Period;
import org.jfree.chart.JFreeChart;

/**
 * A slide showing one chart of the charts module, built for the presentation (no chart title: the slide's title says
 * it). The chart is built with the deck, off the FX thread; views only draw it.
 */
public record ChartSlide(String title, String headline, ChartKind kind, Period period, JFreeChart chart)
        implements Slide {
}

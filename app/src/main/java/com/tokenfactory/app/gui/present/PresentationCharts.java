package com.tokenfactory.app.gui.present;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.result.SimulationResult;
import org.jfree.chart.JFreeChart;

/**
 * The charts module's charts as a slide shows them: without their title, which the slide's title replaces, so the
 * plot gets the room. Subtitles (plan, scenario, period, currency), legends and footnotes stay.
 */
final class PresentationCharts {
    private PresentationCharts() {
    }

    static JFreeChart create(ChartKind kind, SimulationResult result, Period period, ChartStyle style) {
        JFreeChart chart = ResultCharts.create(kind, result, period, style);
        chart.setTitle((String) null);
        return chart;
    }
}

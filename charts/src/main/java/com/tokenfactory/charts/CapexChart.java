package com.tokenfactory.charts;

import com.tokenfactory.charts.ChartParts.Layer;
import com.tokenfactory.charts.data.CapexData;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;

/** CapEx stacked by category (facility, IT by SKU, committed contracts) with the cumulative total on a second axis. */
final class CapexChart {
    private CapexChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        CapexData data = CapexData.of(timeline);
        String currency = timeline.result().currency();
        return ChartParts.stackedBarsWithLine(ChartKind.CAPEX, timeline, style,
                new Layer("Spending (" + currency + " " + ChartParts.perPoint(timeline) + ")", data.spending(),
                        currency),
                new Layer("Cumulative (" + currency + ")", data.cumulative(), currency),
                data.emptyReason(),
                "Committed partner contracts count as committed spend: take-or-pay fees in the months they are due.");
    }
}

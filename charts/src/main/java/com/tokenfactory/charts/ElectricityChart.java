package com.tokenfactory.charts;

import com.tokenfactory.charts.ChartParts.Layer;
import com.tokenfactory.charts.data.ElectricityData;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;

/** Facility energy by site as stacked bars (each site's PUE in its name) and electricity cost as a line. */
final class ElectricityChart {
    private ElectricityChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        ElectricityData data = ElectricityData.of(timeline);
        String currency = timeline.result().currency();
        String per = ChartParts.perPoint(timeline);
        return ChartParts.stackedBarsWithLine(ChartKind.ELECTRICITY, timeline, style,
                new Layer("Facility energy (MWh " + per + ")", data.energyBySite(), "MWh"),
                new Layer("Electricity cost (" + currency + " " + per + ")", data.cost(), currency),
                data.emptyReason(),
                "Facility energy = IT energy × the site's PUE; rented capacity's power is paid in its fees.");
    }
}

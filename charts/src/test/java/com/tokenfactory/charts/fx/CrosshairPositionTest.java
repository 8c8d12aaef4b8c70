package com.tokenfactory.charts.fx;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.Results;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crosshair and zoom logic without a window. */
class CrosshairPositionTest {

    private static ChartRenderingInfo draw(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(1200, 700, info);
        return info;
    }

    @Test
    void snapsToTheNearestMonthAndReadsTheLeftAxis() {
        JFreeChart chart = ResultCharts.create(ChartKind.CASH_FLOW, Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        ChartRenderingInfo info = draw(chart);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        var axis = chart.getXYPlot().getDomainAxis();
        double x = axis.valueToJava2D(7.3, area, chart.getXYPlot().getDomainAxisEdge());
        CrosshairPosition at = CrosshairPosition.at(chart, info, x, area.getCenterY()).orElseThrow();
        assertEquals(7, at.point());
        assertEquals("Aug 2026", at.periodLabel());
        double expected = chart.getXYPlot().getRangeAxis().java2DToValue(area.getCenterY(), area,
                chart.getXYPlot().getRangeAxisEdge());
        assertEquals(expected, at.value().orElseThrow(), 1e-6);
    }

    @Test
    void chartsOfSeveralPlotsGiveNoSingleValueAndOutsideGivesNothing() {
        JFreeChart chart = ResultCharts.create(ChartKind.UNIT_ECONOMICS, Results.SMALL, Period.YEARLY,
                ChartStyle.DARK);
        ChartRenderingInfo info = draw(chart);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        CrosshairPosition at = CrosshairPosition.at(chart, info, area.getMaxX() - 1, area.getCenterY()).orElseThrow();
        assertEquals(2, at.point());
        assertEquals("Y3 (Jan – May 2028)", at.periodLabel());
        assertTrue(at.value().isEmpty());
        assertEquals(Optional.empty(), CrosshairPosition.at(chart, info, 1, 1));
    }

    @Test
    void axisRangesRestoreAutoAndFixedRanges() {
        JFreeChart chart = ResultCharts.create(ChartKind.YIELD, Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        draw(chart);
        AxisRanges asBuilt = AxisRanges.of(chart);
        var combined = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot();
        var percent = combined.getSubplots().get(1).getRangeAxis();
        var money = combined.getSubplots().get(0).getRangeAxis();
        var moneyRange = money.getRange();
        combined.getDomainAxis().setRange(3, 6);
        percent.setRange(20, 40);
        money.setRange(0, 1);
        asBuilt.restore();
        assertTrue(combined.getDomainAxis().isAutoRange());
        assertEquals(0, percent.getLowerBound(), 0.0);
        assertEquals(100, percent.getUpperBound(), 0.0);
        assertEquals(moneyRange, money.getRange());
    }
}

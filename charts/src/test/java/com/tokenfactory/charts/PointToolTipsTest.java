package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts built for the screen carry every point's tooltip already, the same text as written on demand. */
class PointToolTipsTest {

    @Test
    void chartsForTheScreenHoldTheTooltipsThatChartsWriteAsTheyDraw() {
        Map<ChartKind, JFreeChart> ahead = ResultCharts.forScreen(Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        Map<ChartKind, JFreeChart> plain = ResultCharts.all(Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        int points = 0;
        for (ChartKind kind : ChartKind.values()) {
            var aheadPlots = ResultChartsTest.plots(ahead.get(kind));
            var plainPlots = ResultChartsTest.plots(plain.get(kind));
            for (int p = 0; p < aheadPlots.size(); p++) {
                XYPlot a = aheadPlots.get(p);
                XYPlot b = plainPlots.get(p);
                for (int d = 0; d < a.getDatasetCount(); d++) {
                    XYDataset data = a.getDataset(d);
                    if (data == null || !(a.getRendererForDataset(data).getDefaultToolTipGenerator()
                            instanceof PointToolTips tips)) {
                        continue;
                    }
                    XYDataset plainData = b.getDataset(d);
                    var fresh = b.getRendererForDataset(plainData).getDefaultToolTipGenerator();
                    for (int s = 0; s < data.getSeriesCount(); s++) {
                        for (int i = 0; i < data.getItemCount(s); i++) {
                            String kept = tips.kept(data, s, i);
                            assertEquals(fresh.generateToolTip(plainData, s, i), kept, kind + " series " + s);
                            assertSame(kept, tips.generateToolTip(data, s, i), "looked up, not written again");
                            points++;
                        }
                    }
                }
            }
        }
        assertTrue(points > 100, "points with tooltips: " + points);
    }
}

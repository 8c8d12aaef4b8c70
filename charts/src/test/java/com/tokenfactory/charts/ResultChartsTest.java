package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.result.SimulationResult;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultChartsTest {
    private static final Map<String, SimulationResult> RESULTS = Map.of("reference", Results.REFERENCE,
            "small-3", Results.SMALL, "payback", Results.PAYBACK, "empty", Results.EMPTY,
            "rented-only", Results.RENTED_ONLY);

    static List<XYPlot> plots(JFreeChart chart) {
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots();
        }
        return List.of(chart.getXYPlot());
    }

    @TestFactory
    Collection<DynamicTest> everyChartDrawsForEveryKindOfResultPeriodAndStyle() {
        List<DynamicTest> tests = new ArrayList<>();
        RESULTS.forEach((name, result) -> {
            for (Period period : Period.values()) {
                for (ChartStyle style : ChartStyle.values()) {
                    tests.add(DynamicTest.dynamicTest(name + " " + period + " " + style, () -> {
                        Map<ChartKind, JFreeChart> charts = ResultCharts.all(result, period, style);
                        assertEquals(ChartKind.values().length, charts.size());
                        charts.forEach((kind, chart) -> {
                            BufferedImage image = ChartExporter.image(chart, new ChartSize(800, 500));
                            assertEquals(800, image.getWidth());
                            assertEquals(style.background().getRGB(), image.getRGB(2, 2), kind + " background");
                            assertEquals(kind.title(), chart.getTitle().getText());
                            assertEquals(style.foreground(), chart.getTitle().getPaint());
                        });
                    }));
                }
            }
        });
        return tests;
    }

    @Test
    void everyValueAxisStatesItsUnit() {
        List<String> units = List.of("USD", "MWh", "GPUs", "%", "tokens", "joule");
        for (ChartKind kind : ChartKind.values()) {
            for (Period period : Period.values()) {
                JFreeChart chart = ResultCharts.create(kind, Results.SMALL, period, ChartStyle.LIGHT);
                for (XYPlot plot : plots(chart)) {
                    for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                        ValueAxis axis = plot.getRangeAxis(i);
                        assertTrue(units.stream().anyMatch(axis.getLabel()::contains),
                                kind + " axis '" + axis.getLabel() + "' names a unit");
                    }
                }
                PeriodAxis time = (PeriodAxis) (chart.getPlot() instanceof CombinedDomainXYPlot c
                        ? c.getDomainAxis() : chart.getXYPlot().getDomainAxis());
                assertEquals(period.axisLabel(), time.getLabel());
                assertEquals(period == Period.MONTHLY ? 29 : 3, time.points());
            }
        }
    }

    @Test
    void monthlyAxesAreLabelledWithCalendarMonthsAndYearlyWithPlanYears() {
        PeriodAxis months = (PeriodAxis) ResultCharts.create(ChartKind.CAPEX, Results.SMALL, Period.MONTHLY,
                ChartStyle.LIGHT).getXYPlot().getDomainAxis();
        assertEquals("Jan 2026", months.labelAt(0));
        assertEquals("May 2028", months.labelAt(28));
        PeriodAxis years = (PeriodAxis) ResultCharts.create(ChartKind.CAPEX, Results.SMALL, Period.YEARLY,
                ChartStyle.LIGHT).getXYPlot().getDomainAxis();
        assertEquals("Y1 (2026)", years.labelAt(0));
        assertEquals("Y3 (Jan – May 2028)", years.labelAt(2));
        assertEquals(-0.5, years.getLowerBound(), 0.0, "the whole timeline, half a period either side");
        assertEquals(2.5, years.getUpperBound(), 0.0);
        assertEquals(28.5, months.getUpperBound(), 0.0);
    }

    @Test
    void thePaybackMonthIsMarkedAndNpvStated() {
        SimulationResult r = Results.PAYBACK;
        JFreeChart chart = ResultCharts.create(ChartKind.CASH_FLOW, r, Period.MONTHLY, ChartStyle.LIGHT);
        Collection<?> markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        assertEquals(1, markers.size());
        ValueMarker payback = (ValueMarker) markers.iterator().next();
        assertEquals(r.kpis().paybackMonth(), payback.getValue(), 0.0);
        assertEquals("Payback Jun 2029", payback.getLabel());
        String footnote = subtitles(chart).get(1);
        assertTrue(footnote.startsWith("NPV after tax $5.48M at the WACC with terminal value"), footnote);
        assertTrue(footnote.contains("payback Jun 2029 (month 42)"), footnote);
        assertEquals("Free cash flow after tax (USD per month), cumulative (USD)",
                chart.getXYPlot().getRangeAxis().getLabel(),
                "the bars are per month, the line a running total");
        assertEquals(r.kpis().paybackMonth() / 12, ((ValueMarker) ResultCharts.create(ChartKind.CASH_FLOW, r,
                Period.YEARLY, ChartStyle.DARK).getXYPlot().getDomainMarkers(Layer.FOREGROUND).iterator().next())
                .getValue(), 0.0);
    }

    @Test
    void withoutPaybackNoMarkerAndTheFootnoteSaysSo() {
        JFreeChart chart = ResultCharts.create(ChartKind.CASH_FLOW, Results.REFERENCE, Period.MONTHLY,
                ChartStyle.LIGHT);
        assertTrue(chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND) == null
                || chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND).isEmpty());
        assertTrue(subtitles(chart).get(1).endsWith("no payback within the horizon"));
    }

    @Test
    void everySeriesCarriesTheKeyOfItsPlanElement() {
        JFreeChart chart = ResultCharts.create(ChartKind.ELECTRICITY, Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        SeriesName site = (SeriesName) chart.getXYPlot().getDataset(0).getSeriesKey(0);
        assertEquals(SeriesKey.site(Results.SMALL.sites().get(0).siteId()), site.key());
        assertTrue(site.key().isElement());
        SeriesName cost = (SeriesName) chart.getXYPlot().getDataset(1).getSeriesKey(0);
        assertEquals(SeriesKey.total(SeriesKey.ELECTRICITY_COST), cost.key());
        assertFalse(cost.key().isElement());
    }

    @Test
    void tooltipsGiveSeriesPeriodValueAndUnit() {
        JFreeChart chart = ResultCharts.create(ChartKind.ELECTRICITY, Results.SMALL, Period.MONTHLY, ChartStyle.LIGHT);
        XYPlot plot = chart.getXYPlot();
        double mwh = Results.SMALL.sites().get(0).facilityMwh().get(12);
        String tip = plot.getRenderer(0).getDefaultToolTipGenerator().generateToolTip(plot.getDataset(0), 0, 12);
        assertEquals("Site 0 (PUE 1.30) · Jan 2027: " + new com.tokenfactory.charts.style.ReadableNumberFormat()
                .format(mwh) + " MWh", tip);
        String util = ResultCharts.create(ChartKind.YIELD, Results.REFERENCE, Period.YEARLY, ChartStyle.LIGHT)
                .getPlot() instanceof CombinedDomainXYPlot c ? c.getSubplots().get(1).getRenderer(0)
                .getDefaultToolTipGenerator().generateToolTip(c.getSubplots().get(1).getDataset(0), 0, 0) : "";
        assertTrue(util.matches("Owned GPUs · Y1 \\(2026\\): [0-9.]+%"), util);
    }

    static List<String> subtitles(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void unitEconomicsReadsAtTheDashboardsSize() {
        // the dashboard's slot: half of a 1600-pixel window, DashboardView.STACKED_CHART_HEIGHT (500) high
        JFreeChart chart = ResultCharts.create(ChartKind.UNIT_ECONOMICS, Results.PAYBACK, Period.MONTHLY,
                ChartStyle.LIGHT);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(780, 500, info);
        List<XYPlot> panels = plots(chart);
        assertEquals(3, panels.size());
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (int i = 0; i < panels.size(); i++) {
            ValueAxis axis = panels.get(i).getRangeAxis();
            double panelHeight = info.getPlotInfo().getSubplotInfo(i).getDataArea().getHeight();
            double labelLength = axis.getLabelFont().getStringBounds(axis.getLabel(), frc).getWidth();
            assertTrue(labelLength <= panelHeight, axis.getLabel() + ": " + labelLength + " px beside a panel of "
                    + panelHeight + " px");
            double tick = ((NumberAxis) axis).getTickUnit().getSize();
            long labelledTicks = (long) Math.floor(axis.getUpperBound() / tick) - (long) Math.ceil(axis.getLowerBound() / tick) + 1;
            assertTrue(labelledTicks >= 2, axis.getLabel() + ": " + labelledTicks + " labelled ticks");
        }
    }
}

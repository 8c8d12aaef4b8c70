package com.tokenfactory.app.gui.present.pptx;

import com.tokenfactory.app.gui.present.ChartSlide;
import com.tokenfactory.app.gui.present.Deck;
import com.tokenfactory.app.gui.present.DeckBuilder;
import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.samples.Samples;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PptxDeckTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    private static byte[] pptx(Plan plan, Deck deck) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PptxDeck.write(plan, deck, out);
        return out.toByteArray();
    }

    @Test
    void everySampleGivesA169DeckWithANativeChartPerChartSlideFootersAndSourcesInTheNotes() throws IOException {
        for (Samples.Sample sample : Samples.all()) {
            Plan plan = Samples.open(sample);
            Deck deck = DeckBuilder.build(plan, null, DATE, ChartStyle.LIGHT);
            byte[] bytes = pptx(plan, deck);
            List<String> charts = chartParts(bytes);
            long chartSlides = deck.slides().stream().filter(s -> s instanceof ChartSlide).count();
            // one part per chart panel: yield has two; the build-out's GPU timeline and the comparison add one each
            assertTrue(charts.size() >= chartSlides + 1, sample.title() + ": " + charts);
            try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
                assertEquals(960, ppt.getPageSize().width, "16:9 widescreen");
                assertEquals(540, ppt.getPageSize().height);
                assertEquals(PptxDeck.slideCount(plan, deck), ppt.getSlides().size(), sample.title());
                assertEquals(charts.size(), ppt.getCharts().size());
                for (XSLFSlide slide : ppt.getSlides()) {
                    String text = text(slide);
                    assertTrue(text.contains(plan.name() + " · 7 December 2026"), text);
                    XSLFNotes notes = ppt.getNotesSlide(slide);
                    assertTrue(text(notes).contains("Sources"), "speaker notes with sources: " + text(notes));
                }
            }
        }
    }

    @Test
    void theChartsHoldThePlansNumbers() throws IOException {
        Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        Deck deck = DeckBuilder.build(plan, null, DATE, ChartStyle.LIGHT);
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx(plan, deck)))) {
            // every chart slide: each series of its first panel, point by point, is the chart module's
            List<PeriodSummary> years = deck.result().years();
            for (ChartKind kind : List.of(ChartKind.CAPEX, ChartKind.ELECTRICITY, ChartKind.YIELD, ChartKind.CAPACITY)) {
                int index = slideIndex(deck, kind);
                ChartSlide slide = (ChartSlide) deck.slide(index);
                NativeChart expected = NativeCharts.of(slide.chart(), deck.result(), slide.period());
                List<NativeChart.SeriesValues> names = expected.panels().get(0).layers().stream()
                        .flatMap(l -> l.series().stream()).toList();
                List<XDDFChartData.Series> written = series(chartsOf(ppt.getSlides().get(index)).get(0));
                assertEquals(names.size(), written.size(), kind.title());
                for (int i = 0; i < names.size(); i++) {
                    for (int x = 0; x < expected.categories().size(); x++) {
                        double v = names.get(i).values()[x];
                        Number w = written.get(i).getValuesData().getPointAt(x);
                        assertEquals(Double.isNaN(v) ? null : v, w == null ? null : w.doubleValue(),
                                kind + " " + names.get(i).name() + " at " + x);
                    }
                }
            }
            // the CapEx slide: its cumulative line ends at the horizon's CapEx plus committed fees
            int capex = slideIndex(deck, ChartKind.CAPEX);
            NativeChart capexChart = NativeCharts.of(((ChartSlide) deck.slide(capex)).chart(), deck.result(),
                    ((ChartSlide) deck.slide(capex)).period());
            List<NativeChart.SeriesValues> capexSeries = capexChart.panels().get(0).layers().stream()
                    .flatMap(l -> l.series().stream()).toList();
            int cumulative = -1;
            for (int i = 0; i < capexSeries.size(); i++) {
                cumulative = capexSeries.get(i).name().startsWith("Cumulative") ? i : cumulative;
            }
            assertTrue(cumulative >= 0, "a cumulative series on the CapEx chart");
            double total = deck.result().kpis().horizon().capex() + deck.result().totals().rentalCommitted().total();
            Number last = series(chartsOf(ppt.getSlides().get(capex)).get(0)).get(cumulative).getValuesData()
                    .getPointAt(years.size() - 1);
            assertEquals(total, last.doubleValue(), total * 1e-9);
            // the scenario comparison follows the payback slide and names every scenario
            XSLFSlide comparison = ppt.getSlides().get(slideIndex(deck, ChartKind.CASH_FLOW) + 1);
            String text = text(comparison);
            assertTrue(text.contains("Scenarios compared"), text);
            plan.scenarios().forEach(s -> assertTrue(text.contains(s.name()), s.name()));
            assertFalse(chartsOf(comparison).isEmpty());
            // the plan has uncertain inputs: the fan follows, its stacked bands reaching the trials' P90
            XSLFSlide fan = ppt.getSlides().get(slideIndex(deck, ChartKind.CASH_FLOW) + 2);
            assertTrue(text(fan).contains("Cash flow under uncertainty"), text(fan));
            com.tokenfactory.core.uncertainty.MonteCarloResult.Fan expectedFan = com.tokenfactory.core.uncertainty
                    .MonteCarlo.run(plan, null, com.tokenfactory.core.uncertainty.MonteCarlo.Settings.of(
                            UncertaintySlides.TRIALS, UncertaintySlides.SEED))
                    .fan(com.tokenfactory.core.uncertainty.Metric.CASH);
            List<XDDFChartData.Series> bands = series(chartsOf(fan).get(0));
            assertEquals(6, bands.size(), "base, three bands, the median and the plan's line");
            int lastMonth = expectedFan.months() - 1;
            double top = 0;
            for (int b = 0; b < 4; b++) {
                top += bands.get(b).getValuesData().getPointAt(lastMonth).doubleValue();
            }
            assertEquals(expectedFan.p90()[lastMonth], top, Math.abs(expectedFan.p90()[lastMonth]) * 1e-9);
            XSLFSlide tornado = ppt.getSlides().get(slideIndex(deck, ChartKind.CASH_FLOW) + 3);
            assertTrue(text(tornado).contains("What moves NPV"), text(tornado));
            assertEquals(2, series(chartsOf(tornado).get(0)).size());
        }
    }

    @Test
    void chartAxesUseTheScaleOfTheirLargestFigure() {
        NativeChart.Panel money = new NativeChart.Panel("USD", null, List.of(new NativeChart.Layer(
                NativeChart.Shape.BAR, false, List.of(new NativeChart.SeriesValues("a", new double[]{4.6e9, -1e9})))));
        assertEquals("\\$#,##0.0,,,\"B\";\u2212\\$#,##0.0,,,\"B\"", NativeChartWriter.axisFormat(money, false));
        NativeChart.Panel energy = new NativeChart.Panel("MWh", null, List.of(new NativeChart.Layer(
                NativeChart.Shape.LINE, false, List.of(new NativeChart.SeriesValues("a", new double[]{420_000})))));
        assertEquals("#,##0.0,\"k\";\u2212#,##0.0,\"k\"", NativeChartWriter.axisFormat(energy, false));
    }

    private static List<XDDFChartData.Series> series(XSLFChart chart) {
        List<XDDFChartData.Series> out = new ArrayList<>();
        for (XDDFChartData data : chart.getChartSeries()) {
            for (int i = 0; i < data.getSeriesCount(); i++) {
                out.add(data.getSeries(i));
            }
        }
        return out;
    }

    private static int slideIndex(Deck deck, ChartKind kind) {
        for (int i = 0; i < deck.size(); i++) {
            if (deck.slide(i) instanceof ChartSlide c && c.kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " slide");
    }

    private static List<XSLFChart> chartsOf(XSLFSlide slide) {
        List<XSLFChart> out = new ArrayList<>();
        slide.getRelations().forEach(r -> {
            if (r instanceof XSLFChart c) {
                out.add(c);
            }
        });
        return out;
    }

    static List<String> chartParts(byte[] pptx) throws IOException {
        List<String> out = new ArrayList<>();
        Pattern chart = Pattern.compile("ppt/charts/chart\\d+\\.xml");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pptx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (chart.matcher(e.getName()).matches()) {
                    out.add(e.getName());
                }
            }
        }
        return out;
    }

    private static String text(org.apache.poi.xslf.usermodel.XSLFSheet sheet) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape shape : sheet.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                b.append(t.getText()).append('\n');
            } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
                table.getRows().forEach(r -> r.getCells().forEach(c -> b.append(c.getText()).append(' ')));
            }
        }
        return b.toString();
    }
}

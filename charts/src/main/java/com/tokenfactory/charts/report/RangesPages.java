package com.tokenfactory.charts.report;

import com.tokenfactory.charts.Ranges;
import com.tokenfactory.charts.UncertaintyCharts;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ranges pages of a plan with uncertain inputs: the KPIs' P10/P50/P90 over the Monte Carlo trials beside the NPV
 * histogram (with the probability of loss), the fans of the key monthly series, and the NPV tornado.
 */
final class RangesPages {
    static final String SUMMARY = "Ranges: key figures over the Monte Carlo trials";
    static final String FANS = "Ranges: the key series month by month";
    static final String TORNADO = "Ranges: what moves NPV";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private RangesPages() {
    }

    static void add(ReportDocument doc, Ranges ranges, ReportOptions options) throws IOException {
        MonteCarloResult r = ranges.monteCarlo();
        ChartStyle style = options.chartStyle();
        try (PageWriter page = doc.newPage(SUMMARY)) {
            page.line(Numbers.whole(r.trialsRun()) + " trials, seed " + r.seed()
                    + (r.scenarioId() == null ? "" : ", scenario " + r.scenarioId()) + " · probability of loss "
                    + Numbers.percent(r.probabilityOfLoss()), doc.bold, 13, ReportDocument.TEXT);
            page.skip(8);
            float gap = 18;
            float tableWidth = PageWriter.width() * 0.42f;
            float top = page.cursor();
            page.table(ReportTable.of(List.of("Figure", "Plan", "P10", "P50", "P90"), rows(r),
                    new float[]{1.6f, 1, 1, 1, 1}, new boolean[]{false, true, true, true, true}, 9), 0,
                    PageWriter.left(), tableWidth);
            page.skip(10);
            page.paragraph("P10 is the value 10% of the trials fall below, P90 the value 90% fall below. Probability "
                    + "that more than " + Numbers.percent(r.unservedThreshold()) + " of demand goes unserved: "
                    + Numbers.percent(r.probabilityUnservedAbove()) + ". The plan's inputs and their distributions "
                    + "are in the plan file ('uncertainty'); 'tokenfactory simulate' with the same seed prints the "
                    + "same figures.", doc.regular, 9, ReportDocument.MUTED, tableWidth);
            page.moveTo(top);
            chart(doc, page, UncertaintyCharts.histogram(r, Kpi.NPV, style),
                    PageWriter.left() + tableWidth + gap, top, PageWriter.width() - tableWidth - gap, page.remaining());
        }
        try (PageWriter page = doc.newPage(FANS)) {
            float top = page.cursor();
            float gap = 12;
            float w = (PageWriter.width() - gap) / 2;
            float h = (page.remaining() - gap) / 2;
            List<Metric> series = Ranges.KEY_SERIES;
            for (int i = 0; i < series.size(); i++) {
                float x = PageWriter.left() + (i % 2) * (w + gap);
                float y = top - (i / 2) * (h + gap);
                chart(doc, page, UncertaintyCharts.fan(r, series.get(i), style), x, y, w, h);
            }
        }
        if (!ranges.tornado().bars().isEmpty()) {
            try (PageWriter page = doc.newPage(TORNADO)) {
                chart(doc, page, UncertaintyCharts.tornado(ranges.tornado(), r.planName(), r.currency(), style),
                        PageWriter.left(), page.cursor(), PageWriter.width(), page.remaining());
            }
        }
    }

    /**
     * Draws a chart with its top left corner at (x, top). A chart smaller than a page is laid out as on a full page
     * and scaled down, so its text keeps the proportions of the full-page charts and long axis labels still fit.
     */
    private static void chart(ReportDocument doc, PageWriter page, JFreeChart chart, float x, float top, float width,
                              float height) throws IOException {
        float scale = Math.min(1, Math.max(width / PageWriter.width(), 0.55f));
        page.form(doc.importForm(ChartExporter.pdf(chart, new ChartSize((int) (width / scale),
                (int) (height / scale)))), x, top - height, scale);
    }

    private static List<List<String>> rows(MonteCarloResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (Kpi k : Kpi.values()) {
            MonteCarloResult.Spread s = r.kpi(k);
            // percentiles of the trials that have the figure (a payback, an IRR): say how many they are
            String label = s.missing() == 0 ? k.label() : k.label() + " (" + Numbers.whole(s.count()) + " of "
                    + Numbers.whole(r.trialsRun()) + " trials have one)";
            rows.add(List.of(label, format(k, k.of(r.deterministic()), r), format(k, s.percentile(0.1), r),
                    format(k, s.percentile(0.5), r), format(k, s.percentile(0.9), r)));
        }
        return rows;
    }

    static String format(Kpi k, double v, MonteCarloResult r) {
        if (!Double.isFinite(v)) {
            return k == Kpi.PAYBACK ? "after the horizon" : Numbers.UNKNOWN;
        }
        return switch (k) {
            case NPV, REVENUE -> Numbers.moneyFigure(v, r.currency());
            case IRR -> Numbers.rate(v);
            case UNSERVED -> Numbers.share(v);
            case PAYBACK -> MONTH.format(r.start().plusMonths(Math.round(v)));
            case PEAK_POWER -> Numbers.powerMw(v);
        };
    }
}

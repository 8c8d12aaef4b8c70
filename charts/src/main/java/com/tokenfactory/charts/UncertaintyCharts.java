package com.tokenfactory.charts;

import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.charts.style.ReadableNumberFormat;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.core.uncertainty.Tornado;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;

/**
 * The Monte Carlo's charts: a fan per metric (P10–P90 and P25–P75 bands, the P50 line, the deterministic run dashed
 * over it), the NPV histogram with its cumulative share, and the tornado of one-at-a-time swings. Headless, styled
 * like the result charts, exported by {@code ChartExporter}.
 */
public final class UncertaintyCharts {
    /** Share of trials left outside the histogram's axis at each end (they are counted in its outermost bars). */
    static final double TAIL = 0.005;
    private static final TickUnits SHARE_TICKS = new TickUnits();

    static {
        for (double step : new double[]{0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5}) {
            SHARE_TICKS.add(new NumberTickUnit(step, new DecimalFormat("0%")));
        }
    }

    private UncertaintyCharts() {
    }

    /** The fan of one metric over the plan's months (x in calendar years, e.g. 2028.5 is July 2028). */
    public static JFreeChart fan(MonteCarloResult r, Metric metric, ChartStyle style) {
        MonteCarloResult.Fan f = r.fan(metric);
        YIntervalSeries outer = new YIntervalSeries("P10–P90");
        YIntervalSeries inner = new YIntervalSeries("P25–P75");
        XYSeries median = new XYSeries("P50");
        XYSeries deterministic = new XYSeries("Plan (no uncertainty)");
        for (int m = 0; m < f.months(); m++) {
            double x = r.start().getYear() + (r.start().getMonthValue() - 1 + m) / 12.0;
            outer.add(x, f.p50()[m], f.p10()[m], f.p90()[m]);
            inner.add(x, f.p50()[m], f.p25()[m], f.p75()[m]);
            median.add(x, f.p50()[m]);
            deterministic.add(x, f.deterministic()[m]);
        }
        NumberAxis years = new NumberAxis("Year");
        years.setAutoRangeIncludesZero(false);
        years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(years);
        if (metric.unit().equals("fraction")) {
            NumberAxis share = new NumberAxis(metric.label() + " (%)");
            share.setNumberFormatOverride(new DecimalFormat("0%"));
            share.setStandardTickUnits(SHARE_TICKS);
            plot.setRangeAxis(share);
        } else {
            plot.setRangeAxis(new ReadableAxis(metric.label() + " (" + unit(metric, r) + ")"));
        }
        plot.setRangeZeroBaselineVisible(true);
        plot.setDataset(0, new XYSeriesCollection(deterministic));
        plot.setRenderer(0, line(style.foreground(), true));
        plot.setDataset(1, new XYSeriesCollection(median));
        plot.setRenderer(1, line(style.accent(), false));
        plot.setDataset(2, intervals(inner));
        plot.setRenderer(2, band(style.accent(), 0.35f));
        plot.setDataset(3, intervals(outer));
        plot.setRenderer(3, band(style.accent(), 0.18f));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        String title = metric.label() + ": range over " + String.format(Locale.ROOT, "%,d", r.trialsRun()) + " trials";
        return chart(title, plot, style, subtitle(r), null);
    }

    /** Share of trials per NPV bin (bars) and the share at or below each value (line, right axis). */
    public static JFreeChart histogram(MonteCarloResult r, Kpi kpi, ChartStyle style) {
        MonteCarloResult.Spread s = r.kpi(kpi);
        double[] v = s.sorted();
        XYPlot plot = new XYPlot();
        NumberAxis values = new ReadableAxis(kpi.label() + " (" + unit(kpi, r) + ")");
        values.setAutoRangeIncludesZero(false);
        plot.setDomainAxis(values);
        NumberAxis share = new NumberAxis("Share of trials per bin");
        share.setNumberFormatOverride(new DecimalFormat("0%"));
        NumberAxis cumulative = new NumberAxis("Share at or below");
        cumulative.setNumberFormatOverride(new DecimalFormat("0%"));
        cumulative.setRange(0, 1);
        cumulative.setTickUnit(new NumberTickUnit(0.1, new DecimalFormat("0%")));
        plot.setRangeAxis(0, share);
        plot.setRangeAxis(1, cumulative);
        boolean tails = false;
        if (v.length > 0) {
            int bins = Math.max(5, Math.min(40, (int) Math.ceil(Math.sqrt(v.length))));
            // a few extreme trials (a boom path) would squeeze every other bar into one corner: the axis spans
            // P0.5 to P99.5 and the outermost bars count the trials beyond (the footnote says so)
            double lo = s.percentile(TAIL);
            double hi = s.percentile(1 - TAIL);
            if (!(hi > lo)) {
                lo = v[0];
                hi = v[v.length - 1];
            }
            tails = v[0] < lo || v[v.length - 1] > hi;
            double width = hi > lo ? (hi - lo) / bins : 1;
            double[] counts = new double[bins];
            for (double x : v) {
                counts[Math.max(0, Math.min(bins - 1, (int) Math.floor((x - lo) / width)))]++;
            }
            XYSeries bars = new XYSeries("Trials");
            double tallest = 0;
            for (int b = 0; b < bins; b++) {
                bars.add(lo + (b + 0.5) * width, counts[b] / v.length);
                tallest = Math.max(tallest, counts[b] / v.length);
            }
            share.setTickUnit(new NumberTickUnit(shareStep(tallest), new DecimalFormat("0%")));
            XYSeries cdf = new XYSeries("Cumulative share");
            int step = Math.max(1, v.length / 400);
            int below = 0;
            for (int i = 0; i < v.length; i += step) {
                if (v[i] >= lo && v[i] <= hi) {
                    cdf.add(v[i], (i + 1.0) / v.length);
                }
            }
            while (below < v.length && v[below] <= hi) {
                below++;
            }
            cdf.add(hi, (double) below / v.length);
            values.setRange(lo - width, hi + width);
            XYBarRenderer barRenderer = new XYBarRenderer(0.1);
            barRenderer.setBarPainter(new StandardXYBarPainter());
            barRenderer.setShadowVisible(false);
            barRenderer.setSeriesPaint(0, ChartStyle.withAlpha(style.accent(), 0.6));
            XYSeriesCollection binned = new XYSeriesCollection(bars);
            binned.setIntervalWidth(width);
            plot.setDataset(0, binned);
            plot.setRenderer(0, barRenderer);
            plot.setDataset(1, new XYSeriesCollection(cdf));
            plot.setRenderer(1, line(style.foreground(), false));
            plot.mapDatasetToRangeAxis(1, 1);
            if (kpi == Kpi.NPV && lo < 0 && hi > 0) {
                ValueMarker zero = new ValueMarker(0, style.danger(), new BasicStroke(1.5f));
                zero.setLabel("NPV 0");
                zero.setLabelFont(style.tickFont());
                zero.setLabelPaint(style.danger());
                zero.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                zero.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                zero.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
                plot.addDomainMarker(zero);
            }
        }
        String tailNote = tails ? " · the outermost bars include the trials beyond the axis" : "";
        // the probability as every other place prints it (Numbers.percent), so the chart and `simulate` agree
        String footnote = kpi == Kpi.NPV ? String.format(Locale.ROOT,
                "Probability of loss (NPV < 0): %s · P10 %s · P50 %s · P90 %s %s%s",
                Numbers.percent(r.probabilityOfLoss()), readable(s.percentile(0.1)), readable(s.percentile(0.5)),
                readable(s.percentile(0.9)), r.currency(), tailNote)
                : s.missing() > 0 ? s.missing() + " trials have no " + kpi.label() + tailNote
                : tails ? tailNote.substring(3) : null;
        return chart(kpi.label() + ": distribution over " + String.format(Locale.ROOT, "%,d", r.trialsRun())
                + " trials", plot, style, subtitle(r), footnote);
    }

    /** One bar per input from the plan's KPI to the KPI at the input's P10 and at its P90, strongest on top. */
    public static JFreeChart tornado(Tornado.Result t, String planName, String currency, ChartStyle style) {
        List<Tornado.Bar> bars = t.bars();
        int n = bars.size();
        Number[][] starts = new Number[2][n];
        Number[][] ends = new Number[2][n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            Tornado.Bar b = bars.get(i);
            names[i] = b.name();
            starts[0][i] = t.base();
            ends[0][i] = finiteOr(b.kpiAtLow(), t.base());
            starts[1][i] = t.base();
            ends[1][i] = finiteOr(b.kpiAtHigh(), t.base());
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(
                new String[]{"Input at P10", "Input at P90"}, names, starts, ends);
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(-1.0);
        renderer.setSeriesPaint(0, ChartStyle.withAlpha(style.danger(), 0.75));
        renderer.setSeriesPaint(1, ChartStyle.withAlpha(style.success(), 0.75));
        CategoryAxis inputs = new CategoryAxis();
        inputs.setTickLabelFont(style.tickFont());
        inputs.setTickLabelPaint(style.foreground());
        inputs.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis value = new ReadableAxis(t.kpi().label() + " (" + (t.kpi() == Kpi.NPV || t.kpi() == Kpi.REVENUE
                ? currency : t.kpi().unit()) + ")");
        value.setAutoRangeIncludesZero(false);
        // JFreeChart's auto range reads only the bars' end values of one series; set it from both ends and the plan
        double lo = t.base();
        double hi = t.base();
        for (int i = 0; i < n; i++) {
            for (Number[] series : ends) {
                lo = Math.min(lo, series[i].doubleValue());
                hi = Math.max(hi, series[i].doubleValue());
            }
        }
        double margin = hi > lo ? 0.05 * (hi - lo) : Math.max(1, Math.abs(hi) * 0.05);
        value.setRange(lo - margin, hi + margin);
        CategoryPlot plot = new CategoryPlot(data, inputs, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(style.grid());
        ValueMarker base = new ValueMarker(t.base(), style.foreground(), new BasicStroke(1.5f));
        base.setLabel("plan " + readable(t.base()));
        base.setLabelPaint(style.foreground());
        base.setLabelFont(style.tickFont());
        base.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        base.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        base.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        plot.addRangeMarker(base);
        for (var axis : new org.jfree.chart.axis.Axis[]{inputs, value}) {
            axis.setLabelFont(style.axisLabelFont());
            axis.setLabelPaint(style.foreground());
            axis.setAxisLinePaint(style.grid());
        }
        value.setTickLabelFont(style.tickFont());
        value.setTickLabelPaint(style.muted());
        JFreeChart chart = new JFreeChart(t.kpi().label() + ": each input at its P10 and P90, one at a time",
                style.titleFont(), plot, true);
        TextTitle sub = new TextTitle(planName + " · " + n + " inputs · the others as the plan has them",
                style.subtitleFont());
        sub.setPaint(style.muted());
        chart.addSubtitle(sub);
        chart.setBackgroundPaint(style.background());
        plot.setBackgroundPaint(style.background());
        plot.setOutlineVisible(false);
        chart.getTitle().setPaint(style.foreground());
        chart.getLegend().setBackgroundPaint(style.background());
        chart.getLegend().setItemPaint(style.foreground());
        chart.getLegend().setFrame(BlockBorder.NONE);
        return chart;
    }

    /** A step for the share-of-trials axis giving five to ten labelled ticks up to the tallest bar. */
    static double shareStep(double tallest) {
        for (double step : new double[]{0.01, 0.02, 0.05, 0.1, 0.2, 0.25}) {
            if (tallest / step <= 8) {
                return step;
            }
        }
        return 0.25;
    }

    private static YIntervalSeriesCollection intervals(YIntervalSeries series) {
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(series);
        return c;
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    private static String subtitle(MonteCarloResult r) {
        return r.planName() + (r.scenarioId() != null ? " · scenario " + r.scenarioId() : "") + " · seed " + r.seed()
                + (r.cancelled() ? " · cancelled after " + r.trialsRun() + " trials" : "");
    }

    private static JFreeChart chart(String title, XYPlot plot, ChartStyle style, String subtitle, String footnote) {
        JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, true);
        TextTitle sub = new TextTitle(subtitle, style.subtitleFont());
        sub.setPaint(style.muted());
        chart.addSubtitle(sub);
        if (footnote != null) {
            TextTitle foot = new TextTitle(footnote, style.subtitleFont());
            foot.setPosition(RectangleEdge.BOTTOM);
            foot.setPaint(style.muted());
            foot.setPadding(new RectangleInsets(2, 8, 2, 8));
            chart.addSubtitle(foot);
        }
        Styler.apply(chart, style);
        return chart;
    }

    private static XYLineAndShapeRenderer line(Color paint, boolean dashed) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, paint);
        r.setSeriesStroke(0, dashed
                ? new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0)
                : new BasicStroke(2.2f));
        return r;
    }

    private static DeviationRenderer band(Color paint, float alpha) {
        // with neither lines nor shapes, JFreeChart's legend would show the band's name without a swatch
        DeviationRenderer r = new DeviationRenderer(false, false) {
            private static final long serialVersionUID = 1L;

            @Override
            public LegendItem getLegendItem(int datasetIndex, int series) {
                LegendItem item = super.getLegendItem(datasetIndex, series);
                if (item == null) {
                    return null;
                }
                LegendItem swatch = new LegendItem(item.getLabel(), null, null, null,
                        new Rectangle2D.Double(-6, -5, 12, 10), ChartStyle.withAlpha(paint, alpha));
                swatch.setLabelFont(item.getLabelFont());
                swatch.setLabelPaint(item.getLabelPaint());
                swatch.setDataset(item.getDataset());
                swatch.setDatasetIndex(item.getDatasetIndex());
                swatch.setSeriesKey(item.getSeriesKey());
                swatch.setSeriesIndex(item.getSeriesIndex());
                return swatch;
            }
        };
        r.setSeriesPaint(0, paint);
        r.setSeriesFillPaint(0, paint);
        r.setAlpha(alpha);
        return r;
    }

    private static String unit(Metric m, MonteCarloResult r) {
        if (m == Metric.CASH) {
            return r.currency();
        }
        return m.unit().equals("USD") ? r.currency() + " per month" : m.unit();
    }

    private static String unit(Kpi k, MonteCarloResult r) {
        return k.unit().equals("USD") ? r.currency() : k.unit();
    }

    private static String readable(double v) {
        return new ReadableNumberFormat().format(v);
    }
}

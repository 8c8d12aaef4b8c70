package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pieces every chart is made of, so that all charts look and behave alike. */
final class ChartParts {
    private static final float LINE_WIDTH = 2.2f;

    private ChartParts() {
    }

    static PeriodAxis timeAxis(Timeline timeline) {
        return new PeriodAxis(timeline);
    }

    /** A value axis whose label carries the unit, e.g. "Facility energy (MWh per month)". */
    static NumberAxis valueAxis(String labelWithUnit) {
        return new ReadableAxis(labelWithUnit);
    }

    /** "per month" or "per year": the unit of a flow shown per point. */
    static String perPoint(Timeline timeline) {
        return timeline.period() == Period.MONTHLY ? "per month" : "per year";
    }

    static XYPlot plot(PeriodAxis domain, NumberAxis range) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(domain);
        plot.setRangeAxis(range);
        plot.setDomainPannable(true);
        plot.setRangeZeroBaselineVisible(true);
        return plot;
    }

    /** Adds a dataset with its renderer and tooltips; {@code axis} 0 is the left value axis, 1 the right one. */
    static void add(XYPlot plot, int index, XYDataset dataset, XYItemRenderer renderer, int axis, PeriodAxis time,
                    String unit) {
        renderer.setDefaultToolTipGenerator(new PointToolTips(time, unit));
        plot.setRenderer(index, renderer); // before the dataset: the plot ranges the new data with this renderer
        plot.mapDatasetToRangeAxis(index, axis);
        plot.setDataset(index, dataset);
    }

    /** A dataset with the label of the value axis it is drawn against and the unit its tooltips give. */
    record Layer(String axisLabel, XYDataset dataset, String unit) {
    }

    /**
     * A chart of stacked bars against the left axis, coloured from the palette, and one line in the foreground colour
     * against a right axis (CapEx with its running total, energy with its cost). When the plot is empty it says why,
     * and the footnote is left out.
     */
    static JFreeChart stackedBarsWithLine(ChartKind kind, Timeline timeline, ChartStyle style, Layer bars, Layer line,
                                          Optional<String> emptyReason, String footnote) {
        PeriodAxis time = timeAxis(timeline);
        XYPlot plot = plot(time, valueAxis(bars.axisLabel()));
        plot.setRangeAxis(1, valueAxis(line.axisLabel()));
        StackedXYBarRenderer stack = stackedBars();
        colourByPalette(stack, bars.dataset(), style, 0);
        add(plot, 0, bars.dataset(), stack, 0, time, bars.unit());
        XYLineAndShapeRenderer lines = lines(timeline);
        paint(lines, style.foreground());
        add(plot, 1, line.dataset(), lines, 1, time, line.unit());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        whyEmpty(plot, emptyReason);
        return chart(kind, plot, timeline, style, List.of(), emptyReason.isPresent() ? null : footnote);
    }

    static StackedXYBarRenderer stackedBars() {
        return flat(new StackedXYBarRenderer(0.2));
    }

    /** Bars in flat colour: no gradient, shadow or outline. Returns {@code bars}. */
    static <R extends XYBarRenderer> R flat(R bars) {
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        return bars;
    }

    static StackedXYAreaRenderer2 stackedAreas() {
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        r.setRoundXCoordinates(true);
        return r;
    }

    /** Lines; yearly charts have few points, so they get markers too. */
    static XYLineAndShapeRenderer lines(Timeline timeline) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, timeline.period() == Period.YEARLY);
        r.setDefaultStroke(lineStroke());
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8));
        r.setAutoPopulateSeriesShape(false);
        return r;
    }

    static BasicStroke lineStroke() {
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * Colours series in order from the style's palette; series summing up "the others" are grey (a second one a
     * different grey). Returns the next palette colour, so a following dataset can continue the sequence.
     */
    static int colourByPalette(XYItemRenderer r, XYDataset dataset, ChartStyle style, int firstColour) {
        int colour = firstColour;
        int others = 0;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            SeriesName name = (SeriesName) dataset.getSeriesKey(s);
            boolean isOthers = name.key().id().startsWith("other-");
            Paint paint = isOthers ? (others++ == 0 ? style.other() : style.secondOther()) : style.series(colour++);
            r.setSeriesPaint(s, paint);
        }
        return colour;
    }

    static void paint(XYItemRenderer r, Color... paints) {
        for (int i = 0; i < paints.length; i++) {
            r.setSeriesPaint(i, paints[i]);
        }
    }

    /** Colours plan-wide series by their figure (the id of their {@link SeriesKey}), wherever they sit. */
    static void paintByFigure(XYItemRenderer r, XYDataset dataset, Map<String, Color> paints) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            Color c = paints.get(((SeriesName) dataset.getSeriesKey(s)).key().id());
            if (c != null) {
                r.setSeriesPaint(s, c);
            }
        }
    }

    /** Writes why the plot is empty across it (MZmine style), when it is. */
    static void whyEmpty(XYPlot plot, Optional<String> reason) {
        reason.ifPresent(plot::setNoDataMessage);
    }

    /**
     * The chart: title, a subtitle naming the plan, scenario and period, legend at the bottom, then under the plot any
     * warnings (why a part of the chart is missing) and an explanatory footnote.
     */
    static JFreeChart chart(ChartKind kind, XYPlot plot, Timeline timeline, ChartStyle style, List<String> warnings,
                            String footnote) {
        JFreeChart chart = new JFreeChart(kind.title(), style.titleFont(), plot, true);
        TextTitle description = new TextTitle(describe(timeline), style.subtitleFont());
        description.setPaint(style.muted());
        chart.addSubtitle(description);
        if (footnote != null) {
            chart.addSubtitle(bottomLine(footnote, style.muted(), style));
        }
        for (String warning : warnings) {
            chart.addSubtitle(bottomLine(warning, style.warning(), style));
        }
        Styler.apply(chart, style);
        return chart;
    }

    private static TextTitle bottomLine(String text, Color paint, ChartStyle style) {
        TextTitle t = new TextTitle(text, style.subtitleFont());
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(2, 8, 2, 8));
        t.setPaint(paint);
        return t;
    }

    /** "Reference plan · scenario Demand ×2 · monthly · USD". */
    static String describe(Timeline timeline) {
        var r = timeline.result();
        StringBuilder b = new StringBuilder(r.planName());
        if (r.scenarioName() != null) {
            b.append(" · scenario ").append(r.scenarioName());
        }
        b.append(" · ").append(timeline.period() == Period.MONTHLY ? "monthly" : "by plan year");
        b.append(" · ").append(r.currency());
        return b.toString();
    }
}

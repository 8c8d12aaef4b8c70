package com.tokenfactory.charts;

import com.tokenfactory.charts.data.CashFlowData;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.Kpis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Cash flow bars (green in, red out), cumulative cash flow, the payback month marked, NPV and IRR in the footnote. */
final class CashFlowChart {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private CashFlowChart() {
    }

    static JFreeChart create(Timeline timeline, ChartStyle style) {
        CashFlowData data = CashFlowData.of(timeline);
        String currency = timeline.result().currency();
        PeriodAxis time = ChartParts.timeAxis(timeline);
        XYPlot plot = ChartParts.plot(time, ChartParts.valueAxis(
                "Free cash flow after tax (" + currency + " " + ChartParts.perPoint(timeline) + "), cumulative ("
                        + currency + ")"));
        XYBarRenderer bars = ChartParts.flat(new SignedBars(data, ChartStyle.withAlpha(style.success(), 0.6),
                ChartStyle.withAlpha(style.danger(), 0.6)));
        ChartParts.add(plot, 0, data.cashFlow(), bars, 0, time, currency);
        XYLineAndShapeRenderer line = ChartParts.lines(timeline);
        ChartParts.paint(line, style.accent());
        ChartParts.add(plot, 1, data.cumulative(), line, 0, time, currency);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartParts.whyEmpty(plot, data.emptyReason());
        if (data.emptyReason().isEmpty()) {
            plot.setFixedLegendItems(legend(plot, data, style));
        }
        data.paybackPoint().ifPresent(point -> plot.addDomainMarker(
                paybackMarker(point, point > 0.7 * (timeline.size() - 1), data, style), Layer.FOREGROUND));
        return ChartParts.chart(ChartKind.CASH_FLOW, plot, timeline, style, List.of(),
                headline(data.kpis(), currency));
    }

    /** The bars are coloured by sign, so their legend shows both colours, keyed to the cash flow series. */
    private static LegendItemCollection legend(XYPlot plot, CashFlowData data, ChartStyle style) {
        SeriesName flow = (SeriesName) data.cashFlow().getSeriesKey(0);
        LegendItemCollection items = new LegendItemCollection();
        for (boolean in : new boolean[]{true, false}) {
            String label = in ? "Net cash in" : "Net cash out";
            LegendItem item = new LegendItem(label, null, label, null, new Rectangle2D.Double(-6, -4, 12, 8),
                    ChartStyle.withAlpha(in ? style.success() : style.danger(), 0.6));
            item.setSeriesKey(flow);
            items.add(item);
        }
        items.add(plot.getRenderer(1).getLegendItem(1, 0));
        return items;
    }

    static String paybackLabel(CashFlowData data) {
        return data.paybackMonth().map(m -> "Payback " + MONTH.format(m)).orElse("No payback within the horizon");
    }

    /** A dashed line at the payback point, its label to the right, or to the left near the end of the axis. */
    private static ValueMarker paybackMarker(int point, boolean labelLeft, CashFlowData data, ChartStyle style) {
        ValueMarker marker = new ValueMarker(point, style.success(),
                new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0));
        marker.setLabel(paybackLabel(data));
        marker.setLabelFont(style.subtitleFont().deriveFont(Font.BOLD));
        marker.setLabelPaint(style.success());
        marker.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        return marker;
    }

    /** "NPV after tax $12.3M at the WACC with terminal value ($8.1M without) · IRR 18.2% a year · payback …". */
    static String headline(Kpis kpis, String currency) {
        String irr = kpis.irr() == null ? "IRR undefined (earns before investing, or no single rate)"
                : "IRR " + Numbers.share(kpis.irr()) + " a year";
        String payback = kpis.paybackYearMonth() == null ? "no payback within the horizon"
                : "payback " + MONTH.format(kpis.paybackYearMonth()) + " (month " + (kpis.paybackMonth() + 1) + ")";
        return "NPV after tax " + Numbers.moneyFigure(kpis.npv(), currency) + " at the WACC with terminal value ("
                + Numbers.moneyFigure(kpis.npvExcludingTerminalValue(), currency) + " without) · " + irr + " · " + payback;
    }

    /** Bars coloured by sign: money in green, money out red. */
    private static final class SignedBars extends XYBarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient CashFlowData data;
        private final Color positive;
        private final Color negative;

        SignedBars(CashFlowData data, Color positive, Color negative) {
            super(0.25);
            this.data = data;
            this.positive = positive;
            this.negative = negative;
        }

        @Override
        public Paint getItemPaint(int series, int item) {
            return data.cashFlow().getYValue(series, item) >= 0 ? positive : negative;
        }
    }
}

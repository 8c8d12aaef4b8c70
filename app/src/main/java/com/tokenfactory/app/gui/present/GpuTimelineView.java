package com.tokenfactory.app.gui.present;

import com.tokenfactory.app.gui.present.BuildOutSlide.GpuTimeline;
import com.tokenfactory.app.gui.present.BuildOutSlide.SkuBand;
import com.tokenfactory.charts.style.ChartStyle;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.time.YearMonth;
import java.util.List;

/**
 * GPUs online by SKU over the horizon, drawn on a canvas: stacked bands in whole-month steps, in the charts' colours,
 * with the SKU names as a legend above, the count on the left and the years below. Sizes follow the root font size, so
 * it reads from the back of the room. Takes whatever height its slide leaves it.
 */
final class GpuTimelineView extends Region {
    private final GpuTimeline timeline;
    private final SlideContext context;
    private final Canvas canvas = new Canvas();

    GpuTimelineView(GpuTimeline timeline, SlideContext context) {
        this.timeline = timeline;
        this.context = context;
        getChildren().add(canvas);
        context.fontSize().addListener(o -> requestLayout());
        setMinHeight(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 9 * context.fontSize().get();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 7 * context.fontSize().get();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        ChartStyle style = context.theme().chartStyle();
        double em = context.fontSize().get();
        Font font = Font.font(Font.getDefault().getFamily(), 0.9 * em);
        Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 0.9 * em);
        double legendBottom = legend(g, bold, style, w, em);
        double peak = timeline.peak();
        if (timeline.months() == 0 || peak <= 0 || h - legendBottom < 3 * em) {
            return;
        }
        double step = niceStep(peak / 3);
        double top = Math.ceil(peak / step) * step;
        double left = textWidth(SlideNumbers.count(top), font) + 0.6 * em;
        double plotTop = legendBottom + 0.4 * em;
        double plotBottom = h - 1.4 * em;
        double plotW = w - left - 0.2 * em;
        double plotH = plotBottom - plotTop;
        double monthW = plotW / timeline.months();

        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setLineWidth(1);
        for (double v = 0; v <= top + step / 2; v += step) {
            double y = plotBottom - v / top * plotH;
            g.setStroke(fx(style.grid()));
            g.strokeLine(left, y, left + plotW, y);
            g.setFill(fx(style.muted()));
            g.fillText(SlideNumbers.count(v), left - 0.3 * em, y);
        }
        double[] base = new double[timeline.months()];
        for (int b = 0; b < timeline.bands().size(); b++) {
            SkuBand band = timeline.bands().get(b);
            g.setFill(fx(ChartStyle.withAlpha(style.series(b), 0.9)));
            for (int m = 0; m < timeline.months(); m++) {
                double gpus = band.gpus(m);
                if (gpus > 0) {
                    double y0 = plotBottom - base[m] / top * plotH;
                    double y1 = plotBottom - (base[m] + gpus) / top * plotH;
                    // a hair wider than the month, so neighbouring months join without seams
                    g.fillRect(left + m * monthW, y1, monthW + 0.5, y0 - y1);
                    base[m] += gpus;
                }
            }
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        for (int m = 0; m < timeline.months(); m++) {
            YearMonth month = timeline.start().plusMonths(m);
            if (month.getMonthValue() == 1 || m == 0) {
                double x = left + m * monthW;
                g.setStroke(fx(style.grid()));
                g.strokeLine(x, plotTop, x, plotBottom);
                g.setFill(fx(style.muted()));
                g.fillText(month.getMonthValue() == 1 ? String.valueOf(month.getYear()) : SlideNumbers.shortMonth(month),
                        x + 0.25 * em, plotBottom + 0.2 * em);
            }
        }
        g.setStroke(fx(style.muted()));
        g.strokeLine(left, plotBottom, left + plotW, plotBottom);
    }

    /** The SKU names with their colours, wrapped over as many rows as needed; returns the y below the legend. */
    private double legend(GraphicsContext g, Font font, ChartStyle style, double width, double em) {
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = 0;
        double y = 0.6 * em;
        double swatch = 0.75 * em;
        List<SkuBand> bands = timeline.bands();
        for (int b = 0; b < bands.size(); b++) {
            String name = bands.get(b).sku();
            double itemWidth = swatch + 0.4 * em + textWidth(name, font) + 1.4 * em;
            if (x > 0 && x + itemWidth > width) {
                x = 0;
                y += 1.3 * em;
            }
            g.setFill(fx(style.series(b)));
            g.fillRect(x, y - swatch / 2, swatch, swatch);
            g.setFill(fx(style.foreground()));
            g.fillText(name, x + swatch + 0.4 * em, y);
            x += itemWidth;
        }
        return y + 0.7 * em;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[]{1, 2, 5, 10}) {
            if (f * magnitude >= raw) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}

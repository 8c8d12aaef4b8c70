package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.Timeline;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.data.Range;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The x axis of every chart: point i of the timeline sits at x = i and is labelled with its month ("Mar 2027") or
 * plan year ("Y2 (2027)"). Ticks fall on whole months (1, 2, 3, 6, 12 … apart) or whole years. Its automatic range
 * is always the whole timeline. The viewer reads the labels back for its crosshair.
 */
public final class PeriodAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 36, 60, 120};
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20};

    private final Period period;
    private final List<String> labels;

    PeriodAxis(Timeline timeline) {
        super(timeline.period().axisLabel());
        this.period = timeline.period();
        this.labels = IntStream.range(0, timeline.size()).mapToObj(timeline::label).toList();
        NumberFormat format = new LabelFormat(labels);
        TickUnits units = new TickUnits();
        for (int step : period == Period.MONTHLY ? MONTH_STEPS : YEAR_STEPS) {
            units.add(new NumberTickUnit(step, format, 0));
        }
        setStandardTickUnits(units);
        setAutoRangeIncludesZero(false);
        autoAdjustRange();
    }

    /** The whole timeline, half a period either side, so bars fit and end points and labels are not cut. */
    @Override
    protected void autoAdjustRange() {
        if (labels == null || labels.isEmpty()) {
            super.autoAdjustRange();
        } else {
            setRange(new Range(-0.5, labels.size() - 0.5), false, false);
        }
    }

    public Period period() {
        return period;
    }

    /** Number of points on the axis. */
    public int points() {
        return labels.size();
    }

    /** Label of the point nearest to x (clamped to the timeline). */
    public String labelAt(double x) {
        return labels.isEmpty() ? "" : labels.get(nearestPoint(x));
    }

    /** Index of the point nearest to x (clamped to the timeline). */
    public int nearestPoint(double x) {
        long i = Math.round(x);
        return (int) Math.max(0, Math.min(labels.size() - 1, i));
    }

    /**
     * Formats a tick value (always a whole number) as its point's label, or nothing beyond the horizon. Values between
     * points format as the nearest point so that JFreeChart's estimate of label width, made at the axis bounds, which
     * lie between points, is realistic.
     */
    private static final class LabelFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final List<String> labels;

        LabelFormat(List<String> labels) {
            this.labels = labels;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            if (labels.isEmpty()) {
                return toAppendTo;
            }
            long i = Math.round(number);
            boolean tick = Math.abs(number - i) < 1e-9;
            if (tick && (i < 0 || i >= labels.size())) {
                return toAppendTo; // a tick beyond the horizon, after zooming out
            }
            return toAppendTo.append(labels.get((int) Math.max(0, Math.min(labels.size() - 1, i))));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}

package com.tokenfactory.charts.data;

import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.SimulationResult;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The x axis of every chart: the result's months or plan years, numbered 0, 1, 2 … (the x value of a point is its
 * period's index). Values come from the engine: monthly values are the series' months, yearly values its
 * {@link Series#yearly()} roll-ups, and ratios are the engine's {@link PeriodSummary} of the month or year, never
 * averages of monthly ratios.
 */
public final class Timeline {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.US);

    private final SimulationResult result;
    private final Period period;
    private final List<PeriodSummary> summaries;

    private Timeline(SimulationResult result, Period period) {
        this.result = result;
        this.period = period;
        this.summaries = period == Period.YEARLY ? result.years() : IntStream.range(0, result.months())
                .mapToObj(m -> PeriodSummary.of(result.totals(), m, m + 1, result.month(m).toString()))
                .toList();
    }

    public static Timeline of(SimulationResult result, Period period) {
        return new Timeline(result, period);
    }

    public SimulationResult result() {
        return result;
    }

    public Period period() {
        return period;
    }

    /** Number of points: months, or plan years. */
    public int size() {
        return period == Period.MONTHLY ? result.months() : (result.months() + 11) / 12;
    }

    /** First month (index into the result's months) of point i. */
    public int fromMonth(int i) {
        return period == Period.MONTHLY ? i : i * 12;
    }

    /** Month after the last month of point i. */
    public int toMonth(int i) {
        return period == Period.MONTHLY ? i + 1 : Math.min(result.months(), i * 12 + 12);
    }

    /** The calendar month of the first month of point i. */
    public YearMonth firstMonth(int i) {
        return result.month(fromMonth(i));
    }

    public YearMonth lastMonth(int i) {
        return result.month(toMonth(i) - 1);
    }

    /** "Mar 2027" for a month; "Y2 (2027)" for a plan year on the calendar, else "Y2 (Mar 2027 – Feb 2028)". */
    public String label(int i) {
        if (period == Period.MONTHLY) {
            return MONTH.format(result.month(i));
        }
        YearMonth first = firstMonth(i);
        YearMonth last = lastMonth(i);
        String span = first.getMonthValue() == 1 && last.getMonthValue() == 12 && first.getYear() == last.getYear()
                ? String.valueOf(first.getYear())
                : (first.getYear() == last.getYear() ? SHORT_MONTH.format(first) : MONTH.format(first))
                + " – " + MONTH.format(last);
        return "Y" + (i + 1) + " (" + span + ")";
    }

    /** The series per point: each month's value, or each year's roll-up (sums, or means for GPUs and MW). */
    public double[] values(Series series) {
        return period == Period.MONTHLY ? series.toArray() : series.yearly();
    }

    /** Running total of the series at the end of each point. */
    public double[] cumulative(Series series) {
        double[] out = new double[size()];
        double running = 0;
        for (int i = 0; i < out.length; i++) {
            running += series.sum(fromMonth(i), toMonth(i));
            out[i] = running;
        }
        return out;
    }

    /** The engine's summary of point i: a one-month {@link PeriodSummary}, or the result's plan year. */
    public PeriodSummary summary(int i) {
        return summaries.get(i);
    }

    /** Index of the point that contains month m. */
    public int pointOf(int month) {
        return period == Period.MONTHLY ? month : month / 12;
    }
}

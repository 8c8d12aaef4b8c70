package com.tokenfactory.core.result;

import java.util.Arrays;

/** A month-by-month series over the plan's horizon, in one unit. Immutable. */
public final class Series {
    private final Unit unit;
    private final double[] values;

    private Series(Unit unit, double[] values) {
        this.unit = unit;
        this.values = values;
    }

    /** Wraps a copy of {@code values}. */
    public static Series of(Unit unit, double[] values) {
        return new Series(unit, values.clone());
    }

    /**
     * Wraps {@code values} itself, without a copy: the caller hands the array over and never writes to it again. The
     * engine's ledger is written during a run and only read once the result is assembled, so its arrays become the
     * result's series as they are (a Monte Carlo run assembles thousands of results).
     */
    public static Series ofOwned(Unit unit, double[] values) {
        return new Series(unit, values);
    }

    /** Whether every month is a finite number. */
    public boolean allFinite() {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    public Unit unit() {
        return unit;
    }

    public int size() {
        return values.length;
    }

    public double get(int month) {
        return values[month];
    }

    public double[] toArray() {
        return values.clone();
    }

    /** Sum of months [from, to). */
    public double sum(int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
    }

    public double total() {
        return sum(0, values.length);
    }

    public double max() {
        return Arrays.stream(values).filter(Double::isFinite).max().orElse(0.0);
    }

    /** Plan years (12-month blocks from the plan start; the last may be shorter) rolled up by the unit's rule. */
    public double[] yearly() {
        if (unit.rollup() == Unit.Rollup.NONE) {
            throw new UnsupportedOperationException("a ratio series does not roll up; use PeriodSummary");
        }
        int years = (values.length + 11) / 12;
        double[] out = new double[years];
        for (int y = 0; y < years; y++) {
            int from = y * 12;
            int to = Math.min(values.length, from + 12);
            double s = sum(from, to);
            out[y] = unit.rollup() == Unit.Rollup.SUM ? s : s / (to - from);
        }
        return out;
    }

    /** Running total, e.g. cumulative cash flow. */
    public Series cumulative() {
        double[] out = new double[values.length];
        double s = 0;
        for (int i = 0; i < values.length; i++) {
            s += values[i];
            out[i] = s;
        }
        return new Series(unit, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.unit == unit && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * unit.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return unit + Arrays.toString(values);
    }
}

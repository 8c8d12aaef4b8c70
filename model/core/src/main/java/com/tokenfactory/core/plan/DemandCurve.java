package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tokens per day a service is asked to serve, month by month (input and output tokens together). A service whose
 * {@link DemandUnit} is requests holds its requests per day or per month in the same curve: the figures then count
 * requests, and {@link InferenceService#tokensPerDay} turns them into tokens.
 */
public sealed interface DemandCurve permits DemandCurve.Growth, DemandCurve.Points {
    /**
     * The most tokens per day a curve may hold or reach: about 25,000 times the world's 2025 daily token volume
     * (Google alone reported ~1.3 quadrillion tokens a month in 2025). A growing curve, or one a scenario scales,
     * saturates here, so demand and revenue stay finite at any month of the plan window.
     */
    double MAX_TOKENS_PER_DAY = 1e18;

    /**
     * Demand below this is none: a millionth of a token a day. Without a floor a subnormal level (4.9e-324, or a
     * curve that decayed for two centuries) reaches the engine's cost shares as 0 ÷ 0.
     */
    double MIN_TOKENS_PER_DAY = 1e-6;

    /** {@code value} kept within [0, {@link #MAX_TOKENS_PER_DAY}]. */
    static double saturated(double value) {
        return Math.min(MAX_TOKENS_PER_DAY, value);
    }

    /** Demand as the engine sees it: saturated at the top, and none below {@link #MIN_TOKENS_PER_DAY}. */
    static double asServed(double value) {
        return value < MIN_TOKENS_PER_DAY ? 0.0 : saturated(value);
    }

    /** Average tokens per day asked for in {@code month}. */
    double tokensPerDay(YearMonth month);

    /** The curve with demand multiplied by {@code factor} and growing {@code growthShift} a year faster. */
    DemandCurve adjusted(double factor, double growthShift);

    /**
     * Demand starting in {@code start} at {@code tokensPerDay} and compounding at {@code growthPerYear}
     * (monthly: × (1 + g)^(1/12)). Zero before the start.
     */
    record Growth(YearMonth start, double tokensPerDay, double growthPerYear) implements DemandCurve {
        public Growth {
            Check.month(start, "start");
            Check.between(tokensPerDay, 0, MAX_TOKENS_PER_DAY, "tokensPerDay");
            Check.rate(growthPerYear, "growthPerYear");
        }

        @Override
        public double tokensPerDay(YearMonth month) {
            int m = Months.between(start, month);
            return m < 0 || tokensPerDay == 0 ? 0.0 : asServed(tokensPerDay * Math.pow(1.0 + growthPerYear, m / 12.0));
        }

        /** The shifted rate is kept within what a growth curve may hold (above -100%, at most 100 = +10,000%). */
        @Override
        public DemandCurve adjusted(double factor, double growthShift) {
            return new Growth(start, saturated(tokensPerDay * factor),
                    Math.min(100.0, Math.max(-0.99, growthPerYear + growthShift)));
        }
    }

    /**
     * Demand given at months, linear in between, held at the last point afterwards, zero before the first point —
     * for curves a growth rate cannot draw (a ramp, a plateau, a collapse and recovery).
     */
    record Points(List<DemandPoint> points) implements DemandCurve {
        public Points {
            points = Check.list(points, "points");
            if (points.isEmpty()) {
                throw new InvalidPlanException("points", "needs at least one point");
            }
            List<DemandPoint> sorted = new ArrayList<>(points);
            sorted.sort(Comparator.comparing(DemandPoint::month));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).month().equals(sorted.get(i - 1).month())) {
                    throw new InvalidPlanException("points", "two points for month " + sorted.get(i).month());
                }
            }
            points = List.copyOf(sorted);
        }

        @Override
        public double tokensPerDay(YearMonth month) {
            DemandPoint first = points.get(0);
            if (month.isBefore(first.month())) {
                return 0.0;
            }
            // the first point after the month, by bisection over the sorted, distinct months (a Monte Carlo trial's
            // regime path is a point a month, read once a month)
            int lo = 1;
            int hi = points.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (month.isBefore(points.get(mid).month())) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (lo < points.size()) {
                DemandPoint a = points.get(lo - 1);
                DemandPoint b = points.get(lo);
                double t = (double) Months.between(a.month(), month) / Months.between(a.month(), b.month());
                return asServed(a.tokensPerDay() + t * (b.tokensPerDay() - a.tokensPerDay()));
            }
            return asServed(points.get(points.size() - 1).tokensPerDay());
        }

        /**
         * Between two points the curve grows at an annual rate, (b / a)^(12 / months) − 1; the shift is added to that
         * rate, as it is to a growth curve's, and kept above −99%. Where a point is zero there is no rate: the next
         * point keeps the change the curve has had so far. Demand after the last point stays flat, as before.
         */
        @Override
        public DemandCurve adjusted(double factor, double growthShift) {
            List<DemandPoint> out = new ArrayList<>(points.size());
            DemandPoint first = points.get(0);
            out.add(new DemandPoint(first.month(), saturated(first.tokensPerDay() * factor)));
            double change = factor;
            for (int i = 1; i < points.size(); i++) {
                DemandPoint a = points.get(i - 1);
                DemandPoint b = points.get(i);
                double shifted;
                if (a.tokensPerDay() > 0 && b.tokensPerDay() > 0) {
                    double years = Months.between(a.month(), b.month()) / 12.0;
                    double rate = Math.pow(b.tokensPerDay() / a.tokensPerDay(), 1.0 / years) - 1.0;
                    double before = out.get(i - 1).tokensPerDay();
                    // a rate too steep for a double (from a near-zero point) is one no shift can change
                    double step = Double.isInfinite(rate)
                            ? Math.exp(Math.log(b.tokensPerDay()) - Math.log(a.tokensPerDay()))
                            : Math.pow(1.0 + Math.max(-0.99, rate + growthShift), years);
                    shifted = before == 0 ? 0.0 : saturated(before * step);
                    change = shifted / b.tokensPerDay();
                } else {
                    shifted = b.tokensPerDay() == 0 ? 0.0 : saturated(b.tokensPerDay() * change);
                }
                out.add(new DemandPoint(b.month(), shifted));
            }
            return new Points(out);
        }
    }
}

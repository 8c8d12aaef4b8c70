package com.tokenfactory.core.plan;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

import java.util.List;

/**
 * What an uncertain input may turn out to be. Every kind is drawn by its inverse CDF ({@link #quantiles()}) from one
 * uniform number, so correlated inputs share a Gaussian copula (see {@link Correlation}) and the tornado reads its
 * P10 and P90 from the same function the trials draw from. The CDFs are Apache Commons Statistics'.
 */
public sealed interface Distribution permits Distribution.Triangular, Distribution.Pert, Distribution.Normal,
        Distribution.LogNormal, Distribution.Uniform, Distribution.Discrete {

    /** The inverse CDF, prepared once per run: p in (0, 1) → value. Thread-safe. */
    Quantiles quantiles();

    /** The value below which the draw falls with probability p. */
    default double quantile(double p) {
        return quantiles().at(p);
    }

    /**
     * Mean of the distribution as defined (truncation included), for checks and the inputs table: numerically from the
     * quantile function ({@link Moments}) unless the kind has a closed form.
     */
    default double expectation() {
        return Moments.of(quantiles()).mean();
    }

    /** Variance of the distribution as defined (truncation included), as {@link #expectation()} is computed. */
    default double variance() {
        return Moments.of(quantiles()).variance();
    }

    /** The kind's name in files and on screen: triangular, pert, normal, lognormal, uniform, discrete. */
    String kind();

    @FunctionalInterface
    interface Quantiles {
        double at(double p);
    }

    /** Lowest {@code min}, most likely {@code mode}, highest {@code max}. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            ordered(min, mode, max);
        }

        @Override
        public Quantiles quantiles() {
            if (min == max) {
                return p -> min;
            }
            ContinuousDistribution d = TriangularDistribution.of(min, mode, max);
            return d::inverseCumulativeProbability;
        }

        @Override
        public double expectation() {
            return (min + mode + max) / 3;
        }

        @Override
        public double variance() {
            return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
        }

        @Override
        public String kind() {
            return "triangular";
        }
    }

    /**
     * The PERT distribution (Malcolm et al. 1959; Vose, Risk Analysis, 3rd ed., §9.1.3): a beta on [min, max] with
     * α = 1 + 4 (mode − min) / (max − min) and β = 1 + 4 (max − mode) / (max − min), so the mean is
     * (min + 4 mode + max) / 6. Smoother tails than the triangular with the same three figures.
     */
    record Pert(double min, double mode, double max) implements Distribution {
        public Pert {
            ordered(min, mode, max);
        }

        private double alpha() {
            return 1 + 4 * (mode - min) / (max - min);
        }

        private double beta() {
            return 1 + 4 * (max - mode) / (max - min);
        }

        @Override
        public Quantiles quantiles() {
            if (min == max) {
                return p -> min;
            }
            ContinuousDistribution d = BetaDistribution.of(alpha(), beta());
            double range = max - min;
            return p -> min + range * d.inverseCumulativeProbability(p);
        }

        @Override
        public double expectation() {
            return (min + 4 * mode + max) / 6;
        }

        @Override
        public double variance() {
            if (min == max) {
                return 0;
            }
            double a = alpha();
            double b = beta();
            double range = max - min;
            return range * range * a * b / ((a + b) * (a + b) * (a + b + 1));
        }

        @Override
        public String kind() {
            return "pert";
        }
    }

    /** A normal distribution, optionally cut to [lower, upper] (null: no bound on that side). */
    record Normal(double mean, double sd, Double lower, Double upper) implements Distribution {
        public Normal {
            magnitude(mean, "mean");
            Check.between(Check.positive(sd, "sd"), 0, MAX_MAGNITUDE, "sd");
            bounds(lower, upper);
            truncated(NormalDistribution.of(mean, sd), lower, upper); // bounds holding no probability are refused here
        }

        @Override
        public Quantiles quantiles() {
            return truncated(NormalDistribution.of(mean, sd), lower, upper);
        }

        @Override
        public String kind() {
            return "normal";
        }
    }

    /**
     * A log-normal distribution given by its median and the standard deviation of the logarithm (ln X ~ N(ln median,
     * sigma²)), optionally cut to [lower, upper]. For figures that multiply: demand, prices, delays in ratio terms.
     */
    record LogNormal(double median, double sigma, Double lower, Double upper) implements Distribution {
        public LogNormal {
            Check.between(Check.positive(median, "median"), 0, MAX_MAGNITUDE, "median");
            Check.between(Check.positive(sigma, "sigma"), 0, MAX_SIGMA, "sigma");
            bounds(lower, upper);
            if (upper != null && upper <= 0) {
                throw new InvalidPlanException("upper", "must be above 0 for a log-normal, was " + Check.fmt(upper));
            }
            truncated(LogNormalDistribution.of(Math.log(median), sigma), lower, upper);
        }

        @Override
        public Quantiles quantiles() {
            return truncated(LogNormalDistribution.of(Math.log(median), sigma), lower, upper);
        }

        @Override
        public String kind() {
            return "lognormal";
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            magnitude(min, "min");
            magnitude(max, "max");
            if (max < min) {
                throw new InvalidPlanException("max", "must be at least min (" + Check.fmt(min) + "), was " + Check.fmt(max));
            }
        }

        @Override
        public Quantiles quantiles() {
            if (min == max) {
                return p -> min;
            }
            ContinuousDistribution d = UniformContinuousDistribution.of(min, max);
            return d::inverseCumulativeProbability;
        }

        @Override
        public double expectation() {
            return (min + max) / 2;
        }

        @Override
        public double variance() {
            return (max - min) * (max - min) / 12;
        }

        @Override
        public String kind() {
            return "uniform";
        }
    }

    /** A few outcomes with their probabilities, e.g. the grid 0, 6 or 12 months late at 60%, 30% and 10%. */
    record Discrete(List<Double> values, List<Double> probabilities) implements Distribution {
        public Discrete {
            values = List.copyOf(Check.list(values, "values"));
            probabilities = List.copyOf(Check.list(probabilities, "probabilities"));
            if (values.isEmpty()) {
                throw new InvalidPlanException("values", "needs at least one value");
            }
            if (values.size() != probabilities.size()) {
                throw new InvalidPlanException("probabilities", "needs one probability per value (" + values.size()
                        + " values, " + probabilities.size() + " probabilities)");
            }
            double sum = 0;
            for (int i = 0; i < values.size(); i++) {
                magnitude(values.get(i), "values[" + i + "]");
                sum += Check.fraction(probabilities.get(i), "probabilities[" + i + "]");
            }
            if (Math.abs(sum - 1) > 1e-6) {
                throw new InvalidPlanException("probabilities", "must add up to 1, add up to " + Check.fmt(sum));
            }
        }

        @Override
        public Quantiles quantiles() {
            double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
            double[] cumulative = new double[v.length];
            double c = 0;
            for (int i = 0; i < v.length; i++) {
                c += probabilities.get(i);
                cumulative[i] = c;
            }
            // Q(p) = the least value whose cumulative probability reaches p (a hair of tolerance for sums like
            // 0.6 + 0.3 = 0.8999…), so the P90 of 0/6/12 at 60/30/10% is 6
            return p -> {
                for (int i = 0; i < v.length - 1; i++) {
                    if (p <= cumulative[i] + 1e-12) {
                        return v[i];
                    }
                }
                return v[v.length - 1];
            };
        }

        @Override
        public double expectation() {
            double m = 0;
            for (int i = 0; i < values.size(); i++) {
                m += values.get(i) * probabilities.get(i);
            }
            return m;
        }

        @Override
        public double variance() {
            double m = expectation();
            double v = 0;
            for (int i = 0; i < values.size(); i++) {
                v += (values.get(i) - m) * (values.get(i) - m) * probabilities.get(i);
            }
            return v;
        }

        @Override
        public String kind() {
            return "discrete";
        }
    }

    /**
     * Every figure of a distribution lies within ±10^15: far beyond any lever's range (the levers hold a draw at theirs),
     * and small enough that no quantile, range (max − min) or moment overflows to Infinity or becomes NaN.
     */
    double MAX_MAGNITUDE = 1e15;
    /** A log-normal's sigma: 10 is a factor of e^10 ≈ 22,000 per standard deviation, far beyond any planning doubt. */
    double MAX_SIGMA = 10;

    private static void magnitude(double value, String field) {
        Check.between(value, -MAX_MAGNITUDE, MAX_MAGNITUDE, field);
    }

    private static void ordered(double min, double mode, double max) {
        magnitude(min, "min");
        magnitude(mode, "mode");
        magnitude(max, "max");
        if (mode < min) {
            throw new InvalidPlanException("mode", "must be at least min (" + Check.fmt(min) + "), was " + Check.fmt(mode));
        }
        if (max < mode) {
            throw new InvalidPlanException("max", "must be at least mode (" + Check.fmt(mode) + "), was " + Check.fmt(max));
        }
    }

    private static void bounds(Double lower, Double upper) {
        if (lower != null) {
            magnitude(lower, "lower");
        }
        if (upper != null) {
            magnitude(upper, "upper");
        }
        if (lower != null && upper != null && upper <= lower) {
            throw new InvalidPlanException("upper", "must be above lower (" + Check.fmt(lower) + "), was " + Check.fmt(upper));
        }
    }

    /** Inverse CDF of d cut to [lower, upper]: p maps into [F(lower), F(upper)] before inverting. */
    private static Quantiles truncated(ContinuousDistribution d, Double lower, Double upper) {
        double from = lower == null ? 0 : d.cumulativeProbability(lower);
        double to = upper == null ? 1 : d.cumulativeProbability(upper);
        if (to - from < 1e-12) {
            throw new InvalidPlanException(lower != null ? "lower" : "upper",
                    "leaves no probability between the bounds (" + lower + " to " + upper + ")");
        }
        double lo = lower == null ? Double.NEGATIVE_INFINITY : lower;
        double hi = upper == null ? Double.POSITIVE_INFINITY : upper;
        return p -> Math.min(hi, Math.max(lo, d.inverseCumulativeProbability(from + p * (to - from))));
    }

    /** Mean and variance of a quantile function by the midpoint rule over 20,000 equal-probability slices. */
    record Moments(double mean, double variance) {
        static Moments of(Quantiles q) {
            int n = 20_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double x = q.at((i + 0.5) / n);
                sum += x;
                sumSq += x * x;
            }
            double mean = sum / n;
            return new Moments(mean, Math.max(0, sumSq / n - mean * mean));
        }
    }
}

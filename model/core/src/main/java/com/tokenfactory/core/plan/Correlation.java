package com.tokenfactory.core.plan;

/**
 * A rank (Spearman) correlation between two uncertain inputs, e.g. faster demand growth with a faster token price
 * decline. The trials meet it through a Gaussian copula: see {@link Copula}.
 */
public record Correlation(String first, String second, double rankCorrelation) {
    public Correlation {
        first = Check.id(first, "first");
        second = Check.id(second, "second");
        Check.between(rankCorrelation, -1.0, 1.0, "rankCorrelation");
        if (first.equals(second)) {
            throw new InvalidPlanException("second", "must name another input than first ('" + first + "')");
        }
    }
}

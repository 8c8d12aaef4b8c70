package com.tokenfactory.core.result;

/**
 * One inference service, month by month.
 *
 * @param tokensServedRented  the part of served tokens that ran on partner capacity
 * @param attributedCost      the service's share of the cost of the pools it ran on
 * @param attributedMwh       the service's share of facility energy on owned capacity
 */
public record ServiceResult(
        String serviceId,
        String name,
        int priority,
        Series tokensDemanded,
        Series tokensServed,
        Series tokensServedRented,
        Series gpuHours,
        Series revenue,
        Series attributedCost,
        Series attributedMwh) {

    public double tokensUnserved(int m) {
        return Math.max(0.0, tokensDemanded.get(m) - tokensServed.get(m));
    }

    /** Fully loaded $ per million tokens over the horizon; NaN when nothing (or next to nothing) was served. */
    public double usdPerMillionTokens() {
        return PeriodSummary.ratio(attributedCost.total() * 1e6, tokensServed.total());
    }
}

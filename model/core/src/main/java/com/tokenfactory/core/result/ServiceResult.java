package com.tokenfactory.core.result;

/**
 * One inference service, month by month.
 *
 * @param tokensServedRented   the part of served tokens that ran on partner capacity
 * @param gpuHours             GPU-hours the service took: those it computed on and those held idle for its daily peak
 * @param attributedCost       the service's share of the cost of the pools it ran on
 * @param attributedMwh        the service's share of facility energy on owned capacity
 * @param inputTokensServed    the input (prompt) tokens of tokensServed: served × in ÷ (in + out)
 * @param outputTokensServed   the output (generated) tokens of tokensServed
 * @param revenueInput         the part of revenue from input tokens, at the input price
 * @param attributedCostInput  the part of attributed cost spent on prefill (input tokens), by the share of serving
 *                             time the roofline gives prefill on the SKU that served
 * @param gpuHoursHeldForPeak  the part of gpuHours held for the daily peak and idle off-peak: × (1 − average ÷ peak)
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
        Series attributedMwh,
        Series inputTokensServed,
        Series outputTokensServed,
        Series revenueInput,
        Series attributedCostInput,
        Series gpuHoursHeldForPeak) {

    public double tokensUnserved(int m) {
        return Math.max(0.0, tokensDemanded.get(m) - tokensServed.get(m));
    }

    /** Fully loaded $ per million tokens over the horizon; NaN when nothing (or next to nothing) was served. */
    public double usdPerMillionTokens() {
        return PeriodSummary.ratio(attributedCost.total() * 1e6, tokensServed.total());
    }

    /** Fully loaded $ per million input tokens over the horizon (prefill's share of the cost); NaN when none. */
    public double usdPerMillionInputTokens() {
        double served = inputTokensServed.total();
        return served > 0 ? attributedCostInput.total() * 1e6 / served : Double.NaN;
    }

    /** Fully loaded $ per million output tokens over the horizon (decode's share of the cost); NaN when none. */
    public double usdPerMillionOutputTokens() {
        double served = outputTokensServed.total();
        return served > 0 ? (attributedCost.total() - attributedCostInput.total()) * 1e6 / served : Double.NaN;
    }
}

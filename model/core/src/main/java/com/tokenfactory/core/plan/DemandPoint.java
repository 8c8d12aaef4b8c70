package com.tokenfactory.core.plan;

import java.time.YearMonth;

/** Demand at one month of a point-wise demand curve, tokens per day. */
public record DemandPoint(YearMonth month, double tokensPerDay) {
    public DemandPoint {
        Check.present(month, "month");
        Check.nonNegative(tokensPerDay, "tokensPerDay");
    }
}

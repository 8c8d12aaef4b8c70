package com.tokenfactory.core.plan;

import java.time.YearMonth;

/** Demand at one month of a point-wise demand curve, tokens per day. */
public record DemandPoint(YearMonth month, double tokensPerDay) {
    public DemandPoint {
        Check.month(month, "month");
        Check.between(tokensPerDay, 0, DemandCurve.MAX_TOKENS_PER_DAY, "tokensPerDay");
    }
}

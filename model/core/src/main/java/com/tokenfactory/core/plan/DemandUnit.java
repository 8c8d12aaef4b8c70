package com.tokenfactory.core.plan;

import java.time.YearMonth;

/**
 * What a service's demand curve counts: tokens per day (input and output together), or requests per day or per
 * month. A request is the service's {@code inputTokensPerRequest + outputTokensPerRequest} tokens. The engine sees
 * tokens per day only; {@link InferenceService#tokensPerDay(YearMonth)} converts, here, in one place.
 */
public enum DemandUnit {
    TOKENS_PER_DAY("tokensPerDay", "tokens/day"),
    REQUESTS_PER_DAY("requestsPerDay", "requests/day"),
    /** Requests in a calendar month: a month's requests are spread over its own days (28 to 31). */
    REQUESTS_PER_MONTH("requestsPerMonth", "requests/month");

    /**
     * Days in the average Gregorian month (365.2425 ÷ 12), for turning a per-day level into a per-month one when the
     * user switches a curve's unit; the engine itself divides each month's requests by that month's own days.
     */
    public static final double DAYS_PER_AVERAGE_MONTH = 365.2425 / 12.0;

    private final String key;
    private final String label;

    DemandUnit(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The field name a demand curve's level has in the plan file, e.g. "requestsPerDay". */
    public String key() {
        return key;
    }

    /** The unit as a user reads it, e.g. "requests/day". */
    public String label() {
        return label;
    }

    public boolean requests() {
        return this != TOKENS_PER_DAY;
    }

    /**
     * Tokens per day in {@code month} of a curve at {@code level} in this unit: tokens per day as they are; requests
     * per day × tokens per request; requests per month × tokens per request ÷ the month's days. Kept within
     * {@link DemandCurve#MAX_TOKENS_PER_DAY}.
     */
    public double tokensPerDay(double level, double tokensPerRequest, YearMonth month) {
        double tokens = switch (this) {
            case TOKENS_PER_DAY -> level;
            case REQUESTS_PER_DAY -> level * tokensPerRequest;
            case REQUESTS_PER_MONTH -> level * tokensPerRequest / month.lengthOfMonth();
        };
        return DemandCurve.saturated(tokens);
    }

    /**
     * The level in unit {@code to} that asks for the same tokens as {@code level} in this unit, in an average month
     * (what the app does when the user switches a curve's unit).
     */
    public double convert(double level, double tokensPerRequest, DemandUnit to) {
        double tokensPerDay = switch (this) {
            case TOKENS_PER_DAY -> level;
            case REQUESTS_PER_DAY -> level * tokensPerRequest;
            case REQUESTS_PER_MONTH -> level * tokensPerRequest / DAYS_PER_AVERAGE_MONTH;
        };
        double out = switch (to) {
            case TOKENS_PER_DAY -> tokensPerDay;
            case REQUESTS_PER_DAY -> tokensPerDay / tokensPerRequest;
            case REQUESTS_PER_MONTH -> tokensPerDay / tokensPerRequest * DAYS_PER_AVERAGE_MONTH;
        };
        return DemandCurve.saturated(out);
    }
}

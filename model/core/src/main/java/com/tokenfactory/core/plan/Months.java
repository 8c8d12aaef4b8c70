package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Month arithmetic for plan dates; months are whole calendar months. */
public final class Months {
    private Months() {
    }

    /** Whole months from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public static int between(YearMonth from, YearMonth to) {
        return (int) ChronoUnit.MONTHS.between(from, to);
    }

    public static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    /** Hours in a calendar month (days × 24); the engine's unit of capacity. */
    public static double hours(YearMonth month) {
        return month.lengthOfMonth() * 24.0;
    }
}

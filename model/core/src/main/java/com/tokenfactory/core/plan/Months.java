package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Month arithmetic for plan dates; months are whole calendar months. */
public final class Months {
    /**
     * The first and last month a plan may hold (docs/reliability.md): wide enough for any real plan and its
     * scenarios, narrow enough that no date arithmetic in the engine can leave the calendar, and every month is
     * written with a four-digit year that the reader reads back.
     */
    public static final YearMonth FIRST = YearMonth.of(1970, 1);
    public static final YearMonth LAST = YearMonth.of(2200, 12);

    private Months() {
    }

    /** Whether {@code month} lies in [{@link #FIRST}, {@link #LAST}]. */
    public static boolean inWindow(YearMonth month) {
        return !month.isBefore(FIRST) && !month.isAfter(LAST);
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

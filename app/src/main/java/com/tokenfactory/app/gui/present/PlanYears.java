package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;

import java.time.YearMonth;

/** How a slide names the engine's plan years: "2029" when they are calendar years, else by their months. */
final class PlanYears {
    private PlanYears() {
    }

    /** "2029" for a calendar year; "the year to June 2029" for a plan year that starts in another month. */
    static String name(SimulationResult result, PeriodSummary year) {
        YearMonth first = result.month(year.fromMonth());
        YearMonth last = result.month(year.toMonth() - 1);
        if (first.getMonthValue() == 1 && year.months() == 12) {
            return String.valueOf(first.getYear());
        }
        return SlideNumbers.shortMonth(first) + " – " + SlideNumbers.shortMonth(last);
    }

    /** "in 2029" or "in Jul 2028 – Jun 2029". */
    static String in(SimulationResult result, PeriodSummary year) {
        return "in " + name(result, year);
    }

    /** The calendar years the horizon touches: "2027–2031", or "2027" for a horizon within one year. */
    static String span(SimulationResult result) {
        return Numbers.years(result.start(), lastMonth(result));
    }

    /** The last month of the horizon. */
    static YearMonth lastMonth(SimulationResult result) {
        return result.month(result.months() - 1);
    }
}

package com.tokenfactory.charts;

import com.tokenfactory.core.result.Kpis;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cash-flow footnote says what the CLI, the report and the app say about IRR and payback. */
class CashFlowHeadlineTest {
    @Test
    void paybackIsTheCalendarMonthAndItsNumberCountedFromOne() {
        // the five-year commitment: index 54 from 2027-01 is July 2031, the 55th month
        Kpis k = new Kpis(null, 4.6e9, 0.14, 54, YearMonth.of(2031, 7), 0, 0, 0, 0);
        String headline = CashFlowChart.headline(k, "USD");
        assertTrue(headline.contains("IRR 14.0% a year"), headline);
        assertTrue(headline.endsWith("payback Jul 2031 (month 55)"), headline);
    }

    @Test
    void anUndefinedIrrGivesTheEnginesReasonsNotAWrongOne() {
        // fungible fleet: its cash flow changes sign, but it earns before it invests, so Finance.irr gives null
        Kpis k = new Kpis(null, 5.5e9, null, 22, YearMonth.of(2028, 11), 0, 0, 0, 0);
        String headline = CashFlowChart.headline(k, "USD");
        assertFalse(headline.contains("do not change sign"), headline);
        assertTrue(headline.contains("IRR undefined (earns before investing, or no single rate)"), headline);
    }
}

package com.tokenfactory.charts.report;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Choices for the PDF report.
 *
 * @param date         the date printed as the report's date (today, unless a test or a re-run wants another)
 * @param chartPeriod  months or plan years on the chart pages
 * @param chartStyle   the charts' look; light prints better
 */
public record ReportOptions(LocalDate date, Period chartPeriod, ChartStyle chartStyle) {
    public ReportOptions {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(chartPeriod, "chartPeriod");
        Objects.requireNonNull(chartStyle, "chartStyle");
    }

    /** Today, monthly charts, light style. */
    public static ReportOptions defaults() {
        return new ReportOptions(LocalDate.now(), Period.MONTHLY, ChartStyle.LIGHT);
    }
}

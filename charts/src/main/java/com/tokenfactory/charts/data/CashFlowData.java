package com.tokenfactory.charts.data;

import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import org.jfree.data.xy.XYSeriesCollection;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Cash: {@link Totals#freeCashFlow()} per month or year (after-tax unlevered free cash flow: revenue − electricity −
 * operations − property tax and insurance − rental − CapEx − increase in receivables − income tax), its running total, and the engine's {@link Kpis}: payback month, NPV and IRR.
 *
 * @param cashFlow      one series, cash flow of each point
 * @param cumulative    one series, cumulative cash flow at the end of each point
 * @param paybackPoint  the point (month, or plan year) that holds {@link Kpis#paybackMonth()}; empty without payback
 */
public record CashFlowData(XYSeriesCollection cashFlow, XYSeriesCollection cumulative, OptionalInt paybackPoint,
                           Kpis kpis, Optional<String> emptyReason) {

    public static CashFlowData of(Timeline timeline) {
        SimulationResult r = timeline.result();
        Kpis kpis = r.kpis();
        NamedValues flow = NamedValues.of(SeriesKey.total(SeriesKey.CASH_FLOW),
                timeline.period() == Period.MONTHLY ? "Monthly free cash flow after tax"
                        : "Yearly free cash flow after tax",
                timeline.values(r.totals().freeCashFlow()));
        if (flow.allZero()) {
            return new CashFlowData(new XYSeriesCollection(), new XYSeriesCollection(), OptionalInt.empty(), kpis,
                    Optional.of("No cash flows: the plan builds, rents and sells nothing within the horizon"));
        }
        NamedValues cumulative = NamedValues.of(SeriesKey.total(SeriesKey.CUMULATIVE_CASH_FLOW),
                "Cumulative free cash flow after tax", timeline.cumulative(r.totals().freeCashFlow()));
        OptionalInt payback = kpis.paybackMonth() == null ? OptionalInt.empty()
                : OptionalInt.of(timeline.pointOf(kpis.paybackMonth()));
        return new CashFlowData(Datasets.lines(List.of(flow)), Datasets.lines(List.of(cumulative)), payback, kpis,
                Optional.empty());
    }

    /** The payback month as a calendar month; empty when cumulative cash flow ends negative. */
    public Optional<YearMonth> paybackMonth() {
        return Optional.ofNullable(kpis.paybackYearMonth());
    }
}

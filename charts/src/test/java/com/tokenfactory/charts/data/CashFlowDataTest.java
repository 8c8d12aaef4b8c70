package com.tokenfactory.charts.data;

import com.tokenfactory.charts.Results;
import com.tokenfactory.core.result.SimulationResult;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.OptionalInt;

import static com.tokenfactory.charts.data.Values.assertSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CashFlowDataTest {

    @Test
    void cumulativeCashFlowAndPaybackAreTheEngines() {
        SimulationResult r = Results.PAYBACK;
        CashFlowData data = CashFlowData.of(Timeline.of(r, Period.MONTHLY));
        assertSeries(r.totals().cashFlow().toArray(), Values.of(data.cashFlow(), SeriesKey.total(SeriesKey.CASH_FLOW)),
                "cash flow");
        double[] cumulative = Values.of(data.cumulative(), SeriesKey.total(SeriesKey.CUMULATIVE_CASH_FLOW));
        assertSeries(r.totals().cashFlow().cumulative().toArray(), cumulative, "cumulative");
        int payback = r.kpis().paybackMonth();
        assertEquals(OptionalInt.of(payback), data.paybackPoint());
        assertTrue(cumulative[payback - 1] < 0 && cumulative[payback] >= 0, "the marker sits where it turns positive");
        assertEquals(YearMonth.of(2029, 6), data.paybackMonth().orElseThrow());
    }

    @Test
    void yearlyPaybackMarksThePlanYearThatHoldsIt() {
        SimulationResult r = Results.PAYBACK;
        CashFlowData data = CashFlowData.of(Timeline.of(r, Period.YEARLY));
        assertEquals(OptionalInt.of(r.kpis().paybackMonth() / 12), data.paybackPoint());
        double[] cumulative = Values.of(data.cumulative(), SeriesKey.total(SeriesKey.CUMULATIVE_CASH_FLOW));
        assertEquals(r.totals().cashFlow().sum(0, 24), cumulative[1], 1e-6, "end of year 2");
    }

    @Test
    void withoutPaybackThereIsNoMarker() {
        CashFlowData data = CashFlowData.of(Timeline.of(Results.REFERENCE, Period.MONTHLY));
        assertEquals(OptionalInt.empty(), data.paybackPoint());
        assertTrue(data.paybackMonth().isEmpty());
    }
}

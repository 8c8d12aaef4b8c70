package com.tokenfactory.charts.data;

import com.tokenfactory.charts.Results;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YieldDataTest {

    @Test
    void revenueByWorkloadAddsUpToTheEnginesRevenue() {
        SimulationResult r = Results.SMALL;
        Totals t = r.totals();
        YieldData data = YieldData.of(Timeline.of(r, Period.MONTHLY));
        assertEquals(SeriesKey.service(r.services().get(0).serviceId()), Values.keys(data.revenueByWorkload()).get(0));
        double[] cost = Values.of(data.costAndMargin(), SeriesKey.total(SeriesKey.TOTAL_COST));
        double[] margin = Values.of(data.costAndMargin(), SeriesKey.total(SeriesKey.MARGIN));
        for (int m = 0; m < r.months(); m++) {
            assertEquals(t.revenue(m), Values.stackTop(data.revenueByWorkload(), m), 1e-6, "revenue month " + m);
            assertEquals(t.totalCost().get(m), cost[m], 1e-6, "total cost month " + m);
            assertEquals(t.margin(m), margin[m], 1e-6, "margin month " + m);
        }
    }

    @Test
    void yearlyUtilizationIsThePlanYearsSummaryInPercent() {
        SimulationResult r = Results.SMALL;
        YieldData data = YieldData.of(Timeline.of(r, Period.YEARLY));
        double[] owned = Values.of(data.utilization(), SeriesKey.total(SeriesKey.UTILIZATION_OWNED));
        double[] rented = Values.of(data.utilization(), SeriesKey.total(SeriesKey.UTILIZATION_RENTED));
        double[] all = Values.of(data.utilization(), SeriesKey.total(SeriesKey.UTILIZATION));
        for (int y = 0; y < r.years().size(); y++) {
            PeriodSummary year = r.years().get(y);
            assertEquals(year.utilizationOwned() * 100, owned[y], 1e-9, "owned, year " + (y + 1));
            assertEquals(year.utilizationRented() * 100, rented[y], 1e-9, "rented, year " + (y + 1));
            assertEquals(year.utilization() * 100, all[y], 1e-9, "all, year " + (y + 1));
        }
        assertTrue(Double.isNaN(owned[0]), "no owned GPUs online in 2026: undefined, drawn as a gap");
    }

    @Test
    void withoutContractsRentedUtilizationIsLeftOutAndTheChartSaysWhy() {
        YieldData data = YieldData.of(Timeline.of(Results.REFERENCE, Period.MONTHLY));
        assertEquals(List.of(SeriesKey.total(SeriesKey.UTILIZATION_OWNED)), Values.keys(data.utilization()));
        assertEquals(List.of("No partner contracts active: rented utilization is undefined"), data.notes());
    }

    @Test
    void anEmptyPlanHasNeitherMoneyNorUtilization() {
        YieldData data = YieldData.of(Timeline.of(Results.EMPTY, Period.YEARLY));
        assertEquals("Nothing is built, rented or served: no revenue and no cost", data.moneyEmptyReason().orElseThrow());
        assertEquals("No GPUs online within the horizon: utilization is undefined",
                data.utilizationEmptyReason().orElseThrow());
        assertEquals(0, data.revenueByWorkload().getSeriesCount());
        assertEquals(0, data.utilization().getSeriesCount());
    }
}

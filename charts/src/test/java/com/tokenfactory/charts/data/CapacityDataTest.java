package com.tokenfactory.charts.data;

import com.tokenfactory.charts.Results;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import org.junit.jupiter.api.Test;

import static com.tokenfactory.charts.data.Values.assertSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CapacityDataTest {

    @Test
    void onlineAndNeededAreTheEnginesGpuCounts() {
        SimulationResult r = Results.SMALL;
        Totals t = r.totals();
        CapacityData data = CapacityData.of(Timeline.of(r, Period.MONTHLY));
        assertSeries(t.gpusOwned().toArray(), Values.of(data.online(), SeriesKey.total(SeriesKey.GPUS_OWNED)), "owned");
        assertSeries(t.gpusRented().toArray(), Values.of(data.online(), SeriesKey.total(SeriesKey.GPUS_RENTED)),
                "rented");
        assertSeries(t.gpusNeeded().toArray(), Values.of(data.neededVsBusy(), SeriesKey.total(SeriesKey.GPUS_NEEDED)),
                "needed");
    }

    @Test
    void yearlyCountsAreMeansOverTheYear() {
        SimulationResult r = Results.SMALL;
        CapacityData data = CapacityData.of(Timeline.of(r, Period.YEARLY));
        assertSeries(r.totals().gpusNeeded().yearly(),
                Values.of(data.neededVsBusy(), SeriesKey.total(SeriesKey.GPUS_NEEDED)), "needed");
        assertEquals(r.totals().gpusOwned().sum(12, 24) / 12,
                Values.of(data.online(), SeriesKey.total(SeriesKey.GPUS_OWNED))[1], 1e-9);
    }

    @Test
    void theUnservedBandRunsFromBusyToNeeded() {
        // The reference plan's GPUs power on in March: January and February go unserved.
        SimulationResult r = Results.REFERENCE;
        Totals t = r.totals();
        CapacityData data = CapacityData.of(Timeline.of(r, Period.MONTHLY));
        assertEquals(1, data.unserved().getSeriesCount());
        for (int m = 0; m < r.months(); m++) {
            double busy = (t.gpuHoursOwnedBusy().get(m) + t.gpuHoursRentedBusy().get(m)) / r.hours(m);
            assertEquals(busy, data.unserved().getStartYValue(0, m), 1e-9, "bottom of the band, month " + m);
            assertEquals(t.gpusNeeded().get(m), data.unserved().getEndYValue(0, m), 1e-9, "top, month " + m);
        }
        double unservedTokensJan = t.tokensUnserved(0);
        assertEquals(t.tokensDemanded().get(0), unservedTokensJan, 1e-3, "January is wholly unserved");
        assertEquals(t.gpusNeeded().get(0), data.unserved().getEndYValue(0, 0) - data.unserved().getStartYValue(0, 0),
                1e-9, "so the band spans all GPUs needed");
        assertEquals(0, data.unserved().getEndYValue(0, 5) - data.unserved().getStartYValue(0, 5), 1e-9,
                "June is served");
    }

    @Test
    void whenAllDemandIsServedThereIsNoBand() {
        CapacityData data = CapacityData.of(Timeline.of(Results.SMALL, Period.MONTHLY));
        assertEquals(0, Results.SMALL.totals().tokensDemanded().total() - Results.SMALL.totals().tokensServed().total(),
                1e-3 * Results.SMALL.totals().tokensDemanded().total());
        assertEquals(0, data.unserved().getSeriesCount());
    }

    @Test
    void anEmptyPlanSaysSo() {
        assertEquals("No GPUs in the plan and no demand for them",
                CapacityData.of(Timeline.of(Results.EMPTY, Period.MONTHLY)).emptyReason().orElseThrow());
    }
}

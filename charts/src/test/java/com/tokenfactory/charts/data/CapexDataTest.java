package com.tokenfactory.charts.data;

import com.tokenfactory.charts.Results;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.result.ContractResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SkuResult;
import com.tokenfactory.core.result.Totals;
import org.junit.jupiter.api.Test;

import static com.tokenfactory.charts.data.Values.assertSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapexDataTest {
    private final SimulationResult r = Results.SMALL;
    private final Totals t = r.totals();

    @Test
    void yearlyFacilityItAndCommitmentsAreTheEngineRollUps() {
        CapexData data = CapexData.of(Timeline.of(r, Period.YEARLY));
        double[] facility = Values.of(data.spending(), SeriesKey.total(SeriesKey.FACILITY_CAPEX));
        assertEquals(3, facility.length, "29 months are three plan years");
        assertEquals(t.capexFacility().yearly()[1], facility[1], 1e-6, "year 2 facility capex");
        assertSeries(t.capexFacility().yearly(), facility, "facility");
        SkuResult mi300x = r.skus().stream().filter(s -> s.capexIt().total() > 0).findFirst().orElseThrow();
        assertSeries(mi300x.capexIt().yearly(), Values.of(data.spending(), SeriesKey.sku(mi300x.skuId())), "IT");
        ContractResult committed = r.contracts().stream().filter(c -> c.kind() == ContractKind.COMMITTED)
                .findFirst().orElseThrow();
        assertSeries(committed.fees().yearly(), Values.of(data.spending(), SeriesKey.contract(committed.contractId())),
                "committed fees");
    }

    @Test
    void skusThatBuyNothingAreLeftOut() {
        CapexData data = CapexData.of(Timeline.of(r, Period.MONTHLY));
        long skusShown = Values.keys(data.spending()).stream().filter(k -> k.kind() == SeriesKey.Kind.SKU).count();
        assertEquals(1, skusShown, "only the MI300X is bought in random plan 3");
    }

    @Test
    void stackAndCumulativeAddUpToCapexPlusCommittedFees() {
        CapexData data = CapexData.of(Timeline.of(r, Period.MONTHLY));
        double running = 0;
        double[] cumulative = Values.of(data.cumulative(), SeriesKey.total(SeriesKey.CUMULATIVE_SPEND));
        for (int m = 0; m < r.months(); m++) {
            double spent = t.capex(m) + t.rentalCommitted().get(m);
            running += spent;
            assertEquals(spent, Values.stackTop(data.spending(), m), 1e-6, "month " + m);
            assertEquals(running, cumulative[m], 1e-6, "cumulative month " + m);
        }
        assertEquals(r.kpis().horizon().capex() + t.rentalCommitted().total(), cumulative[r.months() - 1], 1e-3);
        assertTrue(data.emptyReason().isEmpty());
    }

    @Test
    void anEmptyPlanSaysWhyThereIsNothing() {
        CapexData data = CapexData.of(Timeline.of(Results.EMPTY, Period.MONTHLY));
        assertEquals(0, data.spending().getSeriesCount());
        assertEquals("No capital spending and no committed partner contracts in the plan",
                data.emptyReason().orElseThrow());
        assertFalse(CapexData.of(Timeline.of(Results.REFERENCE, Period.MONTHLY)).emptyReason().isPresent());
    }
}

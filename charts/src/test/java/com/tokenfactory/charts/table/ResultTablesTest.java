package com.tokenfactory.charts.table;

import com.tokenfactory.charts.Results;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultTablesTest {
    private final SimulationResult r = Results.SMALL;

    @Test
    void headersCarryUnits() {
        List<String> headers = ResultTables.yearly(r).headers();
        assertEquals(List.of("Year", "From", "To"), headers.subList(0, 3));
        assertTrue(headers.contains("CapEx (USD)"));
        assertTrue(headers.contains("Electricity (MWh)"));
        assertTrue(headers.contains("Utilization owned (%)"));
        assertTrue(headers.contains("Cost per million tokens (USD/Mtok)"));
        assertTrue(headers.contains("Tokens per watt per dollar (tokens/J per USD/GPU-h)"));
        assertEquals("Month", ResultTables.monthly(r).headers().get(0));
    }

    @Test
    void yearlyRowsAreThePlanYearsSummaries() {
        ResultTable table = ResultTables.yearly(r);
        assertEquals(r.years().size(), table.rows().size());
        for (int y = 0; y < r.years().size(); y++) {
            PeriodSummary year = r.years().get(y);
            ResultTable.Row row = table.rows().get(y);
            assertEquals(year.capex(), row.value(table.column("CapEx")), 0.0);
            assertEquals(year.electricityMwh(), row.value(table.column("Electricity")), 0.0);
            assertEquals(year.margin(), row.value(table.column("Margin")), 0.0);
            assertEquals(year.utilizationOwned() * 100, row.value(table.column("Utilization owned")), 0.0);
            assertEquals(year.tokensPerJoule(), row.value(table.column("Tokens per joule")), 0.0);
            assertEquals(r.totals().gpusOwned().yearly()[y], row.value(table.column("Owned capacity")), 1e-9);
            assertEquals(r.totals().rentalCommitted().yearly()[y],
                    row.value(table.column("Committed contract fees")), 1e-9);
        }
        assertEquals(List.of("Y3", "2028-01", "2028-05"), table.rows().get(2).labels());
        assertTrue(Double.isNaN(table.rows().get(0).value(table.column("Tokens per joule"))),
                "no owned GPUs in year 1: undefined, not zero");
    }

    @Test
    void inputAndOutputTokensAddUpToTokensServedAndTheirCostsToTheInferenceCost() {
        ResultTable table = ResultTables.yearly(r);
        for (int y = 0; y < r.years().size(); y++) {
            PeriodSummary year = r.years().get(y);
            ResultTable.Row row = table.rows().get(y);
            double input = row.value(table.column("Input tokens served"));
            double output = row.value(table.column("Output tokens served"));
            assertEquals(year.tokensServed(), input + output, year.tokensServed() * 1e-12);
            if (input > 0) {
                double cost = row.value(table.column("Cost per million input tokens")) * input / 1e6
                        + row.value(table.column("Cost per million output tokens")) * output / 1e6;
                assertEquals(year.usdPerMillionTokens() * year.tokensServed() / 1e6, cost, cost * 1e-9);
            }
        }
    }

    @Test
    void monthlyRowsAreMonthsAndCumulativeCashEndsAtTheTotal() {
        ResultTable table = ResultTables.monthly(r);
        assertEquals(r.months(), table.rows().size());
        assertEquals(List.of("2026-01"), table.rows().get(0).labels());
        assertEquals(r.totals().electricityMwh().get(13), table.rows().get(13).value(table.column("Electricity")), 0.0);
        assertEquals(r.totals().cashFlow().total(),
                table.rows().get(r.months() - 1).value(table.column("Cumulative cash flow")), 1e-3);
    }

    @Test
    void anUnknownColumnIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ResultTables.yearly(r).column("Happiness"));
    }
}

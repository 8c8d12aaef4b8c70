package com.tokenfactory.app.cli;

import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.charts.table.ThroughputColumns;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.util.ArrayList;
import java.util.List;

/** The table `tokenfactory run --throughput` prints: one row per service × SKU, at the plan start. */
final class ThroughputTable {
    private ThroughputTable() {
    }

    static String render(SimulationResult r) {
        List<String[]> cells = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Service", "SKU"));
        ThroughputColumns.COLUMNS.forEach(c -> header.add(c.header()));
        cells.add(header.toArray(String[]::new));
        for (ThroughputEstimate e : r.throughput()) {
            List<String> row = new ArrayList<>(List.of(e.serviceId(), e.skuId()));
            ThroughputColumns.COLUMNS.forEach(c -> row.add(c.cell().apply(e)));
            cells.add(row.toArray(String[]::new));
        }
        return TextTable.render(cells, 0);
    }
}

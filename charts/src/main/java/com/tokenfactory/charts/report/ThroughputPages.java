package com.tokenfactory.charts.report;

import com.tokenfactory.charts.table.ThroughputColumns;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How each service is served on each SKU at the plan start — parallel layout, batch, what bound it, step time, time to
 * first token and input and output tokens per second per GPU — as many pages as the rows take (none without a service),
 * the table's note on the first.
 */
final class ThroughputPages {
    static final String SECTION = "Serving throughput per service and SKU";

    private ThroughputPages() {
    }

    static void add(ReportDocument doc, SimulationResult result) throws IOException {
        ReportTable table = table(result.throughput());
        int next = 0;
        boolean first = true;
        while (next < table.rows().size()) {
            try (PageWriter page = doc.newPage(first ? SECTION : SECTION + " (continued)")) {
                if (first) {
                    page.paragraph(ThroughputColumns.NOTE, doc.regular, 8, ReportDocument.MUTED, PageWriter.width());
                    page.skip(6);
                }
                next = page.table(table, next);
            }
            first = false;
        }
    }
    static ReportTable table(List<ThroughputEstimate> estimates) {
        List<String> header = new ArrayList<>(List.of("Service", "SKU"));
        ThroughputColumns.COLUMNS.forEach(c -> header.add(c.header()));
        List<List<String>> rows = new ArrayList<>();
        for (ThroughputEstimate e : estimates) {
            List<String> cells = new ArrayList<>(List.of(e.serviceId(), e.skuId()));
            ThroughputColumns.COLUMNS.forEach(c -> cells.add(c.cell().apply(e)));
            rows.add(cells);
        }
        float[] widths = new float[header.size()];
        boolean[] numeric = new boolean[header.size()];
        widths[0] = 1.3f;
        widths[1] = 1.3f;
        for (int i = 0; i < ThroughputColumns.COLUMNS.size(); i++) {
            widths[i + 2] = ThroughputColumns.COLUMNS.get(i).numeric() ? 0.8f : 1.1f;
            numeric[i + 2] = ThroughputColumns.COLUMNS.get(i).numeric();
        }
        return ReportTable.of(header, rows, widths, numeric, 6.5f);
    }
}

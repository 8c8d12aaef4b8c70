package com.tokenfactory.charts.report;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.core.result.SimulationResult;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.util.Map;

/** One page per chart, drawn as vector graphics filling the page. */
final class ChartPages {
    private ChartPages() {
    }

    static String section(ChartKind kind) {
        return "Chart " + (kind.ordinal() + 1) + " of " + ChartKind.values().length + ": " + kind.title();
    }

    static void add(ReportDocument doc, SimulationResult result, ReportOptions options) throws IOException {
        for (Map.Entry<ChartKind, JFreeChart> chart
                : ResultCharts.all(result, options.chartPeriod(), options.chartStyle()).entrySet()) {
            try (PageWriter page = doc.newPage(section(chart.getKey()))) {
                int width = (int) PageWriter.width();
                int height = (int) page.remaining();
                page.form(doc.importForm(ChartExporter.pdf(chart.getValue(), new ChartSize(width, height))),
                        PageWriter.left(), page.cursor() - height);
            }
        }
    }
}

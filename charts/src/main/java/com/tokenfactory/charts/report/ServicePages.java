package com.tokenfactory.charts.report;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Each inference service over the horizon: the daily peak capacity is held for, input and output prices, tokens
 * served and fully loaded cost per million tokens, input and output apart, and the share of its GPU-hours held idle
 * for the peak. On as many pages as the services need.
 */
final class ServicePages {
    static final String SECTION = "Services";

    private ServicePages() {
    }

    static void add(ReportDocument doc, Plan plan, SimulationResult result) throws IOException {
        if (result.services().isEmpty()) {
            return;
        }
        String cur = result.currency();
        List<List<String>> rows = new ArrayList<>();
        for (ServiceResult s : result.services()) {
            InferenceService svc = plan.services().stream().filter(x -> x.id().equals(s.serviceId())).findFirst()
                    .orElseThrow();
            double gpuHours = s.gpuHours().total();
            rows.add(List.of(s.name(), Figures.oneDecimal(svc.peakToAverage()) + "×",
                    Figures.money(svc.inputPriceUsdPerMillionTokens(), cur),
                    Figures.money(svc.outputPriceUsdPerMillionTokens(), cur),
                    Figures.number(s.inputTokensServed().total()), Figures.number(s.outputTokensServed().total()),
                    Figures.money(s.usdPerMillionInputTokens(), cur), Figures.money(s.usdPerMillionOutputTokens(), cur),
                    Figures.money(s.revenue().total(), cur),
                    gpuHours > 0 ? Figures.percent(s.gpuHoursHeldForPeak().total() / gpuHours) : "undefined"));
        }
        boolean[] numeric = new boolean[10];
        for (int i = 1; i < numeric.length; i++) {
            numeric[i] = true;
        }
        ReportTable table = ReportTable.of(List.of("Service", "Peak ÷ average", "Input price /Mtok",
                        "Output price /Mtok", "Input tokens", "Output tokens", "Cost /M input", "Cost /M output",
                        "Revenue", "Held for peak"), rows,
                new float[]{2.4f, 1f, 1.1f, 1.1f, 1f, 1f, 1.1f, 1.1f, 1.1f, 1f}, numeric, 8.5f);
        int next = 0;
        boolean first = true;
        while (next < rows.size()) {
            try (PageWriter page = doc.newPage(first ? SECTION : SECTION + " (continued)")) {
                if (first) {
                    page.line("Prices at the plan start; tokens, cost and revenue over the horizon. Cost is split "
                            + "between input and output tokens by prefill and decode time.", doc.regular, 10,
                            ReportDocument.MUTED);
                    page.skip(4);
                }
                next = page.table(table, next);
            }
            first = false;
        }
    }
}

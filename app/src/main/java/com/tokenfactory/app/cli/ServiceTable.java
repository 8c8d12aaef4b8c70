package com.tokenfactory.app.cli;

import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-service table `tokenfactory run` prints over the horizon: the daily peak capacity is held for, requests
 * served (tokens served ÷ the service's tokens per request, whichever unit its demand is in), input and output tokens
 * served, their prices, and the fully loaded cost per million input and output tokens.
 */
final class ServiceTable {
    static final List<String> HEADERS = List.of("Service", "Peak/avg", "Requests", "Input tokens", "Output tokens",
            "Price in/out (/Mtok)", "Cost in/out (/Mtok)", "Revenue", "Held for peak");

    private ServiceTable() {
    }

    static String render(Plan plan, SimulationResult r) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS.toArray(String[]::new));
        for (ServiceResult s : r.services()) {
            InferenceService svc = plan.services().stream().filter(x -> x.id().equals(s.serviceId())).findFirst()
                    .orElseThrow();
            double gpuHours = s.gpuHours().total();
            cells.add(new String[] {
                    s.name(),
                    Numbers.fixed(svc.peakToAverage(), 2),
                    Numbers.count(s.tokensServed().total() / svc.tokensPerRequest()),
                    Numbers.tokens(s.inputTokensServed().total()),
                    Numbers.tokens(s.outputTokensServed().total()),
                    YearlyTable.money(svc.inputPriceUsdPerMillionTokens()) + " / "
                            + YearlyTable.money(svc.outputPriceUsdPerMillionTokens()),
                    YearlyTable.money(s.usdPerMillionInputTokens()) + " / "
                            + YearlyTable.money(s.usdPerMillionOutputTokens()),
                    YearlyTable.money(s.revenue().total()),
                    gpuHours > 0 ? YearlyTable.percent(s.gpuHoursHeldForPeak().total() / gpuHours) : "—"});
        }
        return TextTable.render(cells, 0);
    }
}

package com.tokenfactory.app.cli;

import com.tokenfactory.app.format.Numbers;
import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-service table `tokenfactory run` prints over the horizon: the daily peak capacity is held for, input and
 * output tokens served, their prices, and the fully loaded cost per million input and output tokens.
 */
final class ServiceTable {
    static final List<String> HEADERS = List.of("Service", "Peak/avg", "Input (Ttok)", "Output (Ttok)",
            "Price in/out ($/Mtok)", "Cost in/out ($/Mtok)", "Revenue ($M)", "Held for peak (%)");

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
                    Numbers.fixed(s.inputTokensServed().total() / 1e12, 2),
                    Numbers.fixed(s.outputTokensServed().total() / 1e12, 2),
                    Numbers.fixed(svc.inputPriceUsdPerMillionTokens(), 2) + " / "
                            + Numbers.fixed(svc.outputPriceUsdPerMillionTokens(), 2),
                    Numbers.fixed(s.usdPerMillionInputTokens(), 3) + " / "
                            + Numbers.fixed(s.usdPerMillionOutputTokens(), 3),
                    YearlyTable.money(s.revenue().total()),
                    gpuHours > 0 ? YearlyTable.percent(s.gpuHoursHeldForPeak().total() / gpuHours) : "—"});
        }
        return TextTable.render(cells, 0);
    }
}

package com.tokenfactory.charts.report;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Page 2: the headline figures over the whole horizon, money on the left, operations on the right. */
final class KpiPage {
    static final String SECTION = "Key figures over the horizon";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private KpiPage() {
    }

    static void add(ReportDocument doc, SimulationResult result) throws IOException {
        Kpis k = result.kpis();
        PeriodSummary h = k.horizon();
        String cur = result.currency();
        List<List<String>> money = List.of(
                List.of("Net present value", Numbers.moneyFigure(k.npv(), cur)),
                List.of("Internal rate of return", k.irr() == null
                        ? "undefined (the plan earns before it invests, or no single rate zeroes its NPV)"
                        : Numbers.rate(k.irr()) + " a year"),
                List.of("Payback", k.paybackYearMonth() == null ? "not within the horizon"
                        : MONTH.format(k.paybackYearMonth()) + " (month " + (k.paybackMonth() + 1) + ")"),
                List.of("CapEx (facility + IT)", Numbers.moneyFigure(h.capex(), cur) + " (" + Numbers.moneyFigure(h.capexFacility(),
                        cur) + " + " + Numbers.moneyFigure(h.capexIt(), cur) + ")"),
                List.of("Committed and on-demand rental", Numbers.moneyFigure(h.rental(), cur)),
                List.of("Revenue", Numbers.moneyFigure(h.revenue(), cur)),
                List.of("Total cost (depreciation, electricity, operations, rental)", Numbers.moneyFigure(h.totalCost(), cur)),
                List.of("Margin", Numbers.moneyFigure(h.margin(), cur) + " (" + Numbers.share(h.marginShare())
                        + " of revenue)"),
                List.of("Cash flow", Numbers.moneyFigure(h.cashFlow(), cur)),
                List.of("Residual book value (not in NPV)", Numbers.moneyFigure(k.residualBookValue(), cur)),
                List.of("Cost of idle capacity", Numbers.moneyFigure(k.idleCapacityCost(), cur)));
        List<List<String>> operations = List.of(
                List.of("Tokens demanded / served", Numbers.tokens(h.tokensDemanded()) + " / "
                        + Numbers.tokens(h.tokensServed())),
                List.of("Unserved demand", Numbers.share(h.unservedShare())),
                List.of("Utilization owned / rented / all", Numbers.share(h.utilizationOwned()) + " / "
                        + Numbers.share(h.utilizationRented()) + " / " + Numbers.share(h.utilization())),
                List.of("Cost per million tokens", Numbers.moneyFigure(h.usdPerMillionTokens(), cur)),
                List.of("Tokens per joule", Numbers.countFigure(h.tokensPerJoule())),
                List.of("Tokens per watt per dollar", Numbers.countFigure(h.tokensPerWattPerDollar())
                        + " tokens/J per " + cur + "/GPU-h"),
                List.of("Facility electricity", Numbers.energyMwh(h.electricityMwh()) + ", "
                        + Numbers.moneyFigure(h.electricityCost(), cur)),
                List.of("Peak facility power", Numbers.powerMw(k.peakFacilityMw())),
                List.of("Training runs late or unfinished", String.valueOf(k.lateTrainingRuns())),
                List.of("Validation issues", result.count(Severity.ERROR) + " errors, "
                        + result.count(Severity.WARNING) + " warnings, " + result.count(Severity.INFO) + " notes"));
        try (PageWriter page = doc.newPage(SECTION)) {
            page.line(result.kpis().horizon().label(), doc.bold, 13, ReportDocument.TEXT);
            page.skip(8);
            float gap = 24;
            float half = (PageWriter.width() - gap) / 2;
            float top = page.cursor();
            page.table(ReportTable.of(List.of("Money", ""), money, new float[]{1.1f, 1f},
                    new boolean[]{false, true}, 9.5f), 0, PageWriter.left(), half);
            float bottom = page.cursor();
            page.moveTo(top);
            page.table(ReportTable.of(List.of("Operations", ""), operations, new float[]{1f, 1.1f},
                    new boolean[]{false, true}, 9.5f), 0, PageWriter.left() + half + gap, half);
            page.moveTo(Math.min(bottom, page.cursor()) - 10);
            page.paragraph("Ratios are the engine's: computed from the horizon's sums, never averaged over months. "
                    + "Cost per million tokens is fully loaded (depreciation, electricity, operations and rental, each "
                    + "pool's cost shared by busy GPU-hours); tokens per joule counts tokens served on owned GPUs per "
                    + "joule of facility energy; tokens per watt per dollar is tokens per joule divided by the owned "
                    + "fleet's cost per GPU-hour.", doc.regular, 9, ReportDocument.MUTED, PageWriter.width());
        }
    }
}

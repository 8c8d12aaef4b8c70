package com.tokenfactory.charts.report;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.trace.Badge;
import com.tokenfactory.core.trace.Explainer;
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

    private static String terminal(Kpis k) {
        return switch (k.terminalValueMethod()) {
            case NONE -> "none";
            case BOOK_VALUE -> "remaining book value";
            case ECONOMIC_VALUE -> "remaining economic value of GPUs in life";
            case PERPETUITY -> "perpetuity";
        };
    }

    /**
     * The provenance mark of a figure (issue 13): " [A]" when it rests on planner's assumptions, " [U]" on default
     * (uncalibrated) efficiencies, " [A, U]" both, "" neither — or when the figure cannot be traced against this plan.
     */
    static String mark(Explainer explainer, String question, String efficiencySource) {
        if (explainer == null) {
            return "";
        }
        try {
            Badge b = Badge.of(explainer.explain(question), efficiencySource);
            boolean a = !b.assumptions().isEmpty();
            return a && b.uncalibrated() ? " [A, U]" : a ? " [A]" : b.uncalibrated() ? " [U]" : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    static void add(ReportDocument doc, Plan plan, SimulationResult result) throws IOException {
        Explainer explainer = plan == null ? null : new Explainer(plan, result);
        String eff = result.efficiencySource();
        java.util.function.Function<String, String> m = q -> mark(explainer, q, eff);
        Kpis k = result.kpis();
        PeriodSummary h = k.horizon();
        String cur = result.currency();
        List<List<String>> money = List.of(
                List.of("NPV after tax, with terminal value", Numbers.moneyFigure(k.npv(), cur) + " ("
                        + Numbers.moneyFigure(k.npvExcludingTerminalValue(), cur) + " without)" + m.apply("npv")),
                List.of("Terminal value: " + terminal(k), Numbers.moneyFigure(k.terminalValue(), cur)),
                List.of("IRR (after tax, with terminal value)", k.irr() == null
                        ? "undefined (the plan earns before it invests, or no single rate zeroes its NPV)"
                        : Numbers.rate(k.irr()) + " a year" + m.apply("irr")),
                List.of("Payback (after-tax cash, no terminal value)", k.paybackYearMonth() == null ? "not within the horizon"
                        : MONTH.format(k.paybackYearMonth()) + " (month " + (k.paybackMonth() + 1) + ")"
                        + m.apply("payback")),
                List.of("CapEx (facility + IT)", Numbers.moneyFigure(h.capex(), cur) + " (" + Numbers.moneyFigure(h.capexFacility(),
                        cur) + " + " + Numbers.moneyFigure(h.capexIt(), cur) + ")"),
                List.of("Committed and on-demand rental", Numbers.moneyFigure(h.rental(), cur)),
                List.of("Revenue", Numbers.moneyFigure(h.revenue(), cur) + m.apply("revenue")),
                List.of("Total cost", Numbers.moneyFigure(h.totalCost(), cur) + m.apply("total cost")),
                List.of("Margin", Numbers.moneyFigure(h.margin(), cur) + " (" + Numbers.share(h.marginShare())
                        + " of revenue)" + m.apply("margin")),
                List.of("Cash flow after tax (before tax)", Numbers.moneyFigure(h.freeCashFlow(), cur) + " ("
                        + Numbers.moneyFigure(h.cashFlow(), cur) + "; NPV " + Numbers.moneyFigure(k.npvPreTax(), cur) + ")"),
                List.of("Residual book value", Numbers.moneyFigure(k.residualBookValue(), cur)),
                List.of("Cost of idle capacity", Numbers.moneyFigure(k.idleCapacityCost(), cur)));
        List<List<String>> operations = List.of(
                List.of("Tokens demanded / served", Numbers.tokens(h.tokensDemanded()) + " / "
                        + Numbers.tokens(h.tokensServed())),
                List.of("Unserved demand", Numbers.share(h.unservedShare()) + m.apply("unserved share")),
                List.of("Utilization owned / rented / all", Numbers.share(h.utilizationOwned()) + " / "
                        + Numbers.share(h.utilizationRented()) + " / " + Numbers.share(h.utilization())
                        + m.apply("utilization")),
                List.of("Cost per million tokens, fully loaded (idle / capital)", Numbers.moneyFigure(h.usdPerMillionTokens(), cur)
                        + " (" + Numbers.moneyFigure(h.usdPerMillionTokensIdle(), cur) + " / "
                        + Numbers.moneyFigure(h.usdPerMillionTokensCapital(), cur) + ")" + m.apply("$/mtok")),
                List.of("Tokens per joule", Numbers.countFigure(h.tokensPerJoule()) + m.apply("tokens per joule")),
                List.of("Tokens per watt per dollar", Numbers.countFigure(h.tokensPerWattPerDollar())
                        + " tokens/J per " + cur + "/GPU-h"),
                List.of("Facility electricity", Numbers.energyMwh(h.electricityMwh()) + ", "
                        + Numbers.moneyFigure(h.electricityCost(), cur) + m.apply("electricity")),
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
            page.paragraph("NPV is after tax: unlevered free cash flow at the WACC plus the terminal value, shown apart; "
                    + "the pre-tax NPV is a view only. Cost per million tokens is fully loaded (depreciation, capital "
                    + "charge at the WACC, electricity, operations, property tax and insurance, rental, idle capacity). "
                    + "Ratios come from the horizon's sums; tokens per joule counts tokens served on owned GPUs per "
                    + "joule of facility energy; tokens per watt per dollar is tokens per joule divided by the owned "
                    + "fleet's cost per GPU-hour. [A]: the figure rests on the planner's own assumptions (prices, demand, "
                    + "assumptions changed from their sourced defaults); [U]: on serving efficiencies from the defaults, "
                    + "not a calibration of this plan's GPUs ('tokenfactory explain' shows which).", doc.regular, 9, ReportDocument.MUTED, PageWriter.width());
        }
    }
}

package com.tokenfactory.app.cli;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The yearly table `tokenfactory run` prints: one row per plan year and one for the horizon, each cell with its unit. */
final class YearlyTable {
    record Column(String header, Function<PeriodSummary, String> cell) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("Year", PeriodSummary::label),
            new Column("CapEx", p -> money(p.capex())),
            new Column("Electricity", p -> Numbers.energyMwh(p.electricityMwh())),
            new Column("Electricity cost", p -> money(p.electricityCost())),
            new Column("Revenue", p -> money(p.revenue())),
            new Column("Margin", p -> money(p.margin())),
            new Column("Utilization", p -> percent(p.utilization())),
            new Column("Cost/Mtok", p -> money(p.usdPerMillionTokens())),
            new Column("of which idle", p -> money(p.usdPerMillionTokensIdle())),
            new Column("capital", p -> money(p.usdPerMillionTokensCapital())),
            new Column("FCF after tax", p -> money(p.freeCashFlow())),
            new Column("Unserved tokens", p -> Numbers.tokens(p.tokensUnserved())),
            new Column("Unserved", p -> percent(p.unservedShare())));

    private YearlyTable() {
    }

    static String render(SimulationResult r) {
        List<PeriodSummary> rows = new ArrayList<>(r.years());
        rows.add(r.kpis().horizon());
        List<String[]> cells = new ArrayList<>();
        cells.add(COLUMNS.stream().map(Column::header).toArray(String[]::new));
        for (PeriodSummary p : rows) {
            cells.add(COLUMNS.stream().map(c -> c.cell().apply(p)).toArray(String[]::new));
        }
        // a rule under the header and above the horizon's row
        return TextTable.render(cells, 0, cells.size() - 2);
    }

    static String kpiLines(SimulationResult r, double discountRate) {
        Kpis k = r.kpis();
        PeriodSummary h = k.horizon();
        return String.format(Locale.ROOT, "NPV after tax at %s (unlevered free cash flow at the WACC): %s with "
                        + "terminal value (%s: %s at the horizon's end), %s without%n"
                        + "Pre-tax cash flow at the same rate: %s (a pre-tax view, not comparable)%n"
                        + "IRR (after tax, with terminal value): %s   Payback (after-tax free cash flow, no terminal value): "
                        + "%s   Residual book value: %s%n"
                        + "Fully loaded cost: %s/Mtok, of which idle capacity %s and capital charge %s; "
                        + "served-pool cost %s/Mtok%n"
                        + "Tokens per joule: %s   Tokens per watt per dollar: %s (tokens/J per $/GPU-h)   Peak facility power: %s%n"
                        + "Late training runs: %d   Efficiencies: %s%n",
                Numbers.rate(discountRate), money(k.npv()), terminalName(k.terminalValueMethod()),
                money(k.terminalValue()), money(k.npvExcludingTerminalValue()), money(k.npvPreTax()),
                k.irr() == null ? "n/a (the plan earns before it invests, or no single rate zeroes its NPV)" : percent(k.irr()),
                k.paybackYearMonth() != null ? k.paybackYearMonth() + " (month " + (k.paybackMonth() + 1) + ")"
                        : noCashFlow(r) ? "none (the plan has no cash flow)" : "not within the horizon",
                money(k.residualBookValue()), money(h.usdPerMillionTokens()), money(h.usdPerMillionTokensIdle()),
                money(h.usdPerMillionTokensCapital()), money(h.usdPerMillionTokensServedPools()),
                Numbers.countFigure(h.tokensPerJoule()), Numbers.countFigure(h.tokensPerWattPerDollar()),
                Numbers.powerMw(k.peakFacilityMw()), k.lateTrainingRuns(), r.efficiencySource());
    }

    static String terminalName(com.tokenfactory.core.plan.Assumptions.TerminalValue method) {
        return switch (method) {
            case NONE -> "none";
            case BOOK_VALUE -> "remaining book value";
            case ECONOMIC_VALUE -> "remaining economic value of GPUs in life";
            case PERPETUITY -> "perpetuity";
        };
    }

    private static boolean noCashFlow(SimulationResult r) {
        for (int m = 0; m < r.months(); m++) {
            if (r.totals().cashFlow().get(m) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Money as every table writes it: three significant figures, the sign before the dollar (−$33.2B). */
    static String money(double usd) {
        return Numbers.moneyFigure(usd, "USD");
    }

    static String percent(double fraction) {
        return Numbers.share(fraction);
    }
}

package com.tokenfactory.app.cli;

import com.tokenfactory.app.format.Numbers;
import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The yearly table `tokenfactory run` prints: one row per plan year and one for the horizon, units in the header. */
final class YearlyTable {
    record Column(String header, Function<PeriodSummary, String> cell) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("Year", PeriodSummary::label),
            new Column("CapEx ($M)", p -> money(p.capex())),
            new Column("Electricity (GWh)", p -> Numbers.fixed(p.electricityMwh() / 1000, 1)),
            new Column("Electricity ($M)", p -> money(p.electricityCost())),
            new Column("Revenue ($M)", p -> money(p.revenue())),
            new Column("Margin ($M)", p -> money(p.margin())),
            new Column("Utilization (%)", p -> percent(p.utilization())),
            new Column("$/Mtok", p -> Numbers.fixed(p.usdPerMillionTokens(), 3)),
            new Column("idle", p -> Numbers.fixed(p.usdPerMillionTokensIdle(), 3)),
            new Column("capital", p -> Numbers.fixed(p.usdPerMillionTokensCapital(), 3)),
            new Column("FCF after tax ($M)", p -> money(p.freeCashFlow())),
            new Column("Unserved (Ttok)", p -> Numbers.fixed(p.tokensUnserved() / 1e12, 2)),
            new Column("Unserved (%)", p -> percent(p.unservedShare())));

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
        return String.format(Locale.ROOT, "NPV after tax at %s%% (unlevered free cash flow at the WACC): $%sM with "
                        + "terminal value (%s: $%sM at the horizon's end), $%sM without%n"
                        + "Pre-tax cash flow at the same rate: $%sM (a pre-tax view, not comparable)%n"
                        + "IRR (after tax, with terminal value): %s   Payback (after-tax free cash flow, no terminal value): "
                        + "%s   Residual book value: $%sM%n"
                        + "Fully loaded cost: $%s/Mtok, of which idle capacity $%s and capital charge $%s; "
                        + "served-pool cost $%s/Mtok%n"
                        + "Tokens per joule: %s   Tokens per watt per dollar: %s (tokens/J per $/GPU-h)   Peak facility power: %s MW%n"
                        + "Late training runs: %d   Efficiencies: %s%n",
                Numbers.fixed(discountRate * 100, 2), money(k.npv()), terminalName(k.terminalValueMethod()),
                money(k.terminalValue()), money(k.npvExcludingTerminalValue()), money(k.npvPreTax()),
                k.irr() == null ? "n/a (the plan earns before it invests, or no single rate zeroes its NPV)" : percent(k.irr()) + "%",
                k.paybackYearMonth() == null ? "not within the horizon" : k.paybackYearMonth() + " (month " + (k.paybackMonth() + 1) + ")",
                money(k.residualBookValue()), Numbers.fixed(h.usdPerMillionTokens(), 4),
                Numbers.fixed(h.usdPerMillionTokensIdle(), 4), Numbers.fixed(h.usdPerMillionTokensCapital(), 4),
                Numbers.fixed(h.usdPerMillionTokensServedPools(), 4), Numbers.fixed(h.tokensPerJoule(), 2), Numbers.fixed(h.tokensPerWattPerDollar(), 2),
                Numbers.fixed(k.peakFacilityMw(), 1), k.lateTrainingRuns(), r.efficiencySource());
    }

    static String terminalName(com.tokenfactory.core.plan.Assumptions.TerminalValue method) {
        return switch (method) {
            case NONE -> "none";
            case BOOK_VALUE -> "remaining book value";
            case ECONOMIC_VALUE -> "remaining economic value of GPUs in life";
            case PERPETUITY -> "perpetuity";
        };
    }

    static String money(double usd) {
        return Numbers.fixed(usd / 1e6, 1);
    }

    static String percent(double fraction) {
        return Numbers.fixed(fraction * 100, 1);
    }
}

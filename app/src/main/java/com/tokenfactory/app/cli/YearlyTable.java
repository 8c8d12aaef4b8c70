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
        return String.format(Locale.ROOT, "NPV at %s%%: $%sM   IRR: %s   Payback: %s   Residual book value: $%sM%n"
                        + "Tokens per joule: %s   Tokens per watt per dollar: %s (tokens/J per $/GPU-h)   Peak facility power: %s MW%n"
                        + "Late training runs: %d   Efficiencies: %s%n",
                Numbers.fixed(discountRate * 100, 2), money(k.npv()),
                k.irr() == null ? "n/a (the plan earns before it invests, or no single rate zeroes its NPV)" : percent(k.irr()) + "%",
                k.paybackYearMonth() != null ? k.paybackYearMonth() + " (month " + (k.paybackMonth() + 1) + ")"
                        : noCashFlow(r) ? "none (the plan has no cash flow)" : "not within the horizon",
                money(k.residualBookValue()), Numbers.fixed(h.tokensPerJoule(), 2), Numbers.fixed(h.tokensPerWattPerDollar(), 2),
                Numbers.fixed(k.peakFacilityMw(), 1), k.lateTrainingRuns(), r.efficiencySource());
    }

    private static boolean noCashFlow(SimulationResult r) {
        for (int m = 0; m < r.months(); m++) {
            if (r.totals().cashFlow().get(m) != 0) {
                return false;
            }
        }
        return true;
    }

    static String money(double usd) {
        return Numbers.fixed(usd / 1e6, 1);
    }

    static String percent(double fraction) {
        return Numbers.fixed(fraction * 100, 1);
    }
}

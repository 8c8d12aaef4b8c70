package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;

import java.util.List;

/** The headline figures of a result, as the KPI strip shows them: label, value with its unit, and a detail line. */
public final class KpiTiles {
    /** How a figure should catch the eye. */
    public enum Tone { NEUTRAL, GOOD, WARNING, BAD }

    /** One tile: {@code id} is stable for tests and styling. */
    public record Tile(String id, String label, String value, String detail, Tone tone, String explanation) {
    }

    /** Unserved demand above this share of what was asked for is shown as a warning. */
    static final double UNSERVED_WARNING = 0.05;

    private KpiTiles() {
    }

    public static List<Tile> of(SimulationResult r) {
        Kpis k = r.kpis();
        PeriodSummary h = k.horizon();
        String c = r.currency();
        String span = Numbers.years(r.start(), r.month(r.months() - 1));
        return List.of(
                new Tile("capex", "CapEx", Numbers.money(h.capex(), c),
                        span + " · IT " + Numbers.money(h.capexIt(), c),
                        Tone.NEUTRAL, "Facility and GPU spending over the horizon, when it is spent."),
                new Tile("electricity", "Electricity", Numbers.money(h.electricityCost(), c),
                        Numbers.energyMwh(h.electricityMwh()) + " at the meter", Tone.NEUTRAL,
                        "Facility energy (IT × PUE) of owned capacity times each site's price."),
                new Tile("revenue", "Revenue", Numbers.money(h.revenue(), c),
                        "margin " + Numbers.money(h.margin(), c), h.margin() < 0 ? Tone.BAD : Tone.NEUTRAL,
                        "Served tokens at each month's price, plus training GPU-hours at their value."),
                new Tile("npv", "NPV after tax", (k.npv() > 0 ? "+" : "") + Numbers.money(k.npv(), c),
                        irr(k) + " · " + Numbers.money(k.npvExcludingTerminalValue(), c) + " without terminal value",
                        k.npv() < 0 ? Tone.BAD : Tone.GOOD,
                        "After-tax unlevered free cash flow discounted at the WACC, plus the terminal value ("
                                + terminal(k) + ", " + Numbers.money(k.terminalValue(), c) + " at the horizon's end). "
                                + "Pre-tax cash flow at the same rate: " + Numbers.money(k.npvPreTax(), c) + "."),
                new Tile("payback", "Payback", payback(k), paybackDetail(k, r),
                        k.paybackMonth() == null ? Tone.BAD : Tone.NEUTRAL,
                        "First month after which cumulative after-tax free cash flow (no terminal value) stays at "
                                + "or above zero."),
                new Tile("utilization", "Utilization", Numbers.percent(h.utilization()),
                        "owned " + Numbers.percent(h.utilizationOwned()) + " · rented "
                                + Numbers.percent(h.utilizationRented()), Tone.NEUTRAL,
                        "Busy GPU-hours ÷ available GPU-hours over the horizon, owned and rented."),
                new Tile("cost-per-mtok", "Cost per Mtok", Numbers.price(h.usdPerMillionTokens(), c),
                        "fully loaded · idle " + Numbers.price(h.usdPerMillionTokensIdle(), c) + " · capital "
                                + Numbers.price(h.usdPerMillionTokensCapital(), c), Tone.NEUTRAL,
                        "Fully loaded cost of inference ÷ tokens served × 10⁶: depreciation, capital charge at the "
                                + "WACC on capital tied up, electricity, operations, property tax and insurance, "
                                + "rental, and its share of idle capacity. Served-pool cost (no capital charge, no "
                                + "idle capacity): " + Numbers.price(h.usdPerMillionTokensServedPools(), c) + "."),
                new Tile("unserved", "Unserved demand", Numbers.percent(h.unservedShare()),
                        Numbers.tokens(h.tokensUnserved()) + " tokens",
                        h.unservedShare() > UNSERVED_WARNING ? Tone.WARNING : Tone.NEUTRAL,
                        "Tokens asked for that no permitted capacity could serve."));
    }

    private static String irr(Kpis k) {
        return k.irr() == null ? "IRR not meaningful" : "IRR " + Numbers.percent(k.irr());
    }

    /** The terminal value method in words. */
    static String terminal(Kpis k) {
        return switch (k.terminalValueMethod()) {
            case NONE -> "none";
            case BOOK_VALUE -> "remaining book value";
            case ECONOMIC_VALUE -> "remaining economic value of GPUs in life";
            case PERPETUITY -> "perpetuity";
        };
    }

    private static String payback(Kpis k) {
        if (k.paybackMonth() == null) {
            return "not reached";
        }
        return k.paybackMonth() == 0 ? "from the start" : k.paybackYearMonth().toString();
    }

    private static String paybackDetail(Kpis k, SimulationResult r) {
        if (k.paybackMonth() == null) {
            return "cash flow negative at " + r.month(r.months() - 1);
        }
        // counted from 1, as the timeline and 'tokenfactory run' count months
        return "month " + (k.paybackMonth() + 1) + " of " + r.months();
    }
}

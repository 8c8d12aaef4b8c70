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
                new Tile("npv", "NPV", (k.npv() > 0 ? "+" : "") + Numbers.money(k.npv(), c),
                        irr(k), k.npv() < 0 ? Tone.BAD : Tone.GOOD,
                        "Monthly cash flows discounted at the plan's discount rate; excludes residual value."),
                new Tile("payback", "Payback", payback(k), paybackDetail(k, r),
                        k.paybackMonth() == null ? Tone.BAD : Tone.NEUTRAL,
                        "First month after which cumulative cash flow stays at or above zero."),
                new Tile("utilization", "Utilization", Numbers.percent(h.utilization()),
                        "owned " + Numbers.percent(h.utilizationOwned()) + " · rented "
                                + Numbers.percent(h.utilizationRented()), Tone.NEUTRAL,
                        "Busy GPU-hours ÷ available GPU-hours over the horizon, owned and rented."),
                new Tile("cost-per-mtok", "Cost per Mtok", Numbers.price(h.usdPerMillionTokens(), c),
                        "per million tokens, fully loaded", Tone.NEUTRAL,
                        "Cost attributed to inference ÷ tokens served × 10⁶ (depreciation, electricity, "
                                + "operations, rental)."),
                new Tile("unserved", "Unserved demand", Numbers.percent(h.unservedShare()),
                        Numbers.tokens(h.tokensUnserved()) + " tokens",
                        h.unservedShare() > UNSERVED_WARNING ? Tone.WARNING : Tone.NEUTRAL,
                        "Tokens asked for that no permitted capacity could serve."));
    }

    private static String irr(Kpis k) {
        return k.irr() == null ? "IRR not meaningful" : "IRR " + Numbers.percent(k.irr());
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

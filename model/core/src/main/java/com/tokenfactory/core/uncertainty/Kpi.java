package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.result.SimulationResult;

/** A headline figure of a run that tornado, goal seek and the trials' distributions read. */
public enum Kpi {
    NPV("npv", "NPV", "USD"),
    IRR("irr", "IRR", "per year"),
    PAYBACK("payback", "Payback month", "months"),
    PEAK_POWER("peakPower", "Peak facility power", "MW"),
    REVENUE("revenue", "Revenue over the horizon", "USD"),
    UNSERVED("unserved", "Unserved share of demand", "fraction");

    private final String id;
    private final String label;
    private final String unit;

    Kpi(String id, String label, String unit) {
        this.id = id;
        this.label = label;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** The figure of a run; NaN where it has none (no IRR, no payback within the horizon). */
    public double of(SimulationResult r) {
        return switch (this) {
            case NPV -> r.kpis().npv();
            case IRR -> r.kpis().irr() == null ? Double.NaN : r.kpis().irr();
            case PAYBACK -> r.kpis().paybackMonth() == null ? Double.NaN : r.kpis().paybackMonth();
            case PEAK_POWER -> r.kpis().peakFacilityMw();
            case REVENUE -> r.totals().revenueInference().total() + r.totals().revenueTraining().total();
            case UNSERVED -> {
                double demanded = r.totals().tokensDemanded().total();
                yield demanded <= 0 ? 0.0 : Math.max(0.0, demanded - r.totals().tokensServed().total()) / demanded;
            }
        };
    }

    /** The figure as a reader sees it: "−$27.8B", "12.5%", "month 55", "2,578 MW"; "—" where there is none. */
    public String format(double v, String currency) {
        if (!Double.isFinite(v)) {
            return com.tokenfactory.core.format.Numbers.UNKNOWN;
        }
        return switch (this) {
            case NPV, REVENUE -> com.tokenfactory.core.format.Numbers.money(v, currency);
            case IRR, UNSERVED -> com.tokenfactory.core.format.Numbers.percent(v);
            case PAYBACK -> String.format(java.util.Locale.ROOT, "month %d", Math.round(v) + 1);
            case PEAK_POWER -> com.tokenfactory.core.format.Numbers.fixed(v, 0) + " MW";
        };
    }

    /** A change of the figure, signed: "+$2.1B", "−13.1 pts", "±$0", "+3 mo", "−322 MW"; "—" where there is none. */
    public String formatChange(double d, String currency) {
        if (!Double.isFinite(d)) {
            return com.tokenfactory.core.format.Numbers.UNKNOWN;
        }
        String sign = d > 0 ? "+" : d < 0 ? com.tokenfactory.core.format.Numbers.MINUS : "±";
        double a = Math.abs(d);
        return switch (this) {
            case NPV, REVENUE -> sign + com.tokenfactory.core.format.Numbers.money(a, currency);
            case IRR, UNSERVED -> sign + com.tokenfactory.core.format.Numbers.fixed(a * 100, 1) + " pts";
            case PAYBACK -> sign + Math.round(a) + " mo";
            case PEAK_POWER -> sign + com.tokenfactory.core.format.Numbers.fixed(a, 0) + " MW";
        };
    }

    public static Kpi byId(String id) {
        for (Kpi k : values()) {
            if (k.id.equalsIgnoreCase(id) || k.name().equalsIgnoreCase(id.replace('-', '_'))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown KPI '" + id + "' (one of "
                + java.util.Arrays.stream(values()).map(Kpi::id).toList() + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}

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

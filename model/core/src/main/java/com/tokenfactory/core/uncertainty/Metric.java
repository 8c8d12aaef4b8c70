package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;

/** A monthly series the trials keep percentiles of (a fan chart each). */
public enum Metric {
    CAPEX("capex", "CapEx", "USD"),
    ELECTRICITY("electricity", "Electricity cost", "USD"),
    REVENUE("revenue", "Revenue", "USD"),
    MARGIN("margin", "Margin (revenue − cost of running)", "USD"),
    CASH("cash", "Cumulative cash flow", "USD"),
    UTILIZATION("utilization", "Utilization (busy ÷ available GPU-hours)", "fraction"),
    UNSERVED("unserved", "Unserved share of demand", "fraction"),
    GPUS_NEEDED("gpusNeeded", "GPUs needed", "GPUs");

    private final String id;
    private final String label;
    private final String unit;

    Metric(String id, String label, String unit) {
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

    /** Writes the run's months of this metric into {@code out} from {@code offset}. */
    void values(SimulationResult r, double[] out, int offset) {
        Totals t = r.totals();
        int n = t.months();
        double cash = 0;
        for (int m = 0; m < n; m++) {
            out[offset + m] = switch (this) {
                case CAPEX -> t.capex(m);
                case ELECTRICITY -> t.electricityCost().get(m);
                case REVENUE -> t.revenue(m);
                case MARGIN -> t.margin(m);
                case CASH -> cash += t.cashFlow().get(m);
                case UTILIZATION -> {
                    double available = t.gpuHoursOwned().get(m) + t.gpuHoursRented().get(m);
                    yield available <= 0 ? 0.0 : (t.gpuHoursOwnedBusy().get(m) + t.gpuHoursRentedBusy().get(m)) / available;
                }
                case UNSERVED -> {
                    double demanded = t.tokensDemanded().get(m);
                    yield demanded <= 0 ? 0.0 : t.tokensUnserved(m) / demanded;
                }
                case GPUS_NEEDED -> t.gpusNeeded().get(m);
            };
        }
    }

    public double[] values(SimulationResult r) {
        double[] out = new double[r.totals().months()];
        values(r, out, 0);
        return out;
    }
}

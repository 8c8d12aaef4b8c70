package com.tokenfactory.core.result;

/** What a series measures, and how its months roll up into a year. */
public enum Unit {
    USD("USD", Rollup.SUM),
    MWH("MWh", Rollup.SUM),
    MW("MW", Rollup.MEAN),
    TOKENS("tokens", Rollup.SUM),
    GPU_HOURS("GPU-h", Rollup.SUM),
    GPUS("GPUs", Rollup.MEAN),
    FLOP("FLOP", Rollup.SUM),
    /** A ratio (utilization, $/Mtok …): yearly values are recomputed from sums, never averaged; see PeriodSummary. */
    RATIO("", Rollup.NONE);

    public enum Rollup { SUM, MEAN, NONE }

    private final String symbol;
    private final Rollup rollup;

    Unit(String symbol, Rollup rollup) {
        this.symbol = symbol;
        this.rollup = rollup;
    }

    public String symbol() {
        return symbol;
    }

    public Rollup rollup() {
        return rollup;
    }
}

package com.tokenfactory.charts;

/** The charts of a simulation result, in the order the dashboard and the report show them. */
public enum ChartKind {
    CAPEX("CapEx and committed spend", "capex"),
    ELECTRICITY("Electricity", "electricity"),
    YIELD("Yield: revenue, cost, margin and utilization", "yield"),
    CAPACITY("Capacity vs demand", "capacity"),
    UNIT_ECONOMICS("Unit economics", "unit-economics"),
    CASH_FLOW("Cash flow and payback", "cash-flow");

    private final String title;
    private final String fileStem;

    ChartKind(String title, String fileStem) {
        this.title = title;
        this.fileStem = fileStem;
    }

    public String title() {
        return title;
    }

    /** A file name without extension, e.g. "unit-economics", for exports and the command line. */
    public String fileStem() {
        return fileStem;
    }
}

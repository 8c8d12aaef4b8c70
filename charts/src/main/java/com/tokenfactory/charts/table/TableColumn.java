package com.tokenfactory.charts.table;

import java.util.Objects;

/**
 * A numeric column of a result table.
 *
 * @param title  what it measures, e.g. "CapEx"
 * @param unit   its unit, e.g. "USD", "MWh", "%"
 * @param kind   how a spreadsheet should format it
 */
public record TableColumn(String title, String unit, Kind kind) {

    /** Formatting hint: money and counts without decimals, energy with one, ratios with three. */
    public enum Kind { MONEY, ENERGY, COUNT, PERCENT, RATIO }

    public TableColumn {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
    }

    /** The header with its unit: "CapEx (USD)". */
    public String header() {
        return title + " (" + unit + ")";
    }
}

package com.tokenfactory.charts.data;

import java.util.Objects;

/**
 * Which plan element a chart series belongs to, so a click on the series can highlight that element in the app.
 * The id is the element's id in the plan (site, SKU, inference service, training run, partner contract); for
 * {@link Kind#TOTAL} series (plan-wide figures such as revenue, or the sum of the elements not shown one by one) it is
 * the name of the figure, one of the constants below.
 */
public record SeriesKey(Kind kind, String id) {

    public enum Kind { SITE, SKU, SERVICE, TRAINING, CONTRACT, TOTAL }

    public static final String FACILITY_CAPEX = "capex-facility";
    public static final String CUMULATIVE_SPEND = "cumulative-spend";
    public static final String OTHER_SKUS = "other-skus";
    public static final String OTHER_CONTRACTS = "other-contracts";
    public static final String OTHER_SITES = "other-sites";
    public static final String OTHER_WORKLOADS = "other-workloads";
    public static final String ELECTRICITY_COST = "electricity-cost";
    public static final String TOTAL_COST = "total-cost";
    public static final String MARGIN = "margin";
    public static final String UTILIZATION_OWNED = "utilization-owned";
    public static final String UTILIZATION_RENTED = "utilization-rented";
    public static final String UTILIZATION = "utilization";
    public static final String GPUS_OWNED = "gpus-owned";
    public static final String GPUS_RENTED = "gpus-rented";
    public static final String GPUS_NEEDED = "gpus-needed";
    public static final String GPUS_BUSY = "gpus-busy";
    public static final String UNSERVED_DEMAND = "unserved-demand";
    public static final String USD_PER_MTOK = "usd-per-million-tokens";
    public static final String TOKENS_PER_JOULE = "tokens-per-joule";
    public static final String TOKENS_PER_WATT_PER_DOLLAR = "tokens-per-watt-per-dollar";
    public static final String CASH_FLOW = "cash-flow";
    public static final String CUMULATIVE_CASH_FLOW = "cumulative-cash-flow";

    public SeriesKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static SeriesKey site(String id) {
        return new SeriesKey(Kind.SITE, id);
    }

    public static SeriesKey sku(String id) {
        return new SeriesKey(Kind.SKU, id);
    }

    public static SeriesKey service(String id) {
        return new SeriesKey(Kind.SERVICE, id);
    }

    public static SeriesKey training(String id) {
        return new SeriesKey(Kind.TRAINING, id);
    }

    public static SeriesKey contract(String id) {
        return new SeriesKey(Kind.CONTRACT, id);
    }

    public static SeriesKey total(String figure) {
        return new SeriesKey(Kind.TOTAL, figure);
    }

    /** True for a series of one plan element (not a plan-wide figure), i.e. one the app can highlight. */
    public boolean isElement() {
        return kind != Kind.TOTAL;
    }
}

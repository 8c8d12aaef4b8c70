package com.tokenfactory.core.result;

/** The kinds of plan problems, each with the severity it is reported at. */
public enum IssueKind {
    DEPLOYMENT_OVER_POWER(Severity.ERROR),
    SITE_OVER_GRID(Severity.ERROR),
    SKU_NOT_YET_AVAILABLE(Severity.ERROR),
    NO_CERTIFIED_CAPACITY(Severity.ERROR),
    MODEL_FITS_NO_SKU(Severity.ERROR),
    NO_CLUSTER_LARGE_ENOUGH(Severity.ERROR),
    TRAINING_LATE(Severity.WARNING),
    UNSERVED_DEMAND(Severity.WARNING),
    GPUS_WAIT_FOR_POWER(Severity.WARNING),
    HALL_WAITS_FOR_GRID(Severity.WARNING),
    LATENCY_TARGET_MISSED(Severity.WARNING),
    CONTRACT_LEAD_TIME(Severity.WARNING),
    REVENUE_ABOVE_RENT(Severity.WARNING),
    THROUGHPUT_ABOVE_ROOFLINE(Severity.WARNING),
    OUTSIDE_HORIZON(Severity.INFO),
    MODEL_DOES_NOT_FIT_SKU(Severity.INFO);

    private final Severity severity;

    IssueKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}

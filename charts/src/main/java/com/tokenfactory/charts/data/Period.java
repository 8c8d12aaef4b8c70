package com.tokenfactory.charts.data;

/** How finely a chart or table splits the horizon. */
public enum Period {
    /** One point per month of the plan. */
    MONTHLY("Month"),
    /** One point per plan year: 12-month blocks from the plan's start (the last may be shorter). */
    YEARLY("Plan year");

    private final String axisLabel;

    Period(String axisLabel) {
        this.axisLabel = axisLabel;
    }

    public String axisLabel() {
        return axisLabel;
    }
}

package com.tokenfactory.core.trace;

/** How much to trust an input: what the issue 13 trace panel and badges show per leaf. */
public enum Provenance {
    /** Measured on real hardware or taken from the world (a benchmark run, a meter reading). */
    MEASURED("measured"),
    /** Fitted to measurements (the roofline efficiencies of a calibration). */
    CALIBRATED("calibrated"),
    /** A default figure shipped with the planner, with its publication. */
    SOURCED_DEFAULT("sourced default"),
    /** A figure the planner typed into the plan (or changed from its default). */
    PLANNERS_ASSUMPTION("planner's assumption"),
    /** Computed by the engine from other inputs (its own source says from which). */
    DERIVED("derived");

    private final String words;

    Provenance(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

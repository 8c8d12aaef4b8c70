package com.tokenfactory.core.calibration;

/** How a benchmark run ended. */
public enum RunOutcome {
    /** Every shape was attempted; some may have been skipped (out of memory), which the run's notes say. */
    COMPLETED,
    /** The user stopped it; the shapes measured until then are kept but no calibration should be made from them. */
    CANCELLED,
    /** Nothing could be measured (no runtime, every shape failed); the outcome message says why. */
    FAILED
}

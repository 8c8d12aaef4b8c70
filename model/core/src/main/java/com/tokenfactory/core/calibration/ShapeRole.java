package com.tokenfactory.core.calibration;

/** Whether the fit uses a shape, only predicts it to check itself, or leaves it to a report of its own. */
public enum ShapeRole {
    /** Used to fit the efficiencies and the overhead. */
    FIT,
    /** Not used by the fit; predicted from it to measure how well the fit generalises. */
    HELD_OUT,
    /**
     * Neither fitted nor predicted: measured for a report of its own against the fitted rates (the routed experts'
     * grouped GEMMs, {@link ExpertGemms}).
     */
    REPORTED
}

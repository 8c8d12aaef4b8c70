package com.tokenfactory.core.calibration;

/** Whether the fit uses a shape, or only predicts it to check itself. */
public enum ShapeRole {
    /** Used to fit the efficiencies and the overhead. */
    FIT,
    /** Not used by the fit; predicted from it to measure how well the fit generalises. */
    HELD_OUT
}

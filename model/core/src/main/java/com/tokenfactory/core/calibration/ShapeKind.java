package com.tokenfactory.core.calibration;

/** What bounds a benchmark shape on purpose: arithmetic (prefill-like GEMMs) or memory traffic (decode-like). */
public enum ShapeKind {
    /** Large matrix products: time set by FLOP/s. */
    COMPUTE,
    /** Few tokens through many weights: time set by bytes per second. */
    MEMORY
}

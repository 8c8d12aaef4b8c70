package com.tokenfactory.core.calibration;

/** A benchmark run from which no calibration can be made; the message says why in plain words. */
public final class CalibrationFitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CalibrationFitException(String message) {
        super(message);
    }
}

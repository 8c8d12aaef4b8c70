package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeMeasurement;
import com.tokenfactory.core.calibration.ShapeRole;

/**
 * One row of the results table: a measured shape in the words and units the screen shows.
 *
 * @param shape     shape name, e.g. "decode-4096"
 * @param kind      what bounds it on purpose: "memory" or "compute"
 * @param role      "fitted", "held out" or "reported" (the routed experts' GEMMs, apart from the fit)
 * @param sizes     the sizes it ran at, e.g. "B=16 D=8192 L=32"
 * @param latencyMs median time of one run, ms
 * @param tflops    achieved TFLOP/s at the median
 * @param tbps      achieved TB/s at the median
 * @param joulesPerToken energy per token; null when power was not measured
 */
public record MeasurementRow(String shape, String kind, String role, String sizes, double latencyMs, double tflops,
                             double tbps, Double joulesPerToken) {

    public static MeasurementRow of(ShapeMeasurement s) {
        return new MeasurementRow(s.name(), s.kind() == ShapeKind.MEMORY ? "memory" : "compute",
                switch (s.role()) {
                    case FIT -> "fitted";
                    case HELD_OUT -> "held out";
                    case REPORTED -> "reported";
                }, s.dimensions() == null ? "" : s.dimensions(),
                s.medianMs(), s.achievedTflops(), s.achievedTbps(), s.joulesPerToken());
    }

    public String latencyText() {
        return CalibrationNumbers.sig3(latencyMs);
    }

    public String tflopsText() {
        return CalibrationNumbers.sig3(tflops);
    }

    public String tbpsText() {
        return CalibrationNumbers.sig3(tbps);
    }

    /** A dash when power was not measured (the run's notes say why). */
    public String joulesPerTokenText() {
        return joulesPerToken == null ? Numbers.UNKNOWN : CalibrationNumbers.sig3(joulesPerToken);
    }
}

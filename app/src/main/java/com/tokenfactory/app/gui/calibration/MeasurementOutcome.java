package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.calibration.CalibrationFitException;
import com.tokenfactory.core.calibration.RunOutcome;

import java.util.Objects;

/**
 * A benchmark run (measured just now or loaded from a file) and the calibration fitted to it, or why none could be.
 *
 * @param run        the run
 * @param fit        the fit; null when the run did not complete or could not be fitted
 * @param fitProblem why a completed run could not be fitted ({@link CalibrationFitException}'s message); null
 *                   otherwise
 */
public record MeasurementOutcome(BenchmarkRun run, CalibrationFit.Result fit, String fitProblem) {

    public MeasurementOutcome {
        Objects.requireNonNull(run, "run");
    }

    /** Fits a completed run; a cancelled or failed run is kept without trying (its outcome message says why). */
    public static MeasurementOutcome of(BenchmarkRun run) {
        if (run.outcome() != RunOutcome.COMPLETED) {
            return new MeasurementOutcome(run, null, null);
        }
        try {
            return new MeasurementOutcome(run, CalibrationFit.fit(run), null);
        } catch (CalibrationFitException e) {
            return new MeasurementOutcome(run, null, e.getMessage());
        }
    }
}

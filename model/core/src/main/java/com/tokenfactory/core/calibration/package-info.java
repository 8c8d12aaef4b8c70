/**
 * What the embedded benchmark measured ({@link com.tokenfactory.core.calibration.BenchmarkRun}) and the roofline fit
 * that turns it into a {@link com.tokenfactory.core.plan.Calibration} ({@link com.tokenfactory.core.calibration.CalibrationFit}).
 * Pure Java: the benchmark module produces these records, the file module reads and writes them.
 */
package com.tokenfactory.core.calibration;

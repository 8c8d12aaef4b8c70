/**
 * The calibration screen and what the command line shares with it: run the embedded benchmark (or load a saved
 * measurement), fit the roofline, show the measurement against its ceilings, and apply the calibration to the plan
 * with the before/after cost of every service.
 *
 * <p>ONNX Runtime is reached only through {@link com.tokenfactory.app.gui.calibration.BenchmarkRunner#onnxRuntime()}, and
 * only when the user runs the benchmark: the screen opens, loads and applies saved measurements on a computer where
 * ONNX Runtime's native library cannot load.
 */
package com.tokenfactory.app.gui.calibration;

package com.tokenfactory.core.plan;

import java.time.LocalDate;

/**
 * What the embedded benchmark measured on one device, as roofline efficiencies that the engine applies to every SKU's
 * own peaks.
 *
 * @param device                     device name as the driver reports it
 * @param provider                   execution provider that ran the benchmark (CUDA, CoreML, CPU)
 * @param measuredOn                 date of the measurement
 * @param devicePeakTflops           compute ceiling the efficiencies are relative to, TFLOP/s
 * @param devicePeakTbps             memory ceiling the efficiencies are relative to, TB/s
 * @param computeEfficiency          achieved fraction of peak FLOP/s on compute-bound shapes
 * @param memoryEfficiency           achieved fraction of peak bandwidth on memory-bound shapes
 * @param stepOverheadMs             fixed time per step, ms
 * @param computeBoundPowerFraction  measured board power while compute-bound ÷ power limit; null when not measured
 * @param memoryBoundPowerFraction   measured board power while memory-bound ÷ power limit; null when not measured
 * @param heldOutErrorPercent        prediction error of the fit on a shape it was not fitted on, percent
 * @param notes                      anything the user should know (e.g. "CPU provider: CUDA 12 not found")
 */
public record Calibration(
        String device,
        String provider,
        LocalDate measuredOn,
        double devicePeakTflops,
        double devicePeakTbps,
        double computeEfficiency,
        double memoryEfficiency,
        double stepOverheadMs,
        Double computeBoundPowerFraction,
        Double memoryBoundPowerFraction,
        double heldOutErrorPercent,
        String notes) {

    public Calibration {
        device = Check.text(device, "device");
        provider = Check.text(provider, "provider");
        Check.present(measuredOn, "measuredOn");
        Check.month(java.time.YearMonth.from(measuredOn), "measuredOn");
        Check.between(devicePeakTflops, 1e-6, 1e6, "devicePeakTflops");
        Check.between(devicePeakTbps, 1e-6, 1e4, "devicePeakTbps");
        Check.between(computeEfficiency, 0.001, 1.0, "computeEfficiency");
        Check.between(memoryEfficiency, 0.001, 1.0, "memoryEfficiency");
        Check.between(stepOverheadMs, 0.0, 10_000.0, "stepOverheadMs");
        if (computeBoundPowerFraction != null) {
            Check.between(computeBoundPowerFraction, 0.01, 1.5, "computeBoundPowerFraction");
        }
        if (memoryBoundPowerFraction != null) {
            Check.between(memoryBoundPowerFraction, 0.01, 1.5, "memoryBoundPowerFraction");
        }
        Check.between(heldOutErrorPercent, 0.0, 1e6, "heldOutErrorPercent");
        notes = Check.boundedText(notes, "notes");
    }
}

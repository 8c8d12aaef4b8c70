package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeMeasurement;
import com.tokenfactory.core.calibration.ShapeRole;
import com.tokenfactory.core.plan.Calibration;

import java.util.List;

/**
 * What the roofline chart draws: the ceilings the efficiencies are fractions of, the roofline the fit found, and
 * every measured shape at its arithmetic intensity (FLOPs per byte moved) and achieved rate.
 *
 * @param peakTflops     compute ceiling, TFLOP/s; null without a fit
 * @param peakTbps       bandwidth ceiling, TB/s; null without a fit
 * @param fittedTflops   ceiling × compute efficiency, TFLOP/s; null without a fit
 * @param fittedTbps     ceiling × memory efficiency, TB/s; null without a fit
 * @param ceilingSource  where the ceilings come from, in words; null without a fit
 * @param points         the measured shapes that do arithmetic (a log axis has no place for zero)
 */
public record RooflineModel(Double peakTflops, Double peakTbps, Double fittedTflops, Double fittedTbps,
                            String ceilingSource, List<Point> points) {

    /**
     * One measured shape.
     *
     * @param flopsPerByte arithmetic intensity: the shape's FLOPs ÷ the bytes it moves
     * @param tflops       achieved TFLOP/s at the median
     */
    public record Point(String name, ShapeKind kind, ShapeRole role, double flopsPerByte, double tflops) {
    }

    public RooflineModel {
        points = List.copyOf(points);
    }

    public static RooflineModel of(BenchmarkRun run, CalibrationFit.Result fit) {
        List<Point> points = run.shapes().stream().filter(s -> s.flops() > 0).map(RooflineModel::point).toList();
        if (fit == null) {
            return new RooflineModel(null, null, null, null, null, points);
        }
        Calibration c = fit.calibration();
        return new RooflineModel(c.devicePeakTflops(), c.devicePeakTbps(),
                c.devicePeakTflops() * c.computeEfficiency(), c.devicePeakTbps() * c.memoryEfficiency(),
                fit.ceilings().source(), points);
    }

    private static Point point(ShapeMeasurement s) {
        return new Point(s.name(), s.kind(), s.role(), s.flops() / s.bytesMoved(), s.achievedTflops());
    }

    public boolean hasCeilings() {
        return peakTflops != null;
    }

    /** True when the fitted roofline lies below the ceilings (a device from the catalog, efficiencies below 1). */
    public boolean fittedDiffersFromCeilings() {
        return hasCeilings() && (fittedTflops < peakTflops * 0.999 || fittedTbps < peakTbps * 0.999);
    }

    /** The roofline at an arithmetic intensity: min(compute ceiling, intensity × bandwidth), TFLOP/s. */
    public static double attainableTflops(double flopsPerByte, double tflops, double tbps) {
        return Math.min(tflops, flopsPerByte * tbps);
    }
}

package com.tokenfactory.app.calibration;

import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ShapeRole;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The roofline of a measurement as a JFreeChart: attainable TFLOP/s against arithmetic intensity (FLOP per byte
 * moved), both axes logarithmic; the bandwidth and compute ceilings, the roofline the fit found where it lies below
 * them, and every measured test as a point. An empty chart says why it is empty.
 */
public final class RooflineChart {
    static final String NO_DATA = "No measurement yet: run the benchmark or load a saved measurement.";
    static final String BANDWIDTH = "Bandwidth ceiling";
    static final String COMPUTE = "Compute ceiling";
    static final String FITTED = "Fitted roofline (measured efficiencies)";
    static final String MEMORY_TESTS = "Memory-bound tests";
    static final String COMPUTE_TESTS = "Compute-bound tests";
    static final String HELD_OUT = "Held-out tests (not fitted)";

    private static final Color BANDWIDTH_COLOR = new Color(0x1f5fa8);
    private static final Color COMPUTE_COLOR = new Color(0xb03a2e);
    private static final Color FITTED_COLOR = new Color(0x555555);
    private static final Color MEMORY_POINT = new Color(0x2e86de);
    private static final Color COMPUTE_POINT = new Color(0xe67e22);
    private static final Color HELD_OUT_POINT = new Color(0x27ae60);
    /** How far the ceilings reach beyond the measured points, as a factor of intensity. */
    private static final double MARGIN = 3.0;

    private RooflineChart() {
    }

    /** The chart of {@code model}; null gives the empty chart. */
    public static JFreeChart create(RooflineModel model) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        List<List<RooflineModel.Point>> pointsBySeries = new ArrayList<>();
        if (model != null && !model.points().isEmpty()) {
            addCeilings(model, data, renderer, pointsBySeries);
            addPoints(model, p -> p.role() == ShapeRole.FIT && p.kind() == ShapeKind.MEMORY, MEMORY_TESTS, MEMORY_POINT,
                    new Ellipse2D.Double(-4.5, -4.5, 9, 9), data, renderer, pointsBySeries);
            addPoints(model, p -> p.role() == ShapeRole.FIT && p.kind() == ShapeKind.COMPUTE, COMPUTE_TESTS,
                    COMPUTE_POINT, new Rectangle2D.Double(-4.5, -4.5, 9, 9), data, renderer, pointsBySeries);
            addPoints(model, p -> p.role() == ShapeRole.HELD_OUT, HELD_OUT, HELD_OUT_POINT, diamond(6), data,
                    renderer, pointsBySeries);
        }
        renderer.setDefaultToolTipGenerator(toolTips(pointsBySeries));

        LogAxis x = logAxis("Arithmetic intensity (FLOP per byte moved)");
        LogAxis y = logAxis("Attainable TFLOP/s");
        y.setUpperMargin(0.12);
        y.setLowerMargin(0.08);
        boolean empty = data.getSeriesCount() == 0;
        x.setTickLabelsVisible(!empty);
        y.setTickLabelsVisible(!empty);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return chart;
    }

    private static void addCeilings(RooflineModel model, XYSeriesCollection data, XYLineAndShapeRenderer renderer,
                                    List<List<RooflineModel.Point>> pointsBySeries) {
        if (!model.hasCeilings()) {
            return;
        }
        double ridge = model.peakTflops() / model.peakTbps();
        double fittedRidge = model.fittedTflops() / model.fittedTbps();
        double lo = Math.min(Math.min(ridge, fittedRidge), minIntensity(model)) / MARGIN;
        double hi = Math.max(Math.max(ridge, fittedRidge), maxIntensity(model)) * MARGIN;

        XYSeries bandwidth = new XYSeries(BANDWIDTH + ", " + CalibrationNumbers.sig3(model.peakTbps()) + " TB/s",
                false);
        bandwidth.add(lo, lo * model.peakTbps());
        bandwidth.add(ridge, model.peakTflops());
        line(data, renderer, pointsBySeries, bandwidth, BANDWIDTH_COLOR, new BasicStroke(2.2f));

        XYSeries compute = new XYSeries(COMPUTE + ", " + CalibrationNumbers.sig3(model.peakTflops()) + " TFLOP/s",
                false);
        compute.add(ridge, model.peakTflops());
        compute.add(hi, model.peakTflops());
        line(data, renderer, pointsBySeries, compute, COMPUTE_COLOR, new BasicStroke(2.2f));

        if (model.fittedDiffersFromCeilings()) {
            XYSeries fitted = new XYSeries(FITTED, false);
            fitted.add(lo, lo * model.fittedTbps());
            fitted.add(fittedRidge, model.fittedTflops());
            fitted.add(hi, model.fittedTflops());
            line(data, renderer, pointsBySeries, fitted, FITTED_COLOR, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
    }

    private static void line(XYSeriesCollection data, XYLineAndShapeRenderer renderer,
                             List<List<RooflineModel.Point>> pointsBySeries, XYSeries series, Paint paint,
                             BasicStroke stroke) {
        int index = data.getSeriesCount();
        data.addSeries(series);
        pointsBySeries.add(List.of());
        renderer.setSeriesLinesVisible(index, true);
        renderer.setSeriesShapesVisible(index, false);
        renderer.setSeriesPaint(index, paint);
        renderer.setSeriesStroke(index, stroke);
    }

    private static void addPoints(RooflineModel model, Predicate<RooflineModel.Point> which, String name, Paint paint,
                                  Shape shape, XYSeriesCollection data, XYLineAndShapeRenderer renderer,
                                  List<List<RooflineModel.Point>> pointsBySeries) {
        List<RooflineModel.Point> points = model.points().stream().filter(which).toList();
        if (points.isEmpty()) {
            return;
        }
        XYSeries series = new XYSeries(name, false);
        points.forEach(p -> series.add(p.flopsPerByte(), p.tflops()));
        int index = data.getSeriesCount();
        data.addSeries(series);
        pointsBySeries.add(points);
        renderer.setSeriesLinesVisible(index, false);
        renderer.setSeriesShapesVisible(index, true);
        renderer.setSeriesPaint(index, paint);
        renderer.setSeriesShape(index, shape);
    }

    private static XYToolTipGenerator toolTips(List<List<RooflineModel.Point>> pointsBySeries) {
        return (dataset, series, item) -> {
            List<RooflineModel.Point> points = pointsBySeries.get(series);
            if (points.isEmpty()) {
                return dataset.getSeriesKey(series).toString();
            }
            RooflineModel.Point p = points.get(item);
            return String.format(Locale.ROOT, "%s: %s FLOP/byte, %s TFLOP/s", p.name(),
                    CalibrationNumbers.sig3(p.flopsPerByte()), CalibrationNumbers.sig3(p.tflops()));
        };
    }

    private static LogAxis logAxis(String label) {
        LogAxis axis = new ReadableLogAxis(label);
        axis.setSmallestValue(1e-9);
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return axis;
    }

    private static double minIntensity(RooflineModel model) {
        return model.points().stream().mapToDouble(RooflineModel.Point::flopsPerByte).min().orElse(1);
    }

    private static double maxIntensity(RooflineModel model) {
        return model.points().stream().mapToDouble(RooflineModel.Point::flopsPerByte).max().orElse(1);
    }

    private static Shape diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }
}

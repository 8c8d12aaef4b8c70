package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.charts.style.ChartStyle;
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
    static final String EXPERTS = "Routed-expert GEMMs (reported apart)";

    /** How far the ceilings reach beyond the measured points, as a factor of intensity. */
    private static final double MARGIN = 3.0;

    private RooflineChart() {
    }

    /** The chart of {@code model} in the light look; null gives the empty chart. */
    public static JFreeChart create(RooflineModel model) {
        return create(model, ChartStyle.LIGHT);
    }

    /**
     * The chart of {@code model} in the colours of {@code style}, the app's light or dark theme (the result charts'
     * colours: ceilings in the accent and danger colours, tests in the first four series colours); null gives the
     * empty chart.
     */
    public static JFreeChart create(RooflineModel model, ChartStyle style) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        List<List<RooflineModel.Point>> pointsBySeries = new ArrayList<>();
        if (model != null && !model.points().isEmpty()) {
            addCeilings(model, style, data, renderer, pointsBySeries);
            addPoints(model, p -> p.role() == ShapeRole.FIT && p.kind() == ShapeKind.MEMORY, MEMORY_TESTS,
                    style.series(0), new Ellipse2D.Double(-4.5, -4.5, 9, 9), data, renderer, pointsBySeries);
            addPoints(model, p -> p.role() == ShapeRole.FIT && p.kind() == ShapeKind.COMPUTE, COMPUTE_TESTS,
                    style.series(1), new Rectangle2D.Double(-4.5, -4.5, 9, 9), data, renderer, pointsBySeries);
            addPoints(model, p -> p.role() == ShapeRole.HELD_OUT, HELD_OUT, style.series(2), diamond(6), data,
                    renderer, pointsBySeries);
            addPoints(model, p -> p.role() == ShapeRole.REPORTED, EXPERTS, style.series(3),
                    new Ellipse2D.Double(-3, -3, 6, 6), data, renderer, pointsBySeries);
        }
        renderer.setDefaultToolTipGenerator(toolTips(pointsBySeries));

        LogAxis x = logAxis("Arithmetic intensity (FLOP per byte moved)", style);
        LogAxis y = logAxis("Attainable TFLOP/s", style);
        y.setUpperMargin(0.12);
        y.setLowerMargin(0.08);
        boolean empty = data.getSeriesCount() == 0;
        x.setTickLabelsVisible(!empty);
        y.setTickLabelsVisible(!empty);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        plot.setNoDataMessagePaint(style.foreground());
        plot.setBackgroundPaint(style.background());
        plot.setDomainGridlinePaint(style.grid());
        plot.setRangeGridlinePaint(style.grid());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(style.background());
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getLegend().setBackgroundPaint(style.background());
        chart.getLegend().setItemPaint(style.foreground());
        return chart;
    }

    private static void addCeilings(RooflineModel model, ChartStyle style, XYSeriesCollection data,
                                    XYLineAndShapeRenderer renderer, List<List<RooflineModel.Point>> pointsBySeries) {
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
        line(data, renderer, pointsBySeries, bandwidth, style.accent(), new BasicStroke(2.2f));

        XYSeries compute = new XYSeries(COMPUTE + ", " + CalibrationNumbers.sig3(model.peakTflops()) + " TFLOP/s",
                false);
        compute.add(ridge, model.peakTflops());
        compute.add(hi, model.peakTflops());
        line(data, renderer, pointsBySeries, compute, style.danger(), new BasicStroke(2.2f));

        if (model.fittedDiffersFromCeilings()) {
            XYSeries fitted = new XYSeries(FITTED, false);
            fitted.add(lo, lo * model.fittedTbps());
            fitted.add(fittedRidge, model.fittedTflops());
            fitted.add(hi, model.fittedTflops());
            line(data, renderer, pointsBySeries, fitted, style.muted(), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
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

    private static LogAxis logAxis(String label, ChartStyle style) {
        LogAxis axis = new ReadableLogAxis(label);
        axis.setSmallestValue(1e-9);
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setLabelPaint(style.foreground());
        axis.setTickLabelPaint(style.muted());
        axis.setAxisLinePaint(style.grid());
        axis.setTickMarkPaint(style.grid());
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

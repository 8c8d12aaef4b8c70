package com.tokenfactory.charts;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Lines drawn as steps that hold each point's value across its whole period (x − ½ to x + ½), for quantities that
 * the engine holds constant within a month, like GPU counts; JFreeChart's step renderer starts and ends at the first
 * and last points' centres. Assumes the plot's usual vertical orientation.
 */
final class PeriodStepRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    PeriodStepRenderer() {
        super(true, false);
    }

    @Override
    protected void drawPrimaryLine(XYItemRendererState state, Graphics2D g2, XYPlot plot, XYDataset dataset,
                                   int pass, int series, int item, ValueAxis domainAxis, ValueAxis rangeAxis,
                                   Rectangle2D dataArea) {
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (Double.isNaN(y) || plot.getOrientation() != PlotOrientation.VERTICAL) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double left = domainAxis.valueToJava2D(x - 0.5, dataArea, xEdge);
        double right = domainAxis.valueToJava2D(x + 0.5, dataArea, xEdge);
        double level = rangeAxis.valueToJava2D(y, dataArea, yEdge);
        g2.setPaint(getItemPaint(series, item));
        g2.setStroke(getItemStroke(series, item));
        g2.draw(new Line2D.Double(left, level, right, level));
        if (item > 0) {
            double previous = dataset.getYValue(series, item - 1);
            if (!Double.isNaN(previous)) {
                g2.draw(new Line2D.Double(left, rangeAxis.valueToJava2D(previous, dataArea, yEdge), left, level));
            }
        }
    }
}

package com.tokenfactory.app.gui.present;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.chart.JFreeChart;
import org.jfree.fx.FXGraphics2D;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Draws a chart magnified: the chart is laid out for a canvas {@code scale} times smaller and drawn {@code scale} times
 * larger, so its text, lines and legend grow together and it reads from a distance (the dashboard's charts are made
 * for a desk). Read-only: no zoom, no tooltips, no clicks (a click moves to the next slide). Resizable; redraws when
 * its size or scale changes.
 */
final class ChartCanvas extends Canvas {
    private final JFreeChart chart;
    private final FXGraphics2D g2;
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1.0);

    ChartCanvas(JFreeChart chart) {
        this.chart = chart;
        this.g2 = new FXGraphics2D(getGraphicsContext2D());
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
        scale.addListener(o -> draw());
    }

    /** How much larger than the chart module's own sizes text and lines are drawn (1 = as on the dashboard). */
    DoubleProperty scaleProperty() {
        return scale;
    }

    private void draw() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        double s = Math.max(0.1, scale.get());
        if (w / s < 50 || h / s < 50) {
            return;
        }
        gc.save();
        g2.setTransform(new AffineTransform());
        g2.scale(s, s);
        chart.draw(g2, new Rectangle2D.Double(0, 0, w / s, h / s));
        gc.restore();
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public double minWidth(double height) {
        return 0;
    }

    @Override
    public double minHeight(double width) {
        return 0;
    }

    @Override
    public double prefWidth(double height) {
        return 800;
    }

    @Override
    public double prefHeight(double width) {
        return 450;
    }

    @Override
    public double maxWidth(double height) {
        return Double.MAX_VALUE;
    }

    @Override
    public double maxHeight(double width) {
        return Double.MAX_VALUE;
    }

    @Override
    public void resize(double width, double height) {
        setWidth(width);
        setHeight(height);
    }
}

package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.core.plan.Box;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.Collection;

/**
 * Which part of the build-out the canvas shows: a zoom and a pan, in screen pixels (screen = world × zoom + pan).
 * Until the user zooms or pans, the build-out is kept fitted to the canvas as it is resized. Arithmetic only, tested
 * without a window; the canvas binds its transforms to {@link #zoomProperty()}, {@link #panXProperty()} and
 * {@link #panYProperty()}.
 */
final class Viewport {
    static final double MIN_ZOOM = 0.15;
    static final double MAX_ZOOM = 3.0;
    private static final double FIT_MARGIN = 24;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX");
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY");
    private boolean autoFit = true;
    private double fittedWidth;
    private double fittedHeight;

    /** Zooms and pans so that every box is in view at {@code width × height} (never above 100%). */
    void fit(Collection<Box> boxes, double width, double height) {
        if (boxes.isEmpty() || width <= 0) {
            zoom.set(1);
            panX.set(0);
            panY.set(0);
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Box b : boxes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        double z = clamp(Math.min(1.0, Math.min((width - 2 * FIT_MARGIN) / (maxX - minX),
                (height - 2 * FIT_MARGIN) / (maxY - minY))));
        zoom.set(z);
        panX.set(FIT_MARGIN - minX * z + Math.max(0, (width - 2 * FIT_MARGIN - (maxX - minX) * z) / 2));
        panY.set(FIT_MARGIN - minY * z);
    }

    /**
     * Fits again when the canvas has a new size and the user has not zoomed or panned since the last fit.
     *
     * @return whether it fitted
     */
    boolean refit(Collection<Box> boxes, double width, double height) {
        if (autoFit && width > 0 && height > 0 && (width != fittedWidth || height != fittedHeight)) {
            fittedWidth = width;
            fittedHeight = height;
            fit(boxes, width, height);
            return true;
        }
        return false;
    }

    /** The user zoomed or panned: the view stays where they put it. */
    void stopAutoFit() {
        autoFit = false;
    }

    /** Another plan opened: fit it at the next layout. */
    void restartAutoFit() {
        autoFit = true;
        fittedWidth = 0;
    }

    /** Zooms by {@code factor} keeping the screen point (x, y) over the same world point. */
    void zoomAround(double x, double y, double factor) {
        double old = zoom.get();
        double z = clamp(old * factor);
        double wx = (x - panX.get()) / old;
        double wy = (y - panY.get()) / old;
        zoom.set(z);
        panX.set(x - wx * z);
        panY.set(y - wy * z);
    }

    void panBy(double dx, double dy) {
        panX.set(panX.get() + dx);
        panY.set(panY.get() + dy);
    }

    /** Centres the box when any of it is outside {@code width × height}. */
    void reveal(Box b, double width, double height) {
        double z = zoom.get();
        double left = b.x() * z + panX.get();
        double top = b.y() * z + panY.get();
        if (left < 0 || top < 0 || left + b.width() * z > width || top + b.height() * z > height) {
            panX.set(width / 2 - (b.x() + b.width() / 2) * z);
            panY.set(height / 2 - (b.y() + b.height() / 2) * z);
        }
    }

    /** The screen point of a world point. */
    double screenX(double worldX) {
        return panX.get() + worldX * zoom.get();
    }

    double screenY(double worldY) {
        return panY.get() + worldY * zoom.get();
    }

    static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    double zoom() {
        return zoom.get();
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    DoubleProperty panXProperty() {
        return panX;
    }

    DoubleProperty panYProperty() {
        return panY;
    }
}

package com.tokenfactory.app.gui.present;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays out its content at the full width it is given, and when the content then needs more height than there is,
 * lays it out wider and scales it down to fit, so that no text on a slide is ever cut off (a plan with many sites or
 * long sources on a small screen). Content that fits is shown at its own size, top-left.
 */
final class ShrinkToFit extends Region {
    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ShrinkToFit(Node content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("shrink-to-fit");
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        if (w <= 0 || h <= 0) {
            return;
        }
        double s = 1;
        // a narrower-than-it-looks layout wraps less; a few rounds settle on a factor at which the content fits
        for (int round = 0; round < 6; round++) {
            double needed = content.prefHeight(w / s) * s;
            if (needed <= h + 0.5) {
                break;
            }
            s *= Math.max(0.5, h / needed * 0.99);
        }
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(in.getLeft(), in.getTop(), w / s, Math.max(content.prefHeight(w / s), h / s));
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }
}

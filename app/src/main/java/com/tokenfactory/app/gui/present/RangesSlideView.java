package com.tokenfactory.app.gui.present;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A ranges slide: the headline above its charts, side by side, each drawn magnified. */
final class RangesSlideView {
    private RangesSlideView() {
    }

    static Node of(RangesSlide s, SlideContext context) {
        HBox charts = new HBox();
        charts.setId("slide-charts");
        for (var chart : s.charts()) {
            ChartCanvas canvas = new ChartCanvas(chart);
            // two charts share the width: each is laid out a little larger, so its text is not crowded
            canvas.scaleProperty().bind(Bindings.multiply(context.chartScale(), s.charts().size() > 1 ? 0.75 : 1.0));
            HBox.setHgrow(canvas, Priority.ALWAYS);
            charts.getChildren().add(canvas);
        }
        return SlideViews.withHeader(s, charts, context);
    }
}

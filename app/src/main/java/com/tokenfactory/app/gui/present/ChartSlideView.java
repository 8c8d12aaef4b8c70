package com.tokenfactory.app.gui.present;

import javafx.scene.Node;

/** A chart slide: the headline above the chart, drawn magnified to fill the rest of the screen. */
final class ChartSlideView {
    private ChartSlideView() {
    }

    static Node of(ChartSlide s, SlideContext context) {
        ChartCanvas canvas = new ChartCanvas(s.chart());
        canvas.setId("slide-chart");
        canvas.scaleProperty().bind(context.chartScale());
        return SlideViews.withHeader(s, canvas, context);
    }
}

package com.tokenfactory.app.gui.present;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Turns a {@link Slide} into the JavaFX node that shows it. Use on the FX thread. */
final class SlideViews {
    private SlideViews() {
    }

    static Node of(Slide slide, SlideContext context) {
        Node view;
        if (slide instanceof TitleSlide t) {
            view = TitleSlideView.of(t);
        } else if (slide instanceof BuildOutSlide b) {
            view = BuildOutView.of(b, context);
        } else if (slide instanceof ChartSlide c) {
            view = ChartSlideView.of(c, context);
        } else if (slide instanceof RangesSlide r) {
            view = RangesSlideView.of(r, context);
        } else if (slide instanceof AssumptionsSlide a) {
            view = AssumptionsView.of(a, context);
        } else if (slide instanceof ProblemsSlide p) {
            view = ProblemsView.of(p, context);
        } else {
            throw new IllegalArgumentException("no view for " + slide.getClass().getSimpleName());
        }
        view.getProperties().put(Slide.class, slide);
        return view;
    }

    /**
     * The title and the headline every slide but the first starts with, above {@code body}, which gets the rest. The
     * headline stays on one line as long as shrinking its type a little allows.
     */
    static VBox withHeader(Slide slide, Node body, SlideContext context) {
        Label title = label(slide.title(), "slide-title");
        title.setId("slide-title");
        Label headline = label(slide.headline(), "slide-headline");
        headline.setId("slide-headline");
        headline.setWrapText(true);
        VBox header = new VBox(title, headline);
        header.getStyleClass().add("slide-header");
        HeadlineFit.install(headline, header, context.fontSize());
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox box = new VBox(header, body);
        box.getStyleClass().add("slide");
        return box;
    }

    static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** A label that wraps at the width its container gives it. */
    static Label wrapping(String text, String... styleClasses) {
        Label l = label(text, styleClasses);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}

package com.tokenfactory.app.gui.present;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The opening slide: the plan's name in very large type, its description, the scenario, the horizon and the date. */
final class TitleSlideView {
    private TitleSlideView() {
    }

    static Node of(TitleSlide s) {
        Region rule = new Region();
        rule.getStyleClass().add("title-slide-rule");
        VBox box = new VBox(rule);
        box.getStyleClass().add("title-slide");
        var name = SlideViews.wrapping(s.title(), "title-slide-name");
        name.setId("slide-title");
        box.getChildren().add(name);
        if (s.description() != null) {
            box.getChildren().add(SlideViews.wrapping(s.description(), "title-slide-description"));
        }
        var scenario = SlideViews.wrapping(s.scenario(), "title-slide-scenario");
        var horizon = SlideViews.wrapping(s.headline(), "title-slide-line");
        horizon.setId("slide-headline");
        box.getChildren().addAll(scenario, horizon, SlideViews.label(s.date(), "title-slide-line"));
        return new ShrinkToFit(box);
    }
}

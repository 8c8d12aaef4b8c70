package com.tokenfactory.app.gui.present;

import com.tokenfactory.app.gui.present.ProblemsSlide.Problem;
import com.tokenfactory.core.result.Severity;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The plan-problems slide: one line per error or warning with a coloured badge. */
final class ProblemsView {
    private ProblemsView() {
    }

    static Node of(ProblemsSlide s, SlideContext context) {
        VBox body = new VBox();
        body.getStyleClass().add("slide-body");
        for (Problem p : s.problems()) {
            Label badge = SlideViews.label(p.severity() == Severity.ERROR ? "ERROR" : "WARNING", "problem-badge",
                    p.severity() == Severity.ERROR ? "problem-error" : "problem-warning");
            Label message = SlideViews.wrapping(p.message());
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox line = new HBox(badge, message);
            line.getStyleClass().add("problem-line");
            body.getChildren().add(line);
        }
        if (s.otherProblems() != null) {
            body.getChildren().add(SlideViews.wrapping(s.otherProblems(), "card-subtitle"));
        }
        return SlideViews.withHeader(s, new ShrinkToFit(body), context);
    }
}

package com.tokenfactory.app.gui.present;

import com.tokenfactory.app.gui.present.AssumptionsSlide.Assumption;
import com.tokenfactory.app.gui.present.AssumptionsSlide.SiteEnergy;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The key-assumptions slide, one grid so the columns line up: what the figure is, its value, and in small type where
 * it comes from; then each site's PUE and electricity price with the site's source.
 */
final class AssumptionsView {
    private AssumptionsView() {
    }

    static Node of(AssumptionsSlide s, SlideContext context) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("figure-grid");
        column(grid, 21);
        column(grid, 35);
        ColumnConstraints sources = new ColumnConstraints();
        sources.setHgrow(Priority.ALWAYS);
        sources.setFillWidth(true);
        grid.getColumnConstraints().add(sources);
        int row = 0;
        for (Assumption a : s.assumptions()) {
            addRow(grid, row++, a.label(), a.value(), a.source());
        }
        if (!s.sites().isEmpty()) {
            Label heading = SlideViews.label("Power and electricity by site", "section-heading", "grid-heading");
            grid.add(heading, 0, row++, 3, 1);
            for (SiteEnergy e : s.sites()) {
                addRow(grid, row++, e.site(), e.pue() + " · " + e.price(), e.source());
            }
        }
        VBox body = new VBox(grid);
        body.getStyleClass().add("slide-body");
        if (s.otherSites() != null) {
            body.getChildren().add(SlideViews.wrapping(s.otherSites(), "card-subtitle"));
        }
        return SlideViews.withHeader(s, new ShrinkToFit(body), context);
    }

    private static void column(GridPane grid, double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setFillWidth(true);
        grid.getColumnConstraints().add(c);
    }

    /** A row whose cells start at the top, so a figure sits level with the first line of its wrapped source. */
    private static void addRow(GridPane grid, int row, String label, String value, String source) {
        Node[] cells = {SlideViews.wrapping(label, "figure"), SlideViews.wrapping(value, "figure", "assumption-value"),
                SlideViews.wrapping(source, "source")};
        for (Node cell : cells) {
            GridPane.setValignment(cell, VPos.TOP);
        }
        grid.addRow(row, cells);
    }
}

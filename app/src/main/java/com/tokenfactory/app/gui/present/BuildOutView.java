package com.tokenfactory.app.gui.present;

import com.tokenfactory.app.gui.present.BuildOutSlide.GpuCount;
import com.tokenfactory.app.gui.present.BuildOutSlide.HallLine;
import com.tokenfactory.app.gui.present.BuildOutSlide.PartnerCard;
import com.tokenfactory.app.gui.present.BuildOutSlide.SiteCard;
import com.tokenfactory.core.format.Numbers;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The build-out slide: site cards in up to three columns, the partner clouds' cards, and below them a timeline of GPUs
 * online by SKU that takes the rest of the slide.
 */
final class BuildOutView {
    static final int COLUMNS = 3;

    private BuildOutView() {
    }

    static Node of(BuildOutSlide s, SlideContext context) {
        VBox body = new VBox();
        body.getStyleClass().add("slide-body");
        if (!s.sites().isEmpty()) {
            body.getChildren().add(SlideViews.label("Sites", "section-heading"));
            body.getChildren().add(grid(s.sites().stream().map(BuildOutView::siteCard).toList()));
        }
        if (s.otherSites() != null) {
            body.getChildren().add(SlideViews.wrapping(s.otherSites(), "card-subtitle"));
        }
        if (!s.partners().isEmpty()) {
            body.getChildren().add(SlideViews.label("Partner clouds", "section-heading"));
            body.getChildren().add(grid(s.partners().stream().map(BuildOutView::partnerCard).toList()));
        }
        if (s.otherPartners() != null) {
            body.getChildren().add(SlideViews.wrapping(s.otherPartners(), "card-subtitle"));
        }
        if (s.sites().isEmpty() && s.partners().isEmpty()) {
            body.getChildren().add(SlideViews.wrapping("The plan has no sites and no partner contracts yet.", "message"));
        }
        if (!s.timeline().bands().isEmpty()) {
            body.getChildren().add(SlideViews.label("GPUs online by SKU, owned and rented", "section-heading"));
            GpuTimelineView timeline = new GpuTimelineView(s.timeline(), context);
            timeline.setId("gpu-timeline");
            VBox.setVgrow(timeline, Priority.ALWAYS);
            body.getChildren().add(timeline);
        }
        return SlideViews.withHeader(s, new ShrinkToFit(body), context);
    }

    private static GridPane grid(List<VBox> cards) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("cards");
        int columns = Math.min(COLUMNS, Math.max(1, cards.size()));
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / COLUMNS);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < cards.size(); i++) {
            VBox card = cards.get(i);
            card.setMaxHeight(Double.MAX_VALUE);
            grid.add(card, i % columns, i / columns);
        }
        return grid;
    }

    private static VBox siteCard(SiteCard s) {
        VBox card = card(s.name());
        String subtitle = s.region() + (s.certifications().isEmpty() ? "" : " · " + s.certifications());
        card.getChildren().add(SlideViews.wrapping(subtitle, "card-subtitle"));
        card.getChildren().add(SlideViews.wrapping("Grid " + SlideNumbers.powerMw(s.gridMw()) + " from "
                + SlideNumbers.shortMonth(s.gridAvailable()) + " · PUE " + SlideNumbers.decimal(s.pue()), "card-line"));
        for (HallLine h : s.halls()) {
            card.getChildren().add(SlideViews.wrapping(h.name() + ": " + SlideNumbers.powerMw(h.criticalItMw())
                    + ", on " + SlideNumbers.shortMonth(h.powerOn()), "card-line"));
            if (h.monthsWaitingForGrid() > 0) {
                card.getChildren().add(SlideViews.wrapping("   built, then waits " + h.monthsWaitingForGrid()
                        + (h.monthsWaitingForGrid() == 1 ? " month" : " months") + " for the grid", "card-warning"));
            }
        }
        if (s.otherHalls() != null) {
            card.getChildren().add(SlideViews.wrapping(s.otherHalls(), "card-subtitle"));
        }
        if (s.gpus().isEmpty()) {
            card.getChildren().add(SlideViews.wrapping("No GPUs planned", "card-subtitle"));
        }
        for (GpuCount g : s.gpus()) {
            card.getChildren().add(SlideViews.wrapping(SlideNumbers.count(g.gpus()) + " × " + g.sku(), "card-figure"));
        }
        return card;
    }

    private static VBox partnerCard(PartnerCard p) {
        VBox card = card(p.name());
        card.getChildren().add(SlideViews.wrapping(p.provider() + " · " + p.sku(), "card-subtitle"));
        card.getChildren().add(SlideViews.wrapping(SlideNumbers.count(p.gpus()) + " GPUs at "
                + Numbers.price(p.usdPerGpuHour(), "USD") + " per GPU-hour", "card-figure"));
        card.getChildren().add(SlideViews.wrapping(SlideNumbers.shortMonth(p.start()) + " – "
                + SlideNumbers.shortMonth(p.end().minusMonths(1)) + " · "
                + (p.committed() ? "committed (take-or-pay)" : "on demand"), "card-line"));
        if (!p.certifications().isEmpty()) {
            card.getChildren().add(SlideViews.wrapping(p.certifications(), "card-subtitle"));
        }
        return card;
    }

    private static VBox card(String title) {
        Label name = SlideViews.wrapping(title, "card-title");
        VBox card = new VBox(name);
        card.getStyleClass().add("card");
        return card;
    }
}

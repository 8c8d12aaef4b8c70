package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.result.SimulationResult;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The headline figures of the latest result as a row of tiles; dimmed while a recompute is under way. */
public final class KpiStrip extends HBox {
    private final java.util.function.Function<SimulationResult, List<KpiTiles.Tile>> tiles;
    private java.util.function.Consumer<String> trace;
    private java.util.function.Function<String, com.tokenfactory.core.trace.Badge> badge;
    private SimulationResult shown;

    public KpiStrip(ObservableValue<SimulationResult> result, ObservableValue<Boolean> running) {
        this(result, running, KpiTiles::of);
        setId("kpi-strip");
    }

    /** A strip of other tiles, e.g. the dashboard's {@link MoreKpis}. */
    public KpiStrip(ObservableValue<SimulationResult> result, ObservableValue<Boolean> running,
                    java.util.function.Function<SimulationResult, List<KpiTiles.Tile>> tiles) {
        super(8);
        this.tiles = tiles;
        getStyleClass().add("kpi-strip");
        setAlignment(Pos.CENTER_LEFT);
        result.addListener((o, was, now) -> show(now));
        running.addListener((o, was, now) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("stale"), Boolean.TRUE.equals(now)));
        show(result.getValue());
    }

    /**
     * Makes the tiles that {@link Tracer#TILE_QUESTIONS} knows traceable: a click, or Enter / Space on a focused tile,
     * asks {@code trace} to explain its figure.
     */
    public void onTrace(java.util.function.Consumer<String> trace) {
        onTrace(trace, null);
    }

    /**
     * As {@link #onTrace(java.util.function.Consumer)}, and marks each traceable tile whose figure rests on planner's
     * assumptions or uncalibrated efficiencies with a provenance badge ({@code badge} explains the question).
     */
    public void onTrace(java.util.function.Consumer<String> trace,
                        java.util.function.Function<String, com.tokenfactory.core.trace.Badge> badge) {
        this.trace = trace;
        this.badge = badge;
        show(shown);
    }

    private void show(SimulationResult r) {
        shown = r;
        getChildren().clear();
        if (r == null) {
            Label waiting = new Label("Computing the plan…");
            waiting.getStyleClass().add("muted");
            getChildren().add(waiting);
            return;
        }
        List<KpiTiles.Tile> all = tiles.apply(r);
        int count = all.size();
        javafx.beans.binding.DoubleBinding share = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset() - getSpacing() * (count - 1))
                        / count, widthProperty(), paddingProperty(), spacingProperty());
        for (KpiTiles.Tile t : all) {
            Label label = new Label(t.label());
            label.getStyleClass().add("kpi-label");
            Label value = new Label(t.value());
            value.getStyleClass().add("kpi-value");
            value.setId("kpi-" + t.id());
            // the figure is the point of the tile: never cut it; the label and the line under it give way first
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // the label, the line under the figure and the badge wrap in a tile a narrow window makes narrow, rather
            // than end in "…"; the full line is in the tooltip too
            label.setWrapText(true);
            Label detail = new Label(t.detail());
            detail.getStyleClass().add("kpi-detail");
            detail.setWrapText(true);
            detail.setTooltip(new Tooltip(t.detail()));
            VBox tile = new VBox(1, label, value, detail);
            String asked = trace == null ? null : Tracer.TILE_QUESTIONS.get(t.id());
            com.tokenfactory.core.trace.Badge b = asked == null || badge == null ? null : badge.apply(asked);
            if (b != null && b.any()) {
                // one chip per mark ("assumed", "uncalibrated"): in a narrow tile the second moves under the first
                javafx.scene.layout.FlowPane marks = new javafx.scene.layout.FlowPane(4, 2);
                marks.setId("badge-" + t.id());
                marks.getStyleClass().add("provenance-badges");
                marks.setAccessibleText(b.mark() + ": " + b.detail());
                for (String part : b.mark().split(" · ")) {
                    Label chip = new Label(part);
                    chip.getStyleClass().add("provenance-badge");
                    chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    chip.setTooltip(new Tooltip(b.detail()));
                    marks.getChildren().add(chip);
                }
                tile.getChildren().add(marks);
            }
            tile.getStyleClass().addAll("kpi-tile", "tone-" + t.tone().name().toLowerCase(java.util.Locale.ROOT));
            String question = trace == null ? null : Tracer.TILE_QUESTIONS.get(t.id());
            Tooltip.install(tile, new Tooltip(t.explanation()
                    + (question == null ? "" : "\nClick, or press Enter, to see how it was made.")));
            if (question != null) {
                tile.setId("kpi-tile-" + t.id());
                tile.getStyleClass().add("traceable");
                tile.setFocusTraversable(true);
                tile.setOnMouseClicked(e -> {
                    tile.requestFocus();
                    trace.accept(question);
                });
                tile.setOnKeyPressed(e -> {
                    if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                        e.consume();
                        trace.accept(question);
                    }
                });
            }
            // the tiles share the row equally (never narrower than their figure): a tile with a long detail line
            // wraps it instead of squeezing its neighbours into "…"
            tile.prefWidthProperty().bind(share);
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(tile);
        }
    }
}

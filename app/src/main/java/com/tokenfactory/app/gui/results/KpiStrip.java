package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.result.SimulationResult;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** The headline figures of the latest result as a row of tiles; dimmed while a recompute is under way. */
public final class KpiStrip extends HBox {
    private final java.util.function.Function<SimulationResult, List<KpiTiles.Tile>> tiles;
    private java.util.function.Consumer<String> trace;
    private java.util.function.Supplier<java.util.function.Function<String, com.tokenfactory.core.trace.Badge>> badges;
    private com.tokenfactory.app.gui.work.LatestWins<java.util.Map<String, com.tokenfactory.core.trace.Badge>> badgeWork;
    private SimulationResult shown;
    /** Each tile's share of the row: the tiles share it equally, never narrower than their figure. */
    private final javafx.beans.binding.DoubleBinding share = javafx.beans.binding.Bindings.createDoubleBinding(
            () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()
                    - getSpacing() * Math.max(0, getChildren().size() - 1)) / Math.max(1, getChildren().size()),
            widthProperty(), paddingProperty(), spacingProperty(), getChildren());

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
        this.trace = trace;
        show(shown);
    }

    /**
     * As {@link #onTrace(java.util.function.Consumer)}, and marks each traceable tile whose figure rests on planner's
     * assumptions or uncalibrated efficiencies with a provenance badge. Explaining a figure takes a while, so for each
     * result {@code badges} is asked on the FX thread for a function over that result (e.g. {@link Tracer#badges()}),
     * which is called on {@code worker}; the marks follow the figures when ready.
     */
    public void onTrace(java.util.function.Consumer<String> trace,
                        java.util.function.Supplier<java.util.function.Function<String, com.tokenfactory.core.trace.Badge>>
                                badges, java.util.concurrent.Executor worker, java.util.concurrent.Executor fxThread) {
        this.trace = trace;
        this.badges = badges;
        this.badgeWork = new com.tokenfactory.app.gui.work.LatestWins<>("mark the figures that rest on assumptions",
                worker, fxThread, this::showBadges);
        show(shown);
    }

    private void show(SimulationResult r) {
        shown = r;
        if (r == null) {
            Label waiting = new Label("Computing the plan…");
            waiting.getStyleClass().add("muted");
            getChildren().setAll(waiting);
            return;
        }
        List<KpiTiles.Tile> next = tiles.apply(r);
        boolean sameTiles = getChildren().size() == next.size();
        for (int i = 0; sameTiles && i < next.size(); i++) {
            sameTiles = getChildren().get(i) instanceof TileNode node && node.id.equals(next.get(i).id())
                    && node.traceable == (trace != null);
        }
        if (!sameTiles) {
            List<TileNode> made = new ArrayList<>();
            for (KpiTiles.Tile t : next) {
                made.add(new TileNode(t.id(), trace != null));
            }
            getChildren().setAll(made);
        }
        // the same tiles as before (every edit's case): their words change in place, no node is made or styled anew
        for (int i = 0; i < next.size(); i++) {
            ((TileNode) getChildren().get(i)).show(next.get(i));
        }
        if (badges != null) {
            java.util.function.Function<String, com.tokenfactory.core.trace.Badge> of = badges.get();
            List<String> ids = next.stream().map(KpiTiles.Tile::id).toList();
            badgeWork.request(() -> {
                java.util.Map<String, com.tokenfactory.core.trace.Badge> marks = new java.util.HashMap<>();
                for (String id : ids) {
                    String question = Tracer.TILE_QUESTIONS.get(id);
                    com.tokenfactory.core.trace.Badge b = question == null ? null : of.apply(question);
                    if (b != null && b.any()) {
                        marks.put(id, b);
                    }
                }
                return marks;
            });
        }
    }

    private void showBadges(java.util.Map<String, com.tokenfactory.core.trace.Badge> marks) {
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof TileNode tile) {
                tile.mark(marks.get(tile.id));
            }
        }
    }

    /** One tile: its label, figure and the line under it, a provenance badge if its figure rests on assumptions. */
    private final class TileNode extends VBox {
        private final String id;
        private final boolean traceable;
        private final Label label = new Label();
        private final Label value = new Label();
        private final Label detail = new Label();
        private final Tooltip tip = new Tooltip();
        private javafx.scene.layout.FlowPane marks;
        private String tone;

        TileNode(String id, boolean traceable) {
            super(1);
            this.id = id;
            this.traceable = traceable;
            label.getStyleClass().add("kpi-label");
            value.getStyleClass().add("kpi-value");
            value.setId("kpi-" + id);
            // the figure is the point of the tile: never cut it; the label and the line under it give way first
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // the label, the line under the figure and the badge wrap in a tile a narrow window makes narrow, rather
            // than end in "…"; the full line is in the tooltip too
            label.setWrapText(true);
            detail.getStyleClass().add("kpi-detail");
            detail.setWrapText(true);
            detail.setTooltip(new Tooltip());
            getChildren().addAll(label, value, detail);
            getStyleClass().add("kpi-tile");
            Tooltip.install(this, tip);
            String question = traceable ? Tracer.TILE_QUESTIONS.get(id) : null;
            if (question != null) {
                setId("kpi-tile-" + id);
                getStyleClass().add("traceable");
                setFocusTraversable(true);
                setOnMouseClicked(e -> {
                    requestFocus();
                    trace.accept(question);
                });
                setOnKeyPressed(e -> {
                    if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                        e.consume();
                        trace.accept(question);
                    }
                });
            }
            // the tiles share the row equally (never narrower than their figure): a tile with a long detail line
            // wraps it instead of squeezing its neighbours into "…"
            prefWidthProperty().bind(share);
            HBox.setHgrow(this, Priority.ALWAYS);
            setMaxWidth(Double.MAX_VALUE);
        }

        void show(KpiTiles.Tile t) {
            label.setText(t.label());
            value.setText(t.value());
            detail.setText(t.detail());
            detail.getTooltip().setText(t.detail());
            String question = traceable ? Tracer.TILE_QUESTIONS.get(id) : null;
            tip.setText(t.explanation() + (question == null ? "" : "\nClick, or press Enter, to see how it was made."));
            String nextTone = "tone-" + t.tone().name().toLowerCase(java.util.Locale.ROOT);
            if (!nextTone.equals(tone)) {
                if (tone != null) {
                    getStyleClass().remove(tone);
                }
                getStyleClass().add(nextTone);
                tone = nextTone;
            }
        }

        /**
         * Shows the tile's provenance badge, one chip per mark ("assumed", "uncalibrated"): in a narrow tile the
         * second moves under the first. Null takes it away.
         */
        void mark(com.tokenfactory.core.trace.Badge b) {
            if (marks != null) {
                getChildren().remove(marks);
                marks = null;
            }
            if (b == null) {
                return;
            }
            marks = new javafx.scene.layout.FlowPane(4, 2);
            marks.setId("badge-" + id);
            marks.getStyleClass().add("provenance-badges");
            marks.setAccessibleText(b.mark() + ": " + b.detail());
            for (String part : b.mark().split(" · ")) {
                Label chip = new Label(part);
                chip.getStyleClass().add("provenance-badge");
                chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                chip.setTooltip(new Tooltip(b.detail()));
                marks.getChildren().add(chip);
            }
            getChildren().add(marks);
        }
    }
}

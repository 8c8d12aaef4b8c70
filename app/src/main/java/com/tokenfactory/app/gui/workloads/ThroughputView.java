package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.ThroughputEstimate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * How the engine serves the selected service on each SKU: tensor parallelism, decode batch, step time, what bounds
 * the step, and the tokens per second per GPU that follow — so a number on the dashboard can be checked by hand.
 */
public final class ThroughputView extends VBox {
    public ThroughputView(ObservableList<ThroughputEstimate> estimates) {
        super(6);
        getStyleClass().add("throughput");
        Label heading = new Label("Throughput the engine chose");
        heading.getStyleClass().add("section-title");
        Label note = new Label("Per SKU, at the plan start before software gains (docs/engine.md, Throughput).");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        TableView<ThroughputEstimate> table = new TableView<>(estimates);
        table.setId("throughput-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("SKU", ThroughputEstimate::skuId));
        table.getColumns().add(column("TP", t -> t.fits() ? Integer.toString(t.tensorParallel()) : "—"));
        table.getColumns().add(column("Batch", t -> t.fits() ? Integer.toString(t.decodeBatch()) : "—"));
        table.getColumns().add(column("Step ms", t -> t.fits() ? Numbers.plain(t.stepMs(), 1) : "—"));
        table.getColumns().add(column("Bound", t -> t.fits() ? t.bound().name().toLowerCase(java.util.Locale.ROOT) : "—"));
        table.getColumns().add(column("Tok/s/GPU", t -> t.fits() ? Numbers.whole(t.tokensPerSecondPerGpu()) : "does not fit"));
        table.getColumns().add(column("Latency", t -> !t.fits() ? "—" : t.meetsLatency() ? "met" : "missed"));
        table.setPrefHeight(190);
        table.setPlaceholder(new Label("Computed after the next recompute."));
        getChildren().addAll(heading, note, table);
    }

    private static TableColumn<ThroughputEstimate, String> column(String title, Function<ThroughputEstimate, String> value) {
        TableColumn<ThroughputEstimate, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}

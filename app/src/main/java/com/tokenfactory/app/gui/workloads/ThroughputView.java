package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.charts.table.ThroughputColumns;
import com.tokenfactory.core.result.ThroughputEstimate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * How the engine serves the selected service on each SKU: parallel layout, math precision, decode batch and what
 * bound it, step time, time per output token, time to first token and tokens per second per GPU — the same columns
 * as {@code tokenfactory run --throughput} and the report — so a number on the dashboard can be checked by hand.
 */
public final class ThroughputView extends VBox {
    public ThroughputView(ObservableList<ThroughputEstimate> estimates) {
        super(6);
        getStyleClass().add("throughput");
        Label heading = new Label("Throughput the engine chose");
        heading.getStyleClass().add("section-title");
        Label note = new Label("Per SKU, at the plan start before software gains (docs/engine.md, Throughput). "
                + "\"Bound by\" names what stopped the batch growing: latency, KV memory, a batch limit or compute.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        TableView<ThroughputEstimate> table = new TableView<>(estimates);
        table.setId("throughput-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("SKU", ThroughputEstimate::skuId));
        for (ThroughputColumns.Column c : ThroughputColumns.COLUMNS) {
            table.getColumns().add(column(c.header(), c.cell()));
        }
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

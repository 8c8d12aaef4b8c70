package com.tokenfactory.app.gui.calibration;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;

/** The results table: one row per measured test, with its latency, achieved rates and energy per token. */
final class MeasurementTable {
    private MeasurementTable() {
    }

    static TableView<MeasurementRow> create(ObservableList<MeasurementRow> rows) {
        TableView<MeasurementRow> t = new TableView<>(rows);
        t.setId("measurements");
        TableColumn<MeasurementRow, String> sizes = Columns.text("Sizes", MeasurementRow::sizes, 200);
        sizes.setMinWidth(140); // gives way first in a narrow window
        t.getColumns().addAll(List.of(
                Columns.text("Test", MeasurementRow::shape, 134),
                Columns.text("Bound", MeasurementRow::kind, 62),
                Columns.text("Role", MeasurementRow::role, 66),
                sizes,
                Columns.number("Median ms", MeasurementRow::latencyText, 76),
                Columns.number("TFLOP/s", MeasurementRow::tflopsText, 60),
                Columns.number("TB/s", MeasurementRow::tbpsText, 60),
                Columns.number("J/token", MeasurementRow::joulesPerTokenText, 56)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("No measurement yet."));
        return t;
    }
}

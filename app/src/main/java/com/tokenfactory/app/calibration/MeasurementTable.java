package com.tokenfactory.app.calibration;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import java.util.List;

/** The results table: one row per measured test, with its latency, achieved rates and energy per token. */
final class MeasurementTable {
    private MeasurementTable() {
    }

    static TableView<MeasurementRow> create(ObservableList<MeasurementRow> rows) {
        TableView<MeasurementRow> t = new TableView<>(rows);
        t.setId("measurements");
        t.getColumns().addAll(List.of(
                Columns.text("Test", MeasurementRow::shape, 125),
                Columns.text("Bound by", MeasurementRow::kind, 72),
                Columns.text("Role", MeasurementRow::role, 65),
                Columns.text("Sizes", MeasurementRow::sizes, 170),
                Columns.number("Median ms", MeasurementRow::latencyText, 86),
                Columns.number("TFLOP/s", MeasurementRow::tflopsText, 72),
                Columns.number("TB/s", MeasurementRow::tbpsText, 80),
                Columns.number("J/token", MeasurementRow::joulesPerTokenText, 62)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("No measurement yet."));
        return t;
    }
}

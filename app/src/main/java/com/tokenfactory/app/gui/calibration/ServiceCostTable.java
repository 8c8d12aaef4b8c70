package com.tokenfactory.app.gui.calibration;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import java.util.List;

/** Each inference service's $/Mtok over the plan's horizon, with the plan as it is and with the calibration. */
final class ServiceCostTable {
    private ServiceCostTable() {
    }

    static TableView<ServiceCostChange> create(ObservableList<ServiceCostChange> rows) {
        TableView<ServiceCostChange> t = new TableView<>(rows);
        t.setId("serviceCosts");
        t.getColumns().addAll(List.of(
                Columns.text("Service", ServiceCostChange::name, 260),
                Columns.number("$/Mtok, plan as it is", c -> CalibrationNumbers.usdPerMtok(c.before()), 150),
                Columns.number("$/Mtok with this calibration", c -> CalibrationNumbers.usdPerMtok(c.after()), 190),
                Columns.number("Change", c -> CalibrationNumbers.change(c.changePercent()), 90)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("A calibration's effect on each service appears here."));
        return t;
    }
}

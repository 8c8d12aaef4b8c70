package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.work.LatestWins;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Plan;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.Executor;

/**
 * Works out what a calibration does to each service's $/Mtok — the plan simulated as it is and with the calibration
 * — on a worker, the latest plan and calibration winning. Properties change on the UI thread only.
 */
final class ImpactCalculator {
    private final ReadOnlyObjectWrapper<CalibrationImpact> impact = new ReadOnlyObjectWrapper<>(this, "impact");
    private final ObservableList<ServiceCostChange> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "impactMessage", "");
    private final LatestWins<CalibrationImpact> working;

    /** @param changed runs on the UI thread after each change of what is shown (the actions depend on it) */
    ImpactCalculator(Executor worker, Executor uiThread, Runnable changed) {
        working = new LatestWins<CalibrationImpact>("simulate the plan with the calibration", worker, uiThread,
                result -> {
                    impact.set(result);
                    rows.setAll(result.services());
                    message.set(result.services().isEmpty() ? "The plan has no inference service." : "");
                    changed.run();
                })
                .explainingFailures(e -> "The plan could not be simulated with this calibration: " + Reasons.of(e))
                .onFailure(line -> {
                    message.set(line);
                    changed.run();
                });
    }

    /** Shows nothing, with {@code why} in its place; drops a calculation in flight. */
    void clear(String why) {
        working.cancel();
        impact.set(null);
        rows.clear();
        message.set(why);
    }

    /** Works out {@code plan} with and without {@code calibration}; null plan: none is open. */
    void workOut(Plan plan, Calibration calibration) {
        if (plan == null) {
            clear("No plan is open.");
            return;
        }
        clear("Working out each service's $/Mtok with and without this calibration…");
        working.request(() -> CalibrationImpact.of(plan, calibration));
    }

    ReadOnlyObjectProperty<CalibrationImpact> impactProperty() {
        return impact.getReadOnlyProperty();
    }

    ObservableList<ServiceCostChange> rows() {
        return rows;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.calibration.CalibrationWindow;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.present.PresentationMode;
import com.tokenfactory.app.gui.present.PresentationOptions;
import com.tokenfactory.app.gui.present.PresentationTheme;
import com.tokenfactory.charts.style.ChartStyle;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.util.Objects;

/** The windows the main window opens beside itself: calibration, the presentation, About. */
final class SideWindows {
    private final Stage owner;
    private final MainViewModel vm;
    private final ObservableValue<ChartStyle> chartStyle;
    private Stage calibration;

    SideWindows(Stage owner, MainViewModel vm, ObservableValue<ChartStyle> chartStyle) {
        this.owner = owner;
        this.vm = vm;
        this.chartStyle = chartStyle;
    }

    /**
     * Opens the Calibration window beside the main one; Apply there is one undoable edit here. A second request
     * brings the open window to the front.
     */
    void calibrate() {
        if (calibration != null && calibration.isShowing()) {
            calibration.toFront();
            return;
        }
        calibration = CalibrationWindow.show(owner, vm.document()::getPlan,
                calibrated -> vm.document().apply(PlanEdit.of(
                        "Apply calibration from " + calibrated.calibration().device(), p -> calibrated)), chartStyle);
    }

    /** Presents the open plan under the scenario the results are shown under, in the app's theme (read-only). */
    void present(boolean dark) {
        PresentationOptions options = PresentationOptions.defaults()
                .withTheme(dark ? PresentationTheme.DARK : PresentationTheme.LIGHT);
        PresentationMode.show(owner, vm.document().getPlan(), vm.scenarioIdProperty().get(), options);
    }

    void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION,
                "Plan AI datacenter build-outs: sites, halls, GPU pods and partner clouds; workloads on one fleet; "
                        + "CapEx, electricity and yield over five years.\n\nVersion "
                        + Objects.requireNonNullElse(MainWindow.class.getPackage().getImplementationVersion(),
                        "(development build)"));
        about.initOwner(owner);
        about.setTitle("About Token Factory Planner");
        about.setHeaderText("Token Factory Planner");
        about.showAndWait();
    }

    /** Closes the side windows that close with the main one. */
    void close() {
        if (calibration != null) {
            calibration.close();
        }
    }
}

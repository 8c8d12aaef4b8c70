package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.gui.common.AppIcons;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.Plan;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The calibration screen in a window of its own, beside the plan's window. */
public final class CalibrationWindow {
    static final String TITLE = "Calibration — Token Factory Planner";

    private CalibrationWindow() {
    }

    /**
     * Opens the calibration window; call on the JavaFX thread.
     *
     * @param owner               the plan's window (the calibration window stays in front of it); null for none
     * @param currentPlan         the document's plan as it is now; asked on the JavaFX thread
     * @param applyCalibratedPlan receives the plan with the calibration stored in it, on the JavaFX thread, when the
     *                            user presses Apply; make it one undoable edit
     * @param chartStyle          the app's theme as the charts' look; the roofline follows it while the window is open
     *                            (the rest of the window follows AtlantaFX's stylesheet, which the app sets for all)
     * @return the shown window; closing it cancels a running benchmark
     */
    public static Stage show(Window owner, Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan,
                             ObservableValue<ChartStyle> chartStyle) {
        return show(owner, new CalibrationViewModel(currentPlan, applyCalibratedPlan), MeasurementFileChooser.dialogs(),
                chartStyle);
    }

    static Stage show(Window owner, CalibrationViewModel model, MeasurementFileChooser files) {
        return show(owner, model, files, new SimpleObjectProperty<>(ChartStyle.LIGHT));
    }

    private static Stage show(Window owner, CalibrationViewModel model, MeasurementFileChooser files,
                              ObservableValue<ChartStyle> chartStyle) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(TITLE);
        AppIcons.applyTo(stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        CalibrationView view = new CalibrationView(model, files);
        view.chartStyleProperty().bind(chartStyle);
        stage.setScene(new Scene(view, Math.min(1480, screen.getWidth()), Math.min(980, screen.getHeight())));
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        // the plan may have been edited or an edit undone in the main window meanwhile
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                model.planChanged();
            }
        });
        stage.setOnHidden(e -> {
            view.chartStyleProperty().unbind();
            model.close();
        });
        stage.show();
        return stage;
    }
}

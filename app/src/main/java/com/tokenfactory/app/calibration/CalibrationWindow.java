package com.tokenfactory.app.calibration;

import com.tokenfactory.app.gui.AppIcons;
import com.tokenfactory.core.plan.Plan;
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
     * @return the shown window; closing it cancels a running benchmark
     */
    public static Stage show(Window owner, Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan) {
        return show(owner, new CalibrationViewModel(currentPlan, applyCalibratedPlan), MeasurementFileChooser.dialogs());
    }

    static Stage show(Window owner, CalibrationViewModel model, MeasurementFileChooser files) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(TITLE);
        AppIcons.applyTo(stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(new CalibrationView(model, files), Math.min(1480, screen.getWidth()),
                Math.min(980, screen.getHeight())));
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        // the plan may have been edited or an edit undone in the main window meanwhile
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                model.planChanged();
            }
        });
        stage.setOnHidden(e -> model.close());
        stage.show();
        return stage;
    }
}

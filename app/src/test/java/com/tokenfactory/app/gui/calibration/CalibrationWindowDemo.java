package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.benchmark.ProviderChoice;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the calibration window on the fungible-fleet sample, as a user would see it, and runs the benchmark on the
 * CPU; for looking at the screen (docs/screenshots/calibration.png was taken with it under Xvfb).
 * <pre>
 *   java -cp ... com.tokenfactory.app.gui.calibration.CalibrationWindowDemo [--quick] [--no-run]
 * </pre>
 */
public final class CalibrationWindowDemo {
    private CalibrationWindowDemo() {
    }

    public static void main(String[] args) {
        boolean quick = java.util.Arrays.asList(args).contains("--quick");
        boolean run = !java.util.Arrays.asList(args).contains("--no-run");
        AtomicReference<Plan> plan = new AtomicReference<>(Samples.open(Samples.FUNGIBLE_FLEET));
        Platform.startup(() -> {
            CalibrationViewModel model = new CalibrationViewModel(plan::get, applied -> {
                plan.set(applied);
                System.out.println("applied: " + applied.calibration().device());
            });
            model.providerProperty().set(ProviderChoice.CPU);
            model.quickProperty().set(quick);
            CalibrationWindow.show(null, model, MeasurementFileChooser.dialogs()).setOnHidden(e -> {
                model.close();
                Platform.exit();
            });
            if (run) {
                model.runBenchmark();
            }
        });
    }
}

package com.tokenfactory.app.gui;

import com.tokenfactory.app.gui.shell.AppContext;
import com.tokenfactory.app.gui.shell.MainWindow;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.io.PlanFileException;
import com.tokenfactory.samples.Samples;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * The desktop app: opens the plan given on the command line, else the bundled default sample. A plan file that does
 * not read opens the sample instead, with the file's message across the window.
 */
public final class TokenFactoryApp extends Application {
    private static final System.Logger LOG = System.getLogger(TokenFactoryApp.class.getName());
    private static volatile Path initialPlan;

    /** Starts the JavaFX runtime and blocks until the window closes. */
    public static void launchWith(Path plan) {
        initialPlan = plan;
        Application.launch(TokenFactoryApp.class);
    }

    @Override
    public void start(Stage stage) {
        Plan plan = Samples.open(Samples.defaultSample());
        Path file = null;
        String problem = null;
        if (initialPlan != null) {
            try {
                plan = new PlanFile().read(initialPlan);
                file = initialPlan;
            } catch (PlanFileException e) {
                LOG.log(System.Logger.Level.INFO, "opening " + initialPlan + " failed: " + e.getMessage());
                problem = "Could not open " + e.getMessage() + " — showing the sample plan instead.";
            }
        }
        MainWindow window = new MainWindow(stage, AppContext.forUser(), plan, file);
        window.show();
        if (problem != null) {
            window.showError(problem);
        }
    }
}

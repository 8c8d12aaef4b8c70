package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.plan.Plan;
import javafx.application.Application;
import javafx.stage.Stage;

import java.util.Objects;

/**
 * Starts JavaFX straight into a presentation, for {@code tokenfactory present PLAN}: no main window, and the program
 * ends when Esc closes the presentation. Launched from the plain {@code Main} class, as JavaFX on the class path
 * requires.
 */
public final class PresentationApp extends Application {
    private record Request(Plan plan, String scenarioId, PresentationOptions options) {
    }

    private static volatile Request request;

    /**
     * Starts the JavaFX runtime, shows the presentation and blocks until it is closed.
     *
     * @throws IllegalArgumentException when the plan has no scenario with that id
     */
    public static void launch(Plan plan, String scenarioId, PresentationOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        DeckBuilder.scenario(plan, scenarioId);
        request = new Request(plan, scenarioId, options);
        Application.launch(PresentationApp.class);
    }

    @Override
    public void start(Stage stage) {
        Request r = request;
        PresentationMode.present(stage, r.plan(), r.scenarioId(), r.options());
    }
}

package com.tokenfactory.app.gui.present;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.common.AppIcons;
import com.tokenfactory.app.gui.work.LatestWins;
import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.core.plan.Plan;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.Objects;

/**
 * Presentation mode: a saved plan as full-screen slides for executives (title, the build-out at a glance, CapEx,
 * electricity, yield, capacity vs demand, payback, key assumptions, and the plan's problems if it has any), in large
 * type, moved through with the arrow keys and clicks, left with Esc. Read-only: it reads the plan (an immutable record)
 * and never changes it. The main window opens it with {@link #show(Window, Plan, String)}; the command line with
 * {@code tokenfactory present PLAN} ({@link PresentationApp}). See docs/presentation.md.
 */
public final class PresentationMode {
    /** The window size when not full screen (shrunk to fit smaller screens). */
    static final double WINDOW_WIDTH = 1600;
    static final double WINDOW_HEIGHT = 900;

    private PresentationMode() {
    }

    /**
     * Opens the presentation of {@code plan} full screen, in the dark theme, on a new stage owned by {@code owner};
     * Esc closes it. Call on the FX thread. The engine runs on a worker; the slides appear when it is done
     * (milliseconds for usual plans).
     *
     * @param owner      the main window (the presentation closes with it), or null
     * @param scenarioId one of the plan's scenarios, or null for the base plan
     * @return the presentation's stage, already showing
     * @throws IllegalArgumentException when the plan has no scenario with that id
     */
    public static Stage show(Window owner, Plan plan, String scenarioId) {
        return show(owner, plan, scenarioId, PresentationOptions.defaults());
    }

    /** As {@link #show(Window, Plan, String)}, with a theme, windowed or full screen, and the date on the title slide. */
    public static Stage show(Window owner, Plan plan, String scenarioId, PresentationOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        DeckBuilder.scenario(plan, scenarioId);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        present(stage, plan, scenarioId, options);
        return stage;
    }

    /** Shows the presentation on {@code stage} (a new one, or the command line's primary stage). */
    static void present(Stage stage, Plan plan, String scenarioId, PresentationOptions options) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the presentation opens on the JavaFX application thread");
        }
        SlideShow show = new SlideShow(plan.name(), stage::close);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WINDOW_WIDTH, screen.getWidth());
        double height = Math.min(WINDOW_HEIGHT, screen.getHeight());
        stage.setScene(show.scene(options.theme(), width, height));
        stage.setTitle("Presentation — " + plan.name());
        AppIcons.applyTo(stage);
        if (options.fullScreen()) {
            // Esc leaves the presentation (our key handler), rather than only leaving full screen
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("Esc to leave");
            stage.setFullScreen(true);
        }
        show.showMessage("Preparing the slides of " + plan.name() + " …");
        stage.show();
        stage.toFront();
        // the deck is built on the presentation's own chart worker; leaving the presentation drops it and stops the thread
        Workers workers = new Workers();
        LatestWins<Deck> build = new LatestWins<Deck>("build the slides", workers.pool(Workers.Purpose.CHARTS),
                Platform::runLater, show::show)
                .explainingFailures(e -> "The slides could not be built: " + Reasons.of(e))
                .onFailure(show::showMessage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            build.cancel();
            workers.close();
        });
        build.request(() -> DeckBuilder.build(plan, scenarioId, options.date(), options.theme().chartStyle()));
    }
}

package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.canvas.ElementNode;
import com.tokenfactory.app.gui.files.AppPreferences;
import com.tokenfactory.core.plan.Plan;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * Starts the real main window on a plan, with settings, autosaves and prompts of the test's own, for TestFX tests
 * that run headless under Monocle.
 */
abstract class AppWindowTest {
    @TempDir
    Path temp;

    protected MainWindow window;
    protected final AppPreferences preferences =
            new AppPreferences(Preferences.userRoot().node("tokenfactory-test/" + UUID.randomUUID()));
    protected final ScriptedPrompts prompts = new ScriptedPrompts();

    /** Opens the window on {@code plan} (call from the test's {@code @Start}). */
    protected void open(Stage stage, Plan plan, Path file) {
        open(stage, plan, file, Duration.ofMillis(20));
    }

    /** As {@link #open(Stage, Plan, Path)}, with the recompute's debounce given (the app's: 120 ms). */
    protected void open(Stage stage, Plan plan, Path file, Duration recomputeDebounce) {
        AppContext context = new AppContext(preferences, temp.resolve("recovery"), w -> prompts,
                recomputeDebounce, Duration.ofMillis(30));
        window = new MainWindow(stage, context, plan, file);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        window.show();
    }

    @AfterEach
    void forgetSettings() {
        // the theme is JavaFX-wide: put back JavaFX's own look so test classes of other screens see it, as they
        // would when run alone. Every window this test opened closes first: a window left showing would be styled
        // once more without the theme, and the app's stylesheet's colors come from the theme.
        fx(() -> {
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                    .filter(w -> w instanceof Stage)
                    .forEach(w -> ((Stage) w).close());
            window.dispose();
            javafx.application.Application.setUserAgentStylesheet(null);
        });
        preferences.clear();
    }

    protected Plan plan() {
        return window.viewModel().document().getPlan();
    }

    /** Waits until the result on screen is the one for the plan as it is now. */
    protected void awaitResult() {
        await(() -> window.viewModel().getResult() != null && !window.viewModel().recompute().runningProperty().get());
    }

    protected static void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected ElementNode node(String id) {
        return window.canvas().node(id).orElseThrow(() -> new AssertionError(id + " is not on the canvas"));
    }

    /** The screen point at the middle of the element's card, or at a fraction of its width and height. */
    protected Point2D on(String id, double fx, double fy) {
        Bounds b = node(id).localToScreen(node(id).getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    protected Point2D canvasPoint(double fx, double fy) {
        Bounds b = window.canvas().localToScreen(window.canvas().getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    protected void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the scroll pane holding {@code node} so that the node's top is in view. */
    protected void scrollIntoView(javafx.scene.Node node) {
        fx(() -> {
            for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    javafx.scene.Node content = pane.getContent();
                    Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double extra = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    if (extra > 0) {
                        pane.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 8) / extra)));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /** Types {@code text} into a field as the user would, replacing what it holds, and presses Enter. */
    protected void typeInto(org.testfx.api.FxRobot robot, javafx.scene.control.TextField field, String text) {
        fx(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(javafx.scene.input.KeyCode.ENTER);
    }

    /** Runs {@code action} on the FX thread and returns what it returned. */
    protected <T> T onFx(Callable<T> action) {
        try {
            T value = WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return value;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

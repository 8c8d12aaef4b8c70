package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.files.AppPreferences;
import com.tokenfactory.app.gui.files.Autosaver;
import com.tokenfactory.app.gui.results.Recompute;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * What the window needs from outside: where settings and autosaves live, how to ask the user, and the timings of
 * recompute and autosave. The app uses {@link #forUser()}; tests pass temporary folders and scripted prompts.
 */
public record AppContext(AppPreferences preferences, Path recoveryFolder, Function<Window, Prompts> prompts,
                         Duration recomputeDebounce, Duration autosaveDelay) {

    public static AppContext forUser() {
        Path home = Path.of(System.getProperty("user.home"), ".tokenfactory");
        return new AppContext(AppPreferences.user(), home.resolve("recovery"), DialogPrompts::new,
                Recompute.DEFAULT_DEBOUNCE, Autosaver.DEFAULT_DELAY);
    }
}

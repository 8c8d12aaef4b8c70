package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.files.AppPreferences;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.function.DoubleConsumer;

/** Where the main window opens and how big: the size it had last time if that is still on a screen. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    /** Sizes {@code stage} for this screen, or as remembered. */
    static void restore(Stage stage, AppPreferences prefs) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1500, screen.getWidth() * 0.95));
        stage.setHeight(Math.min(950, screen.getHeight() * 0.95));
        prefs.window().ifPresent(b -> {
            boolean visible = !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty();
            if (visible) {
                stage.setX(b.x());
                stage.setY(b.y());
                stage.setWidth(b.width());
                stage.setHeight(b.height());
            }
            stage.setMaximized(b.maximized());
        });
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    /** Remembers where {@code stage} is, for the next start. */
    static void remember(Stage stage, AppPreferences prefs) {
        prefs.setWindow(new AppPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }

    /** Runs {@code then} once {@code size} is first above zero: divider positions are fractions of a size. */
    static void whenSized(ObservableValue<Number> size, DoubleConsumer then) {
        if (size.getValue().doubleValue() > 0) {
            then.accept(size.getValue().doubleValue());
            return;
        }
        size.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    size.removeListener(this);
                    then.accept(now.doubleValue());
                }
            }
        });
    }
}

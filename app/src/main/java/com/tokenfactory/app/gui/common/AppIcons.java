package com.tokenfactory.app.gui.common;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.util.List;
import java.util.Objects;

/**
 * The app's icon on its windows (title bar, task switcher), in the sizes desktops ask for. The images are rendered
 * from packaging/src/icons/token-factory-planner.svg by packaging/src/icons/render.sh, like the installers' icons.
 */
public final class AppIcons {
    private static final List<Image> IMAGES = List.of(image(32), image(64), image(256));

    private AppIcons() {
    }

    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(IMAGES);
    }

    private static Image image(int size) {
        return new Image(Objects.requireNonNull(AppIcons.class.getResourceAsStream("/com/tokenfactory/app/gui/icons/window-" + size + ".png"),
                "window icon " + size + " missing from the build"));
    }
}

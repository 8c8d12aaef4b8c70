package com.tokenfactory.app.gui.common;

import javafx.application.Application;
import javafx.scene.Scene;

import java.net.URL;
import java.util.Objects;

/**
 * The app's look: AtlantaFX Primer light or dark as the user agent stylesheet, plus the app's own stylesheet, which
 * uses only AtlantaFX's looked-up colors (-color-bg-default, -color-danger-emphasis, …) so it follows either theme.
 * <p>Only AtlantaFX's stylesheets are used, by resource path: its 2.1.0 classes are compiled for Java 21, and the
 * app is built for Java 17 (docs/decisions/0005).
 */
public enum Theme {
    LIGHT("/atlantafx/base/theme/primer-light.css"),
    DARK("/atlantafx/base/theme/primer-dark.css");

    public static final String APP_CSS = resource("/com/tokenfactory/app/gui/app.css");

    private final String userAgentStylesheet;

    Theme(String path) {
        this.userAgentStylesheet = resource(path);
    }

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(userAgentStylesheet);
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }

    private static String resource(String path) {
        URL url = Objects.requireNonNull(Theme.class.getResource(path), path + " is missing from the build");
        return url.toExternalForm();
    }
}

package com.tokenfactory.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The desktop app. */
public final class TokenFactoryApp extends Application {
    private static volatile Path initialPlan;

    /** Starts the JavaFX runtime and blocks until the window closes. */
    public static void launchWith(Path plan) {
        initialPlan = plan;
        Application.launch(TokenFactoryApp.class);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label(initialPlan == null ? "Token Factory Planner" : "Token Factory Planner — " + initialPlan);
        stage.setTitle("Token Factory Planner");
        stage.setScene(new Scene(new BorderPane(title), 1280, 800));
        stage.show();
    }
}

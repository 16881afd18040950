package org.sahifa.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class SahifaApp extends Application {
    public static void start(String[] args) {
        Application.launch(SahifaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("صحيفة"), 800, 600));
        stage.show();
    }
}

package org.sahifa.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light or dark look: an AtlantaFX theme for the controls plus Sahifa's own reading styles. */
public enum Theme {
    LIGHT, DARK;

    static final String READER_CSS = "/css/reader.css";

    public static Theme parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** Applies the control theme application-wide and the reading styles to the scene. */
    void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(Theme.class.getResource(READER_CSS).toExternalForm());
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }
}

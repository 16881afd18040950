package org.sahifa.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light, sepia or dark: an AtlantaFX theme for the controls plus Sahifa's reading styles (sepia recolours Primer Light). */
public enum Theme {
    LIGHT,
    SEPIA,
    DARK;

    static final String READER_CSS = "/css/reader.css";

    public static Theme parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    String styleClass() {
        return "theme-" + name().toLowerCase(Locale.ROOT);
    }

    /** Applies the control theme application-wide and the reading styles to the scene. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(
                this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        String css = Theme.class.getResource(READER_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        for (Theme theme : values()) {
            scene.getRoot().getStyleClass().remove(theme.styleClass());
        }
        scene.getRoot().getStyleClass().add(styleClass());
    }
}

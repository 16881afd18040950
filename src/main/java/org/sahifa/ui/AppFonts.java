package org.sahifa.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;

/** Registers the bundled fonts so CSS can name them, whatever the user's system has installed. */
public final class AppFonts {
    /** The reading face: Amiri covers Arabic, Latin, digits and curly quotes, so no run falls back to another font (JavaFX bug 1 in the notes). */
    public static final String READING_FAMILY = "Amiri";
    /** The second face offered in the typography panel; it also covers Latin, digits and quotation marks. */
    public static final String SECOND_FAMILY = "Scheherazade";
    /** The face for symbols and emoji the reading faces lack (monochrome: «👍» drawn as an outline, not a box). */
    public static final String SYMBOL_FAMILY = "Symbola";
    /** The regular face of each bundled family: the file whose character map says what the family covers. */
    public static final java.util.Map<String, String> REGULAR_FILES = java.util.Map.of(
            READING_FAMILY,
            "/fonts/Amiri-Regular.ttf",
            SECOND_FAMILY,
            "/fonts/Scheherazade-Regular.ttf",
            SYMBOL_FAMILY,
            "/fonts/Symbola.ttf");
    /** The faces a reader can choose; only bundled fonts, so rendering never depends on the system's. */
    public static final java.util.List<String> FAMILIES = java.util.List.of(READING_FAMILY, SECOND_FAMILY);

    private static final String[] FILES = {
        "/fonts/Amiri-Regular.ttf",
        "/fonts/Amiri-Bold.ttf",
        "/fonts/Scheherazade-Regular.ttf",
        "/fonts/Scheherazade-Bold.ttf",
        "/fonts/Symbola.ttf"
    };
    private static final Logger LOG = Logger.getLogger(AppFonts.class.getName());
    private static boolean loaded;

    private AppFonts() {}

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = AppFonts.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, 20) == null) {
                    LOG.warning("bundled font not loaded: " + file);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "bundled font not readable: " + file, e);
            }
        }
        loaded = true;
    }
}

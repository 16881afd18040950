package org.sahifa.ui.reader;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahifa.ui.AppFonts;

/**
 * Which characters a bundled font family has glyphs for, read from the font file's character map.
 *
 * <p>JavaFX has no public call for this, so the regular face is opened once with {@code java.awt.Font}
 * (headless-safe: it reads the file and touches no window system). A family that is not bundled, or whose file
 * cannot be read, is taken to cover everything: JavaFX then picks fallback glyphs itself, as before.
 */
final class FontCoverage {
    private static final Logger LOG = Logger.getLogger(FontCoverage.class.getName());
    private static final Map<String, Optional<java.awt.Font>> FACES = new ConcurrentHashMap<>();

    private FontCoverage() {}

    /** True when the family's own glyphs draw {@code codePoint}. */
    static boolean covers(String family, int codePoint) {
        return FACES.computeIfAbsent(family, FontCoverage::open)
                .map(face -> face.canDisplay(codePoint))
                .orElse(true);
    }

    /** True when the family is bundled and its glyphs draw {@code codePoint}. */
    static boolean bundledCovers(String family, int codePoint) {
        return FACES.computeIfAbsent(family, FontCoverage::open)
                .map(face -> face.canDisplay(codePoint))
                .orElse(false);
    }

    private static Optional<java.awt.Font> open(String family) {
        String file = AppFonts.REGULAR_FILES.get(family);
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = FontCoverage.class.getResourceAsStream(file)) {
            if (in == null) {
                LOG.warning("bundled font missing: " + file);
                return Optional.empty();
            }
            return Optional.of(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
        } catch (IOException | FontFormatException e) {
            LOG.log(Level.WARNING, "bundled font not readable: " + file, e);
            return Optional.empty();
        }
    }
}

package org.sahifa.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.settings.SettingsStore;
import org.sahifa.text.DigitStyle;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.reader.Typography;

/** Reading settings outlive the run, and a damaged settings file is reported, not fatal. */
class ReaderPreferencesTest {
    @Test
    void changedSettingsAreThereAtTheNextStart(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        ReaderPreferences first = new ReaderPreferences(store, Runnable::run);
        assertNull(first.load());
        first.enlarge();
        first.themeProperty().set(Theme.SEPIA);
        first.digitsProperty().set(DigitStyle.ARABIC_INDIC);
        first.fontFamilyProperty().set(AppFonts.SECOND_FAMILY);
        first.languageProperty().set("ar");

        ReaderPreferences next = new ReaderPreferences(new SettingsStore(dir.resolve("settings.json")), Runnable::run);
        assertNull(next.load());
        assertEquals(
                Typography.DEFAULT.size() + ReaderPreferences.SIZE_STEP,
                next.fontSizeProperty().get(),
                0.001);
        assertEquals(Theme.SEPIA, next.themeProperty().get());
        assertEquals(DigitStyle.ARABIC_INDIC, next.digitsProperty().get());
        assertEquals(AppFonts.SECOND_FAMILY, next.fontFamilyProperty().get());
        assertEquals("ar", next.languageProperty().get());
    }

    @Test
    void imagesAreOffByDefaultAndTurningThemOnIsRemembered(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        ReaderPreferences first = new ReaderPreferences(store, Runnable::run);
        assertNull(first.load());
        assertFalse(first.showImagesProperty().get(), "images are off until the reader turns them on");
        first.showImagesProperty().set(true);

        ReaderPreferences next = new ReaderPreferences(new SettingsStore(dir.resolve("settings.json")), Runnable::run);
        assertNull(next.load());
        assertTrue(next.showImagesProperty().get());
    }

    @Test
    void aDamagedFileGivesDefaultsAndAMessage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"reading.size\": ");
        ReaderPreferences prefs = new ReaderPreferences(new SettingsStore(dir.resolve("settings.json")), Runnable::run);
        assertNotNull(prefs.load(), "the damage is reported");
        assertEquals(Typography.DEFAULT.size(), prefs.fontSizeProperty().get(), 0.001);
        assertEquals(Theme.LIGHT, prefs.themeProperty().get());
    }

    @Test
    void sizesStayWithinBounds(@TempDir Path dir) {
        ReaderPreferences prefs = new ReaderPreferences(null, Runnable::run);
        for (int i = 0; i < 40; i++) {
            prefs.enlarge();
        }
        assertEquals(ReaderPreferences.MAX_SIZE, prefs.fontSizeProperty().get(), 0.001);
        for (int i = 0; i < 40; i++) {
            prefs.shrink();
        }
        assertEquals(ReaderPreferences.MIN_SIZE, prefs.fontSizeProperty().get(), 0.001);
        assertTrue(prefs.typography().size() >= ReaderPreferences.MIN_SIZE);
    }
}

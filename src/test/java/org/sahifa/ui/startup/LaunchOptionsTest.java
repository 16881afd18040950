package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.ui.settings.Theme;

/** The launcher's options: what a wrong one is told. */
class LaunchOptionsTest {
    @Test
    void aWrongThemeIsToldTheThreeThemes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--theme", "pink")));
        assertEquals("--theme takes light, sepia or dark, not pink.", e.getMessage());
    }

    @Test
    void sepiaIsAccepted() {
        assertEquals(
                Theme.SEPIA, LaunchOptions.parse(List.of("--theme", "sepia")).theme());
    }
}

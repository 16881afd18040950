package org.sahifa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLoaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void nothingToOpenIsReported(String source) {
        LoadException e = assertThrows(LoadException.class, () -> SourceLoader.load(source));
        assertEquals(LoadProblem.NO_SOURCE, e.problem());
    }

    @Test
    void nullIsNothingToOpen() {
        assertEquals(
                LoadProblem.NO_SOURCE,
                assertThrows(LoadException.class, () -> SourceLoader.load(null)).problem());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/x.html", "data:text/html,<p>x"})
    void addressesOtherThanHttpAreRefused(String source) {
        LoadException e = assertThrows(LoadException.class, () -> SourceLoader.load(source));
        assertEquals(LoadProblem.UNSUPPORTED_SCHEME, e.problem());
    }

    @Test
    void pathsAndAddressesAreTold() {
        assertTrue(SourceLoader.looksLikeUrl("https://example.com"));
        assertTrue(SourceLoader.looksLikeUrl("javascript:void(0)"));
        assertFalse(SourceLoader.looksLikeUrl("C:\\articles\\a.html"));
        assertFalse(SourceLoader.looksLikeUrl("/home/user/مقال.txt"));
        assertFalse(SourceLoader.looksLikeUrl("articles/a.html"));
    }

    @Test
    void anArabicFileNameOpens() throws Exception {
        Path file = Files.writeString(dir.resolve("مقال.txt"), "نص المقال", StandardCharsets.UTF_8);
        assertEquals(
                "نص المقال", new String(SourceLoader.load("  " + file + "  ").bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aPathWithANulCharacterIsNotFoundRatherThanACrash() {
        LoadException e = assertThrows(LoadException.class, () -> SourceLoader.load("a\u0000b.html"));
        assertEquals(LoadProblem.NOT_FOUND, e.problem());
    }
}

package org.sahifa.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fuzzes the content of the settings and recent-list files: reading never throws, a file is either read or set
 * aside (never lost), and what was read saves and reads back unchanged.
 * Long run: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B test -Dtest='SettingsFileFuzzTest#settings'}.
 */
class SettingsFileFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void settings(byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("sahifa-settings-fuzz");
        try {
            Path file = Files.write(dir.resolve(SettingsStore.FILE_NAME), content);
            SettingsStore store = new SettingsStore(file);
            Stored<Settings> stored = store.load();
            assertNotNull(stored.value());
            if (stored.wasDamaged()) {
                assertFalse(Files.exists(file), "a damaged file is moved away");
                assertTrue(Files.exists(stored.setAsideAs()), "and kept");
            }
            store.save(stored.value());
            assertEquals(stored.value(), store.load().value(), "what was read saves and reads back unchanged");
        } finally {
            deleteTree(dir);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void recent(byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("sahifa-recent-fuzz");
        try {
            Path file = Files.write(dir.resolve(RecentSources.FILE_NAME), content);
            RecentSources recent = new RecentSources(file, RecentSources.DEFAULT_CAPACITY);
            Stored<java.util.List<RecentSource>> stored = recent.load();
            assertTrue(stored.value().size() <= RecentSources.DEFAULT_CAPACITY);
            recent.add("/fuzz.html", null);
            assertEquals(
                    "/fuzz.html",
                    new RecentSources(file, RecentSources.DEFAULT_CAPACITY)
                            .load()
                            .value()
                            .get(0)
                            .source());
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

package org.sahifa.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-29T16:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("sub").resolve("settings.json");
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void noFileYetGivesEmptySettingsWithoutAComplaint() {
        Stored<Settings> stored = new SettingsStore(file()).load();
        assertEquals(Settings.EMPTY, stored.value());
        assertFalse(stored.wasDamaged());
        assertNull(stored.message());
    }

    @Test
    void savedSettingsReadBack() throws IOException {
        SettingsStore store = new SettingsStore(file());
        Settings settings = Settings.EMPTY
                .with("ui.language", "ar")
                .with("ui.fontScale", 1.25)
                .with("images", false);
        store.save(settings);
        Settings read = new SettingsStore(file()).load().value();
        assertEquals(settings, read);
        assertEquals(1.25, read.getDouble("ui.fontScale", 1));
        assertFalse(read.getBoolean("images", true));
        assertEquals(List.of("settings.json"), filesIn(file().getParent()), "no temporary file is left behind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"ui.language\": \"ar\"", "[1, 2]", "\"just a string\"", "not json at all", ""})
    void aDamagedFileIsSetAsideAndReported(String content) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content, StandardCharsets.UTF_8);
        Stored<Settings> stored = new SettingsStore(file(), FIXED).load();
        assertEquals(Settings.EMPTY, stored.value());
        assertTrue(stored.wasDamaged());
        Path aside = file().resolveSibling("settings.json.damaged-20261129T163000Z");
        assertEquals(aside, stored.setAsideAs());
        assertEquals(content, Files.readString(aside), "the damaged content is kept for the user");
        assertFalse(Files.exists(file()));
        assertTrue(
                stored.message().contains("was damaged")
                        && stored.message().contains(aside.getFileName().toString()),
                stored.message());
    }

    @Test
    void binaryGarbageAndHugeFilesAreDamagedToo() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0xC3});
        assertTrue(new SettingsStore(file(), FIXED).load().wasDamaged());
        try (RandomAccessFile huge = new RandomAccessFile(file().toFile(), "rw")) {
            huge.setLength(JsonFile.MAX_BYTES + 1);
        }
        Stored<Settings> stored = new SettingsStore(file(), FIXED).load();
        assertTrue(stored.wasDamaged());
        assertTrue(
                stored.setAsideAs().getFileName().toString().endsWith("-1"), "a second damaged file gets a new name");
    }

    @Test
    void aDamagedFileIsReplacedByTheNextSave() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{broken");
        SettingsStore store = new SettingsStore(file(), FIXED);
        store.save(store.load().value().with("ui.theme", "dark"));
        assertEquals("dark", store.load().value().get("ui.theme", null));
        assertEquals(2, filesIn(file().getParent()).size(), "settings.json and the damaged copy");
    }

    @Test
    void valuesOfOtherTypesAreReadAsTextAndNestedOnesIgnored() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"a\": 3, \"b\": true, \"c\": {\"x\": 1}, \"d\": null, \"e\": \"نص\"}");
        Settings s = new SettingsStore(file()).load().value();
        assertEquals(3, s.getInt("a", 0));
        assertTrue(s.getBoolean("b", false));
        assertEquals("نص", s.get("e", null));
        assertFalse(s.asMap().containsKey("c") || s.asMap().containsKey("d"));
    }

    @Test
    void aWriteThatFailsBeforeTheMoveLeavesTheOldFileWhole() throws IOException {
        SettingsStore store = new SettingsStore(file());
        store.save(Settings.EMPTY.with("ui.language", "ar"));
        String before = Files.readString(file());
        IOException crash = assertThrows(
                IOException.class,
                () -> AtomicFiles.write(file(), "{\"half".getBytes(StandardCharsets.UTF_8), temporary -> {
                    assertTrue(Files.exists(temporary), "the new content is written beside the file first");
                    throw new IOException("simulated crash before the move");
                }));
        assertNotNull(crash);
        assertEquals(before, Files.readString(file()), "the old content is untouched");
        assertEquals(List.of("settings.json"), filesIn(file().getParent()), "the temporary file is removed");
    }

    @Test
    void typedGettersFallBackOnBadValues() {
        Settings s = Settings.EMPTY.with("n", "twelve").with("d", "NaN").with("b", "yes");
        assertEquals(7, s.getInt("n", 7));
        assertEquals(1.5, s.getDouble("d", 1.5));
        assertTrue(s.getBoolean("b", true));
        assertEquals("x", s.get("missing", "x"));
        assertFalse(s.without("n").asMap().containsKey("n"));
    }
}

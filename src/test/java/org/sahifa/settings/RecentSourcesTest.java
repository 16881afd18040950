package org.sahifa.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentSourcesTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-29T16:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static List<String> sources(List<RecentSource> entries) {
        return entries.stream().map(RecentSource::source).toList();
    }

    @Test
    void newestFirstWithoutDuplicatesAndCapped() throws IOException {
        RecentSources recent = new RecentSources(dir.resolve("recent.json"), 3, FIXED);
        recent.add("/a.html", "أ");
        recent.add("https://example.com/ب", "ب");
        recent.add("/c.txt", null);
        recent.add("/a.html", "أ");
        assertEquals(List.of("/a.html", "/c.txt", "https://example.com/ب"), sources(recent.entries()));
        recent.add("/d.md", "د");
        assertEquals(List.of("/d.md", "/a.html", "/c.txt"), sources(recent.entries()), "the oldest is dropped");
    }

    @Test
    void theListSurvivesARestart() throws IOException {
        Path file = dir.resolve("recent.json");
        RecentSources recent = new RecentSources(file, 10, FIXED);
        recent.add("/a.html", "عنوان");
        recent.add("/b.html", null);
        recent.remove("/b.html");
        RecentSources again = new RecentSources(file, 10, FIXED);
        Stored<List<RecentSource>> stored = again.load();
        assertFalse(stored.wasDamaged());
        assertEquals(List.of(new RecentSource("/a.html", "عنوان", FIXED.instant())), stored.value());
        assertEquals(stored.value(), again.entries());
    }

    @Test
    void aNewRunAddsToTheSavedListRatherThanOverwritingIt() throws IOException {
        Path file = dir.resolve("recent.json");
        new RecentSources(file, 10, FIXED).add("/yesterday.html", null);
        RecentSources today = new RecentSources(file, 10, FIXED);
        assertEquals(List.of("/yesterday.html"), sources(today.entries()), "the menu shows the saved list");
        today.add("/today.html", null);
        assertEquals(
                List.of("/today.html", "/yesterday.html"),
                sources(new RecentSources(file, 10, FIXED).load().value()));
    }

    @Test
    void aDamagedListIsSetAsideAndStartsEmpty() throws IOException {
        Path file = dir.resolve("recent.json");
        Files.writeString(file, "{\"not\": \"a list\"}");
        RecentSources recent = new RecentSources(file, 10, FIXED);
        Stored<List<RecentSource>> stored = recent.load();
        assertTrue(stored.wasDamaged());
        assertTrue(stored.value().isEmpty());
        assertTrue(Files.exists(stored.setAsideAs()));
        recent.add("/new.html", null);
        assertEquals(
                List.of("/new.html"), sources(new RecentSources(file, 10).load().value()));
    }

    @Test
    void badEntriesAreSkippedAndTheRestKept() throws IOException {
        Path file = dir.resolve("recent.json");
        Files.writeString(
                file,
                "[{\"source\": \"/ok.html\", \"openedAt\": \"yesterday\"}, {\"title\": \"no source\"}, 5,"
                        + " {\"source\": \"\"}, {\"source\": \"/ok.html\"}, {\"source\": \"/two.txt\", \"title\": 3}]");
        Stored<List<RecentSource>> stored = new RecentSources(file, 10, FIXED).load();
        assertFalse(stored.wasDamaged());
        assertEquals(List.of("/ok.html", "/two.txt"), sources(stored.value()));
        assertEquals(Instant.EPOCH, stored.value().get(0).openedAt());
        assertNull(stored.value().get(1).title());
    }
}

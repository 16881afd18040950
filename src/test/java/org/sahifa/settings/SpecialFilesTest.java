package org.sahifa.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 §6: a settings file that is a pipe or a link to an endless device is set aside, not read. */
class SpecialFilesTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-04T15:00:00Z"), ZoneOffset.UTC);
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Stored<JsonNode> read(Path path) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> new JsonFile(path, FIXED).read(node -> true));
    }

    @Test
    void aPipeIsSetAsideWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("settings.json");
        int made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assumeTrue(made == 0, "mkfifo is available");
        Stored<JsonNode> stored = read(fifo);
        assertNull(stored.value());
        assertNotNull(stored.setAsideAs(), "set aside like a damaged file");
        assertFalse(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aLinkToAnEndlessDeviceIsSetAside() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(dir.resolve("recent.json"), Path.of("/dev/zero"));
        Stored<JsonNode> stored = read(link);
        assertNull(stored.value());
        assertNotNull(stored.setAsideAs());
        assertEquals(Path.of("/dev/zero"), Files.readSymbolicLink(stored.setAsideAs()), "the link itself was moved");
    }

    @Test
    void aRegularFileIsStillRead() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"theme\":\"dark\"}");
        assertEquals("dark", read(file).value().get("theme").asText());
        new JsonFile(dir.resolve("other.json"), FIXED).write(read(file).value());
        assertEquals(
                "dark", read(dir.resolve("other.json")).value().get("theme").asText());
    }
}

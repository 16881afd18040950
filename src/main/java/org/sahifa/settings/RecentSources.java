package org.sahifa.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sahifa.LogSetup;

/**
 * The recently opened sources, newest first, at most {@link #capacity()}; opening one again moves it to the top.
 * Kept in memory and saved atomically on every change as a JSON array of {@code {source, title, openedAt}}.
 */
public final class RecentSources {
    public static final String FILE_NAME = "recent.json";
    public static final int DEFAULT_CAPACITY = 10;

    private final JsonFile file;
    private final Clock clock;
    private final int capacity;
    private final List<RecentSource> entries = new ArrayList<>();
    /** Whether the saved list has been read: every other method reads it first, so an add never overwrites it. */
    private boolean loaded;

    public RecentSources(Path path, int capacity) {
        this(path, capacity, Clock.systemUTC());
    }

    RecentSources(Path path, int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.file = new JsonFile(path, clock);
        this.clock = clock;
        this.capacity = capacity;
    }

    /** The list in the user's data directory (see {@link LogSetup#dataDirectory()}). */
    public static RecentSources inDataDirectory() {
        return new RecentSources(LogSetup.dataDirectory().resolve(FILE_NAME), DEFAULT_CAPACITY);
    }

    public int capacity() {
        return capacity;
    }

    /** Reads the saved list, replacing what is in memory; a damaged file is set aside and the list starts empty. */
    public synchronized Stored<List<RecentSource>> load() {
        Stored<JsonNode> stored = file.read(JsonNode::isArray);
        loaded = true;
        entries.clear();
        if (stored.value() != null) {
            for (JsonNode item : stored.value()) {
                RecentSource entry = parse(item);
                if (entry != null
                        && entries.stream().noneMatch(e -> e.source().equals(entry.source()))
                        && entries.size() < capacity) {
                    entries.add(entry);
                }
            }
        }
        return new Stored<>(List.copyOf(entries), stored.damaged(), stored.setAsideAs());
    }

    /** Entries that lack a source are skipped; a bad time becomes the epoch rather than losing the entry. */
    private static RecentSource parse(JsonNode item) {
        JsonNode source = item.get("source");
        if (source == null || !source.isTextual() || source.asText().isBlank()) {
            return null;
        }
        JsonNode title = item.get("title");
        Instant openedAt = Instant.EPOCH;
        try {
            if (item.hasNonNull("openedAt")) {
                openedAt = Instant.parse(item.get("openedAt").asText());
            }
        } catch (DateTimeParseException e) {
            // keep the entry
        }
        return new RecentSource(source.asText(), title != null && title.isTextual() ? title.asText() : null, openedAt);
    }

    /** Newest first. */
    public synchronized List<RecentSource> entries() {
        loadOnce();
        return List.copyOf(entries);
    }

    /** Puts the source at the top (once), drops the oldest beyond the capacity, and saves. */
    public synchronized List<RecentSource> add(String source, String title) throws IOException {
        loadOnce();
        entries.removeIf(e -> e.source().equals(source));
        entries.add(0, new RecentSource(source, title, clock.instant()));
        while (entries.size() > capacity) {
            entries.remove(entries.size() - 1);
        }
        save();
        return List.copyOf(entries);
    }

    public synchronized List<RecentSource> remove(String source) throws IOException {
        loadOnce();
        entries.removeIf(e -> e.source().equals(source));
        save();
        return List.copyOf(entries);
    }

    public synchronized void clear() throws IOException {
        entries.clear();
        save();
    }

    /** Reads the saved list unless that was done; a damaged file is set aside (and logged by {@link JsonFile}). */
    private void loadOnce() {
        if (!loaded) {
            load();
        }
    }

    private void save() throws IOException {
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (RecentSource e : entries) {
            json.addObject()
                    .put("source", e.source())
                    .put("title", e.title())
                    .put("openedAt", e.openedAt().toString());
        }
        file.write(json);
    }
}

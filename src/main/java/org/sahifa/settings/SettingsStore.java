package org.sahifa.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.sahifa.LogSetup;

/**
 * Reads and writes {@link Settings} as a flat JSON object ({@code {"ui.language": "ar"}}).
 *
 * <pre>{@code
 * SettingsStore store = SettingsStore.inDataDirectory();
 * Stored<Settings> stored = store.load();
 * if (stored.wasDamaged()) showBanner(stored.message());
 * store.save(stored.value().with("ui.theme", "dark"));
 * }</pre>
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";

    private final JsonFile file;

    public SettingsStore(Path path) {
        this(path, Clock.systemUTC());
    }

    SettingsStore(Path path, Clock clock) {
        this.file = new JsonFile(path, clock);
    }

    /** The store in the user's data directory (see {@link LogSetup#dataDirectory()}). */
    public static SettingsStore inDataDirectory() {
        return new SettingsStore(LogSetup.dataDirectory().resolve(FILE_NAME));
    }

    public Path path() {
        return file.path();
    }

    /** The saved settings; {@link Settings#EMPTY} when there are none yet, or when the file was damaged (and set aside). */
    public synchronized Stored<Settings> load() {
        Stored<JsonNode> stored = file.read(JsonNode::isObject);
        if (stored.value() == null) {
            return new Stored<>(Settings.EMPTY, stored.damaged(), stored.setAsideAs());
        }
        Map<String, String> values = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = stored.value().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText()); // nested values are not Sahifa's: ignored
            }
        }
        return Stored.fine(Settings.of(values));
    }

    /** Replaces the saved settings atomically. */
    public synchronized void save(Settings settings) throws IOException {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        settings.asMap().forEach(json::put);
        file.write(json);
    }
}

package org.sahifa.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A JSON file read whole and written atomically; a damaged one is renamed aside so the next write starts clean. */
final class JsonFile {
    /** A settings or recent-list file larger than this is not Sahifa's: it is treated as damaged. */
    static final long MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(JsonFile.class.getName());

    private final Path path;
    private final Clock clock;

    JsonFile(Path path, Clock clock) {
        this.path = path;
        this.clock = clock;
    }

    Path path() {
        return path;
    }

    /**
     * The file's JSON, or null in {@link Stored#value()} when it is missing. A file that is unreadable,
     * too large, not JSON, or fails {@code wellFormed} is set aside, and so is anything that is not a regular file
     * (a pipe would block the read, a link to {@code /dev/zero} never end it); at most {@link #MAX_BYTES} are read.
     */
    Stored<JsonNode> read(Predicate<JsonNode> wellFormed) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isRegularFile() && attributes.size() <= MAX_BYTES) {
                byte[] bytes;
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes((int) MAX_BYTES + 1);
                }
                JsonNode node = bytes.length > MAX_BYTES ? null : MAPPER.readTree(bytes);
                if (node != null && wellFormed.test(node)) {
                    return Stored.fine(node);
                }
            }
        } catch (NoSuchFileException e) {
            return Stored.fine(null);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read " + path, e);
        }
        return new Stored<>(null, path, setAside());
    }

    void write(JsonNode content) throws IOException {
        AtomicFiles.write(path, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
    }

    /** Renames the damaged file to {@code NAME.damaged-STAMP} (with a counter if needed); null if that fails. */
    private Path setAside() {
        String base = path.getFileName() + ".damaged-" + STAMP.format(clock.instant());
        try {
            for (int n = 0; n < 100; n++) {
                Path aside = path.resolveSibling(n == 0 ? base : base + "-" + n);
                if (!Files.exists(aside)) {
                    Files.move(path, aside);
                    LOG.warning("Damaged file " + path + " set aside as " + aside);
                    return aside;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not set aside " + path, e);
        }
        return null;
    }
}

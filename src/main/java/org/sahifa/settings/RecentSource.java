package org.sahifa.settings;

import java.time.Instant;
import java.util.Objects;

/**
 * A file or address the user opened.
 *
 * @param source   the path or URL, as given to {@link org.sahifa.load.SourceLoader#load(String)}
 * @param title    the article's title, or null
 * @param openedAt when it was last opened
 */
public record RecentSource(String source, String title, Instant openedAt) {
    public RecentSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}

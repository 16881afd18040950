package org.sahifa.library;

import java.util.List;

/**
 * One row of the library list: what the library view shows without opening the article.
 *
 * @param readAt    when it was saved (ISO-8601 instant)
 * @param published the article's own date (ISO-8601), or null
 */
public record SavedArticle(
        long id,
        String source,
        String title,
        String site,
        String published,
        String readAt,
        int wordCount,
        List<String> tags) {
    public SavedArticle {
        tags = List.copyOf(tags);
    }

    /** The title, or for an article without one (a plain-text file) the name its source was opened by. */
    public String shownTitle() {
        return shownTitle(title, source);
    }

    /** {@code title}, or when it is blank the last part of {@code source} (a file's name, an address's last segment). */
    public static String shownTitle(String title, String source) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String trimmed = source.strip().replaceAll("[/\\\\]+$", "");
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return cut >= 0 && cut + 1 < trimmed.length() ? trimmed.substring(cut + 1) : trimmed;
    }
}

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
}

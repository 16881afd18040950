package org.sahifa.library;

/** One ranked result of a library search. */
public record SearchHit(long articleId, String source, String title, float score, Snippet snippet) {
    /** The title, or the name the source was opened by when the article has none. */
    public String shownTitle() {
        return SavedArticle.shownTitle(title, source);
    }
}

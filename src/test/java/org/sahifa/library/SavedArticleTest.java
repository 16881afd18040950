package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the library shows for an article without a title: the name it was opened by, never an empty row. */
class SavedArticleTest {
    private static SavedArticle saved(String title, String source) {
        return new SavedArticle(1, source, title, null, null, "2026-12-04T00:00:00Z", 100, List.of());
    }

    @Test
    void anArticleWithATitleShowsIt() {
        assertEquals("عنوان المقال", saved("عنوان المقال", "/home/u/a.txt").shownTitle());
    }

    @Test
    void aTitlelessArticleShowsTheFileOrPageItCameFrom() {
        assertEquals(
                "seed-article.txt",
                saved(null, "/home/u/samples/seed-article.txt").shownTitle());
        assertEquals("مقال.md", saved("  ", "C:\\Users\\u\\مقال.md").shownTitle());
        assertEquals("story-42", saved("", "https://example.org/news/story-42/").shownTitle());
        assertEquals("notes.txt", saved(null, "notes.txt").shownTitle());
    }
}

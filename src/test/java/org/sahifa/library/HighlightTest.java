package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighlightTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");

    @TempDir
    Path dir;

    private Library open() throws LibraryException {
        return Library.open(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aHighlightIsStoredWithItsNoteAndComesBackAfterReopeningWithTheTextCutFromTheArticle() throws Exception {
        long id;
        try (Library library = open()) {
            id = library.save(
                    Articles.analysis(
                            "a.txt", "لقاء", "x.org", null, "بدأت المفاوضات بين الطرفين أمس.", "وانتهت دون اتفاق."),
                    Articles.original("a"));
            Highlight added = library.addHighlight(id, 0, 5, 0, 14, "  مهم  ").orElseThrow();
            assertEquals("المفاوضات", added.text());
            assertEquals("مهم", added.note(), "the note is kept stripped");
            assertEquals(NOW, added.created());
            library.addHighlight(id, 0, 27, 1, 5, "").orElseThrow();
        }
        try (Library library = open()) {
            List<Highlight> all = library.highlights(id);
            assertEquals(2, all.size());
            assertEquals("المفاوضات", all.get(0).text());
            assertEquals("مهم", all.get(0).note());
            assertEquals("أمس.\n\nوانته", all.get(1).text(), "a highlight across blocks joins them as paragraphs");
            assertNull(all.get(1).note(), "a blank note is no note");
            assertEquals("a.txt", all.get(1).source());
        }
    }

    @Test
    void aNoteIsChangedOrRemovedAndTheChangeOutlivesReopening() throws Exception {
        long article;
        long highlight;
        try (Library library = open()) {
            article = library.save(
                    Articles.analysis("a.txt", "لقاء", "x.org", null, "بدأت المفاوضات بين الطرفين أمس."),
                    Articles.original("a"));
            highlight = library.addHighlight(article, 0, 5, 0, 14, "أولى")
                    .orElseThrow()
                    .id();
            long other = library.addHighlight(article, 0, 0, 0, 4, "تبقى")
                    .orElseThrow()
                    .id();
            assertTrue(library.setHighlightNote(highlight, "  ثانية "));
            assertFalse(library.setHighlightNote(highlight + other + 100, "x"), "no such highlight");
        }
        try (Library library = open()) {
            List<Highlight> all = library.highlights(article);
            assertEquals(
                    List.of("تبقى", "ثانية"), all.stream().map(Highlight::note).toList());
            assertTrue(library.setHighlightNote(highlight, " "));
            assertNull(library.highlights(article).get(1).note(), "a blank note removes it");
        }
    }

    @Test
    void deletingRemovesOnlyThatHighlightAndTheWholeLibraryListsEveryArticlesHighlights() throws Exception {
        try (Library library = open()) {
            long a = library.save(Articles.analysis("a", "أ", null, null, "النص الأول هنا"), Articles.original("a"));
            long b = library.save(Articles.analysis("b", "ب", null, null, "النص الثاني هنا"), Articles.original("b"));
            Highlight first = library.addHighlight(a, 0, 0, 0, 4, null).orElseThrow();
            library.addHighlight(a, 0, 5, 0, 10, null).orElseThrow();
            library.addHighlight(b, 0, 5, 0, 11, "ملاحظة").orElseThrow();

            assertEquals(3, library.allHighlights().size());
            assertTrue(library.deleteHighlight(first.id()));
            assertFalse(library.deleteHighlight(first.id()), "already gone");
            assertEquals(
                    List.of("الأول"),
                    library.highlights(a).stream().map(Highlight::text).toList());
            assertEquals(
                    List.of("الأول", "الثاني"),
                    library.allHighlights().stream()
                            .map(Highlight::text)
                            .sorted()
                            .toList());
        }
    }

    @Test
    void aSpanOutsideTheTextIsRefusedAndAnUnknownArticleGivesNothing() throws Exception {
        try (Library library = open()) {
            long id = library.save(Articles.analysis("a", "أ", null, null, "قصير"), Articles.original("a"));
            assertThrows(IllegalArgumentException.class, () -> library.addHighlight(id, 0, 2, 0, 9, null));
            assertThrows(IllegalArgumentException.class, () -> library.addHighlight(id, 1, 0, 1, 2, null));
            assertThrows(IllegalArgumentException.class, () -> library.addHighlight(id, 0, 3, 0, 3, null), "empty");
            assertTrue(library.addHighlight(id + 99, 0, 0, 0, 2, null).isEmpty());
            assertTrue(library.highlights(id).isEmpty(), "nothing was stored");
        }
    }

    @Test
    void highlightsGoWithTheirArticleWhenItIsSavedAgainShorterTheOnesNoLongerInsideAreLeftOut() throws Exception {
        try (Library library = open()) {
            long id = library.save(
                    Articles.analysis("a", "أ", null, null, "جملة أولى طويلة نسبيا"), Articles.original("a"));
            library.addHighlight(id, 0, 0, 0, 4, null).orElseThrow();
            library.addHighlight(id, 0, 10, 0, 15, null).orElseThrow();
            library.save(Articles.analysis("a", "أ", null, null, "جملة أولى"), Articles.original("a2"));
            assertEquals(
                    List.of("جملة"),
                    library.highlights(id).stream().map(Highlight::text).toList());
        }
    }
}

package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Analysis;
import org.sahifa.model.EntityType;

class LibraryTest {
    @TempDir
    Path dir;

    @Test
    void savingTheSameSourceAgainUpdatesTheEntryAndKeepsItsTags() throws Exception {
        try (Library library = Library.open(dir)) {
            long id = library.save(
                    Articles.analysis("a.txt", "العنوان الأول", "x.org", null, "نص أول"), Articles.original("v1"));
            library.setTags(id, List.of("سياسة"));
            long again = library.save(
                    Articles.analysis("a.txt", "العنوان الثاني", "x.org", null, "نص ثان"), Articles.original("v2"));

            assertEquals(id, again);
            List<SavedArticle> all = library.list();
            assertEquals(1, all.size());
            assertEquals("العنوان الثاني", all.get(0).title());
            assertEquals(List.of("سياسة"), all.get(0).tags());
            assertArrayEquals(
                    "v2".getBytes(StandardCharsets.UTF_8),
                    library.original(id).orElseThrow().bytes());
        }
    }

    @Test
    void savingTheSameSourceAgainReplacesItsPeopleAndQuotations() throws Exception {
        try (Library library = Library.open(dir)) {
            library.save(
                    Articles.withPerson("1", "لقاء", "لافروف", "سنواصل الحوار", "قال لافروف: «سنواصل الحوار» اليوم."),
                    Articles.original("1"));
            library.save(
                    Articles.withPerson("2", "لقاء آخر", "لافروف", "لا تنازل", "وأضاف لافروف: «لا تنازل» اليوم."),
                    Articles.original("2"));
            library.save(
                    Articles.withPerson("1", "لقاء", "كيري", "نأمل خيرا", "قال كيري: «نأمل خيرا» اليوم."),
                    Articles.original("1"));

            assertEquals(
                    List.of("2"),
                    library.articlesMentioning("لافروف").stream()
                            .map(EntityArticle::source)
                            .toList());
            assertEquals(
                    List.of("لا تنازل"),
                    library.quotesBy("لافروف").stream()
                            .map(AttributedQuote::text)
                            .toList());
            assertEquals(
                    List.of("1"),
                    library.articlesMentioning("كيري").stream()
                            .map(EntityArticle::source)
                            .toList());
            assertEquals(
                    List.of("نأمل خيرا"),
                    library.quotesBy("كيري").stream().map(AttributedQuote::text).toList());
        }
    }

    @Test
    void compactingMergesTheIndexIntoOneSegmentAndEverythingIsStillFound() throws Exception {
        try (Library library = Library.open(dir)) {
            for (int i = 0; i < 4; i++) {
                library.save(
                        Articles.analysis("s" + i, "عنوان", "x.org", null, "بدأت المفاوضات رقم " + i),
                        Articles.original("x"));
                library.commitIndex(); // a segment per commit
            }
            assertTrue(segments() > 1, "several segments before");
            library.compact();
            assertEquals(1, segments());
            assertEquals(4, library.search("المفاوضات", SearchFilter.NONE, 10).size());
        }
        try (Library library = Library.open(dir)) {
            assertTrue(library.notices().isEmpty(), "the compacted index is used as it is: " + library.notices());
            assertEquals(4, library.search("مفاوضات", SearchFilter.NONE, 10).size());
            assertEquals(4, library.list().size());
        }
    }

    private int segments() throws Exception {
        try (org.apache.lucene.store.Directory d =
                        org.apache.lucene.store.FSDirectory.open(dir.resolve(Library.INDEX_FOLDER));
                org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(d)) {
            return reader.leaves().size();
        }
    }

    @Test
    void anArticleComesBackFromTheStoreAsItWasSaved() throws Exception {
        Analysis saved = Articles.withPerson(
                "b.html", "لقاء", "سيرغي لافروف", "سنواصل الحوار", "قال سيرغي لافروف: «سنواصل الحوار» في موسكو.");
        try (Library library = Library.open(dir)) {
            long id = library.save(saved, Articles.original("<p>x</p>"));
            assertEquals(saved, library.load(id).orElseThrow());
        }
    }

    @Test
    void searchFindsLightlyStemmedAndFoldedFormsWithMarkedSnippets() throws Exception {
        try (Library library = Library.open(dir)) {
            library.save(
                    Articles.analysis("1", "أخبار", "x.org", null, "بدأت المفاوضات بين الطرفين أمس."),
                    Articles.original("1"));
            library.save(
                    Articles.analysis("2", "تقرير", "x.org", null, "لا جديد في مفاوضات السلام."),
                    Articles.original("2"));
            library.save(
                    Articles.analysis("3", "رأي", "y.org", null, "تمسك الوفد بالمفاوضات المباشرة."),
                    Articles.original("3"));
            library.save(
                    Articles.analysis("4", "طقس", "y.org", null, "أمطار غزيرة على الساحل."), Articles.original("4"));

            List<SearchHit> hits = library.search("المفاوضات", SearchFilter.NONE, 10);
            assertEquals(
                    List.of("1", "2", "3"),
                    hits.stream().map(SearchHit::source).sorted().toList());
            for (SearchHit hit : hits) {
                Snippet s = hit.snippet();
                assertFalse(s.highlights().isEmpty(), hit.source());
                assertTrue(s.marked("[", "]").contains("مفاوضات]"), s.marked("[", "]"));
            }
            // diacritics and hamza forms fold: «أمطار» written «امطَار»
            assertEquals(
                    List.of("4"),
                    library.search("امطَار", SearchFilter.NONE, 10).stream()
                            .map(SearchHit::source)
                            .toList());
            assertEquals(
                    List.of("3"),
                    library.search("المفاوضات", SearchFilter.NONE.withSite("y.org"), 10).stream()
                            .map(SearchHit::source)
                            .toList());
        }
    }

    @Test
    void quotedPhrasesMatchOnlyWordsInThatOrderAndLatinWordsAreFound() throws Exception {
        try (Library library = Library.open(dir)) {
            library.save(
                    Articles.analysis("1", "أ", null, null, "مجلس الأمن يجتمع اليوم مع NATO."), Articles.original("1"));
            library.save(Articles.analysis("2", "ب", null, null, "الأمن في المجلس البلدي."), Articles.original("2"));

            assertEquals(2, library.search("مجلس الأمن", SearchFilter.NONE, 10).size());
            assertEquals(
                    List.of("1"),
                    library.search("\"مجلس الأمن\"", SearchFilter.NONE, 10).stream()
                            .map(SearchHit::source)
                            .toList());
            assertEquals(
                    List.of("1"),
                    library.search("nato", SearchFilter.NONE, 10).stream()
                            .map(SearchHit::source)
                            .toList());
        }
    }

    @Test
    void aPersonWrittenShortOrInFullIsOneEntryAcrossArticles() throws Exception {
        try (Library library = Library.open(dir)) {
            Articles.saveLavrovInFullAndShort(library);
            library.save(Articles.withPerson("3", "آخر", "أحمد", "", "التقى أحمد بالوزير."), Articles.original("3"));

            assertEquals(
                    List.of("1", "2"),
                    library.articlesMentioning("لافروف").stream()
                            .map(EntityArticle::source)
                            .sorted()
                            .toList());
            assertEquals(
                    List.of("1", "2"),
                    library.articlesMentioning("سيرغي لافروف").stream()
                            .map(EntityArticle::source)
                            .sorted()
                            .toList());
            assertEquals(
                    List.of("سنواصل الحوار", "لا تنازل"),
                    library.quotesBy("لافروف").stream()
                            .map(AttributedQuote::text)
                            .toList());
            EntitySummary top = library.entities().get(0);
            assertEquals(new EntitySummary(EntityType.PERSON, "سيرغي لافروف", 2), top);
            assertEquals(
                    List.of("2"),
                    library
                            .search("الملف", SearchFilter.NONE.withEntity(EntityType.PERSON, "سيرغي لافروف"), 10)
                            .stream()
                            .map(SearchHit::source)
                            .toList());
        }
    }
}

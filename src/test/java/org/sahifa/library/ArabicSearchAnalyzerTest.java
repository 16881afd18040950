package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Analysis;
import org.sahifa.text.ArticleSearch;
import org.sahifa.text.SearchFolding;

/** Library search, find-in-article and the sidebar filter fold text the same way. */
class ArabicSearchAnalyzerTest {
    /** Pairs a reader treats as the same word: as written in the article, as typed in a search. */
    private static final String[][] SAME_WORD = {
        {"أمريكا", "امريكا"}, {"إسرائيل", "اسرائيل"}, {"آمال", "امال"}, {"مدرسة", "مدرسه"}, {"مستشفى", "مستشفي"},
        {"السَّلَامُ", "السلام"}, {"الــقدس", "القدس"}, {"٢٠١٥", "2015"}, {"۱۹۹۰", "1990"}, {"NATO", "nato"},
    };

    @TempDir
    Path dir;

    @Test
    void theIndexFoldsEachWordExactlyAsSearchFoldingDoes() {
        try (ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer()) {
            for (String[] pair : SAME_WORD) {
                for (String word : pair) {
                    assertEquals(
                            SearchFolding.foldQuery(word),
                            analyzer.normalize(SearchIndex.BODY, word).utf8ToString(),
                            word);
                }
            }
        }
    }

    @Test
    void stemmingMakesTheDefiniteAndPrefixedFormsOneTerm() throws IOException {
        try (ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer()) {
            List<String> terms = terms(analyzer, "المفاوضات مفاوضات بالمفاوضات");
            assertEquals(3, terms.size());
            assertEquals(1, terms.stream().distinct().count(), terms.toString());
        }
    }

    @Test
    void whatFindInArticleMatchesTheLibraryFindsTooAndTheSidebarFilterAgrees() throws Exception {
        try (Library library = Library.open(dir)) {
            for (int i = 0; i < SAME_WORD.length; i++) {
                library.save(
                        Articles.analysis("s" + i, "عنوان", null, null, "في النص " + SAME_WORD[i][0] + " هنا."),
                        Articles.original("x"));
            }
            for (int i = 0; i < SAME_WORD.length; i++) {
                String written = SAME_WORD[i][0];
                String typed = SAME_WORD[i][1];
                Analysis saved =
                        library.load(library.idOf("s" + i).orElseThrow()).orElseThrow();
                assertFalse(new ArticleSearch(saved.article()).find(typed).isEmpty(), "find in article: " + typed);
                // the sidebar filter: folded name contains the folded query
                assertEquals(
                        true,
                        SearchFolding.foldQuery(written).contains(SearchFolding.foldQuery(typed)),
                        "sidebar: " + typed);
                List<String> found = library.search(typed, SearchFilter.NONE, 20).stream()
                        .map(SearchHit::source)
                        .toList();
                assertEquals(List.of("s" + i), found, "library: " + typed);
            }
        }
    }

    private static List<String> terms(ArabicSearchAnalyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}

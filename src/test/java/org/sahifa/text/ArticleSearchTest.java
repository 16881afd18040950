package org.sahifa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Mention;
import org.sahifa.model.TextDirection;

/** Find in article: folded matching, and spans that point at the original text. */
class ArticleSearchTest {
    private static Article article(String... texts) {
        List<Block> blocks = java.util.Arrays.stream(texts)
                .map(t -> new Block(BlockType.PARAGRAPH, t, ScriptDirection.of(t)))
                .toList();
        return new Article("test", "t", null, null, null, "ar", TextDirection.RTL, blocks, true);
    }

    private static List<String> found(String query, String... texts) {
        return new ArticleSearch(article(texts))
                .find(query).stream().map(Mention::text).toList();
    }

    @Test
    void diacriticsInTheTextOrTheQueryAreIgnored() {
        assertEquals(List.of("مَدْرَسَةٌ"), found("مدرسة", "دخلتُ مَدْرَسَةٌ كبيرة"));
        assertEquals(List.of("مدرسة"), found("مَدْرَسَة", "دخلت مدرسة كبيرة"));
    }

    @Test
    void aMatchEndsAfterTheDiacriticsOfItsLastLetter() {
        String text = "قرأ كتابٌ جديد";
        Mention m = new ArticleSearch(article(text)).find("كتاب").get(0);
        assertEquals(text.indexOf("كتاب"), m.start());
        assertEquals(text.indexOf(" جديد"), m.end(), "the tanween on the last letter is inside the match");
    }

    @Test
    void hamzaFormsOfAlefMatchBareAlef() {
        String text = "أحمد وإبراهيم وآمنة وٱبن";
        assertEquals(List.of("أحمد"), found("احمد", text));
        assertEquals(List.of("إبراهيم"), found("ابراهيم", text));
        assertEquals(List.of("آمنة"), found("امنه", text));
        assertEquals(List.of("ٱبن"), found("ابن", text));
        assertEquals(List.of("أحمد"), found("إحمد", text), "any alef form in the query matches any in the text");
    }

    @Test
    void taMarbutaAndHaMatchEachOther() {
        assertEquals(List.of("مدينة", "مدينه"), found("مدينة", "مدينة كبيرة، مدينه صغيرة"));
        assertEquals(List.of("مدينة", "مدينه"), found("مدينه", "مدينة كبيرة، مدينه صغيرة"));
    }

    @Test
    void alefMaqsuraAndYaMatchEachOther() {
        assertEquals(List.of("مصطفى", "مصطفي"), found("مصطفى", "مصطفى قال، مصطفي كتب"));
        assertEquals(List.of("على", "علي"), found("علي", "على الطاولة علي"));
    }

    @Test
    void tatweelIsIgnoredAndStaysInsideTheMatch() {
        String text = "جمـــيل جدا";
        Mention m = new ArticleSearch(article(text)).find("جميل").get(0);
        assertEquals(0, m.start());
        assertEquals("جمـــيل".length(), m.end());
        assertEquals("جمـــيل", m.text());
    }

    @Test
    void latinIsMatchedWithoutCaseInsideArabicText() {
        String text = "قالت BBC إن bbc News نشرت الخبر";
        List<Mention> matches = new ArticleSearch(article(text)).find("Bbc");
        assertEquals(2, matches.size());
        assertEquals(text.indexOf("BBC"), matches.get(0).start());
        assertEquals(text.indexOf("bbc"), matches.get(1).start());
        assertEquals(List.of("BBC News"), found("bbc news", "Watch BBC News tonight"));
    }

    @Test
    void arabicIndicDigitsMatchWesternDigits() {
        assertEquals(List.of("٢٠٢٤"), found("2024", "في عام ٢٠٢٤ عقد"));
        assertEquals(List.of("2024"), found("٢٠٢٤", "in 2024"));
    }

    @Test
    void everyMatchIsTheOriginalSubstringInReadingOrderAcrossBlocks() {
        Article a = article("الثقافةُ في تونس", "Culture", "ثقافة الشعوب والثَّقافة");
        List<Mention> matches = new ArticleSearch(a).find("ثقافة");
        assertEquals(3, matches.size());
        for (Mention m : matches) {
            assertEquals(a.blocks().get(m.block()).text().substring(m.start(), m.end()), m.text());
        }
        assertEquals(List.of(0, 2, 2), matches.stream().map(Mention::block).toList());
        assertTrue(matches.get(1).start() < matches.get(2).start());
        assertEquals("الثقافةُ".indexOf("ثقافة"), matches.get(0).start());
    }

    @Test
    void aQueryWithSpacesMatchesAcrossWordsAndOnlyNonOverlapping() {
        assertEquals(List.of("وزير  الثقافة".replace("  ", " ")), found("  وزير   الثقافة ", "قال وزير الثقافة"));
        assertEquals(2, found("اا", "اااا").size(), "matches do not overlap");
    }

    @Test
    void blankQueriesAndQueriesOfMarksOnlyFindNothing() {
        assertTrue(found("", "نص").isEmpty());
        assertTrue(found("   ", "نص").isEmpty());
        assertTrue(found("\u064E\u0640", "نَص").isEmpty());
    }

    @Test
    void foldedTextMapsBackCharacterByCharacter() {
        SearchFolding.Folded f = SearchFolding.fold("إِلى");
        assertEquals("الي", f.text());
        assertEquals(0, f.originalStart(0));
        assertEquals(2, f.originalStart(1), "the kasra under the first letter is skipped");
        assertEquals(4, f.originalEnd(3));
    }
}

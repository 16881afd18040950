package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.quote.Fixtures.paragraphs;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The span classifier's "seen outside the marks" evidence (docs/quotations.md, "Round 11: the span classifier with
 * spk1"), on made-up sentences: a quoted station name the article names again unmarked, against a quoted sentence.
 */
class ArticleWordsTest {
    private static final String STATION = "وأخيرا افتتحت محطة \"المنطلق\" أمام الركاب أمس.";
    private static final String STATION_AGAIN = "ويمر خط المترو الأخضر بالمنطلق ثم يتجه شمالا.";
    private static final String SAID = "وقال الوزير: \"سنبني مئة مدرسة جديدة في المنطقة قبل نهاية هذا العام.\"";

    private static MarkedSpan first(String... paragraphs) {
        return new QuoteFinder().markedSpans(paragraphs(paragraphs), List.of()).get(0);
    }

    @Test
    void aWordKeepsItsKeyWithACliticOrTheArticle() {
        String plain = ArticleWords.key(ArabicText.fold("المنطلق"));
        assertEquals(plain, ArticleWords.key(ArabicText.fold("بالمنطلق")));
        assertEquals(plain, ArticleWords.key(ArabicText.fold("منطلق")));
        assertFalse(plain.equals(ArticleWords.key(ArabicText.fold("المنطقة"))));
    }

    @Test
    void theShareCountsOnlyWordsOfThreeLettersOrMore() {
        Set<String> outside = Set.of(ArticleWords.key(ArabicText.fold("مدرسة")));
        assertEquals("all", ArticleWords.seenShare(new String[] {"في", ArabicText.fold("مدرسة")}, outside));
        assertEquals(
                "<.5",
                ArticleWords.seenShare(
                        new String[] {ArabicText.fold("مدرسة"), ArabicText.fold("جديدة"), ArabicText.fold("كبيرة")},
                        outside));
        assertNull(ArticleWords.seenShare(new String[] {"في", "من"}, outside));
    }

    @Test
    void aQuotedNameNamedAgainUnmarkedIsSeenOutsideAndASentenceIsNot() {
        assertTrue(first(STATION, STATION_AGAIN)
                .features()
                .containsAll(List.of("seenOutside=all", "seenOutside=all/len=1")));
        assertTrue(
                first(STATION).features().contains("seenOutside=0"),
                first(STATION).features().toString());
        List<String> said = first(SAID).features();
        assertTrue(said.contains("seenOutside=0") || said.contains("seenOutside=<.5"), said.toString());
    }

    @Test
    void theBundledModelTrustsAQuotedNameLessWhenTheArticleNamesItAgain() {
        SpanClassifier model = SpanClassifier.bundledFilter();
        double once = model.probability(first(STATION).features());
        double again = model.probability(first(STATION, STATION_AGAIN).features());
        assertTrue(again < once, once + " then " + again);
    }
}

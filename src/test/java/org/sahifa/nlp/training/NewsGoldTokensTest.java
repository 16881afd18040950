package org.sahifa.nlp.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.nlp.training.ConllCorpus.Sentence;

class NewsGoldTokensTest {
    private static final String ARTICLE = """
            {"people": [["سعيد الحربي", "الحربي"]],
             "locations": [["جدة", "محافظة جدة"], ["السعودية"]],
             "organizations": [["وزارة الصحة"]],
             "optional": ["الشركة"]}
            """;

    private static NewsGoldTokens projector(NewsGoldTokens.Optional optional) throws Exception {
        return NewsGoldTokens.forArticle(new ObjectMapper().readTree(ARTICLE), optional);
    }

    private static List<String> tags(String sentence) throws Exception {
        return projector(NewsGoldTokens.Optional.KEEP_AS_O)
                .tag(List.of(sentence.split(" ")))
                .tags();
    }

    @Test
    void theLongestAliasWinsAndEveryOccurrenceIsTagged() throws Exception {
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "O", "B-LOC", "I-LOC", "O", "B-PERS"),
                tags("قال سعيد الحربي في محافظة جدة إن الحربي"));
    }

    @Test
    void aProcliticTokenIsTaggedWithTheNameAsInAnercorp() throws Exception {
        assertEquals(List.of("O", "B-LOC", "O", "B-LOC"), tags("زار بجدة ثم والسعودية"));
        assertEquals(List.of("B-LOC", "O", "B-ORG", "I-ORG"), tags("للسعودية و لوزارة الصحة"));
    }

    @Test
    void aWordThatOnlyEndsWithAnAliasIsNotTagged() throws Exception {
        assertEquals(List.of("O", "O"), tags("الجدة ماجدة")); // «ال» and «ما» are not proclitics
        assertFalse(NewsGoldTokens.firstWordMatches("لسعوديه", "السعوديه"));
        assertTrue(NewsGoldTokens.firstWordMatches("وللسعوديه", "السعوديه"));
        assertFalse(NewsGoldTokens.firstWordMatches("بوجده", "جده"));
    }

    @Test
    void spellingVariantsMeetInNormalisedForm() throws Exception {
        assertEquals(List.of("B-LOC", "O"), tags("جده اليوم"));
    }

    @Test
    void anOptionalNameDropsItsSentenceOrStaysO() throws Exception {
        List<String> words = List.of("قالت", "الشركة", "في", "جدة");
        assertNull(projector(NewsGoldTokens.Optional.DROP).tag(words));
        Sentence kept = projector(NewsGoldTokens.Optional.KEEP_AS_O).tag(words);
        assertEquals(List.of("O", "O", "O", "B-LOC"), kept.tags());
    }

    @Test
    void aModelFillsOnlyWhereTheGoldIsSilent() throws Exception {
        // gold: «الشركة» optional, «جدة» LOC; the model reads «الشركة» ORG, «جدة» PERS, «عربي» MISC, «قالت» PERS
        List<String> words = List.of("قالت", "الشركة", "في", "جدة", "عربي");
        Sentence filled = projector(NewsGoldTokens.Optional.MODEL_TAGS)
                .fillFrom(tokens -> List.of("B-PERS", "B-ORG", "O", "B-PERS", "B-MISC"))
                .tag(words);
        assertEquals(List.of("O", "B-ORG", "O", "B-LOC", "B-MISC"), filled.tags());
    }

    @Test
    void aModelNameReachingIntoAGoldNameIsNotCopied() {
        String[] tags = {"O", "O", "B-LOC"};
        NewsGoldTokens.fillSilences(tags, new boolean[] {false, true, false}, List.of("O", "B-ORG", "I-ORG"));
        assertEquals(List.of("O", "O", "B-LOC"), List.of(tags));
    }

    @Test
    void anArticleIsSplitAsTheRecogniserSplitsIt() throws Exception {
        List<Sentence> sentences =
                projector(NewsGoldTokens.Optional.KEEP_AS_O).project("عنوان عن جدة\n\nوصل الحربي. ثم غادر.");
        assertEquals(3, sentences.size());
        assertEquals(List.of("وصل", "الحربي", "."), sentences.get(1).tokens());
        assertEquals(List.of("O", "B-PERS", "O"), sentences.get(1).tags());
    }

    @Test
    void eachOptionalPolicyHasItsPropertyValue() {
        assertEquals(NewsGoldTokens.Optional.KEEP_AS_O, NewsGoldTokens.optionalPolicy("o"));
        assertEquals(NewsGoldTokens.Optional.MODEL_TAGS, NewsGoldTokens.optionalPolicy("model"));
        assertEquals(NewsGoldTokens.Optional.DROP, NewsGoldTokens.optionalPolicy("drop"));
    }

    @Test
    void theUnreadBlindSetsCannotBeRead() {
        assertThrows(
                IllegalArgumentException.class,
                () -> NewsGoldTokens.readSplit("blind11", NewsGoldTokens.Optional.DROP));
    }
}

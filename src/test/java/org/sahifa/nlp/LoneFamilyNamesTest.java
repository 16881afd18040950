package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.model.EntityType.PERSON;
import static org.sahifa.nlp.Articles.find;
import static org.sahifa.nlp.Articles.names;
import static org.sahifa.nlp.Articles.recognize;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Entity;

/**
 * Issue 14, people round 4, class 3: a family name used alone is the person named in full earlier, also when the
 * article spells it with other long vowels; two person spans side by side are one name; an ordinal is not carried
 * as a family name. Sentences made up for this test.
 */
class LoneFamilyNamesTest {
    @Test
    void aFamilyNameSpelledWithOtherLongVowelsIsThePersonNamedInFull() {
        assertTrue(NameForms.spelledWithOtherLongVowels("ريفيلين", "ريفلين"));
        assertTrue(NameForms.isShortFormOf("ريفلين", "رووفين ريفيلين", "PERS", false));
        assertFalse(NameForms.spelledWithOtherLongVowels("سليمان", "سلمان"), "two listed given names");
        assertFalse(NameForms.spelledWithOtherLongVowels("كتاب", "كتب"), "too short to tell");
    }

    @Test
    void aSpellingVariantJoinsTheFullNameInAnArticle() {
        List<Entity> entities = recognize(
                "وقال الرئيس الإسرائيلي رؤوفين ريفيلين إن الحل ممكن.",
                "وعبر ريفلين عن رفضه للخطة، ورأى ريفلين أن البرلمان قادر على ذلك.");
        Entity president = find(entities, PERSON, "رؤوفين ريفيلين");
        assertNotNull(president, entities.toString());
        assertEquals(List.of("رؤوفين ريفيلين"), names(entities, PERSON), entities.toString());
    }

    @Test
    void twoPersonSpansSideBySideAreOneName() {
        String[] words = "وقال عيسى قراقع إن الوضع صعب".split(" ");
        String[] tags = {"O", "B-PERS", "O", "O", "O", "O"};
        DocumentEntities.TaggedSentence sentence = new DocumentEntities.TaggedSentence(
                0, List.of(), SentenceWords.analyze(words, Gazetteer.shared()), tags);
        List<NameSpan> spans = new ArrayList<>();
        spans.add(new NameSpan(0, 1, 2, "PERS", 0, false));
        spans.add(new NameSpan(0, 2, 3, "PERS", 0, false)); // the family name, carried from elsewhere
        List<NameSpan> joined = FamilyNames.joinAdjacent(spans, List.of(sentence), span -> true);
        assertEquals(List.of(new NameSpan(0, 1, 3, "PERS", 0, false)), joined);
    }

    @Test
    void aSecondPersonAfterAndStaysApart() {
        String[] words = "مليشيا الحوثي وصالح في المدينة".split(" ");
        DocumentEntities.TaggedSentence sentence = new DocumentEntities.TaggedSentence(
                0, List.of(), SentenceWords.analyze(words, Gazetteer.shared()), new String[5]);
        List<NameSpan> spans =
                List.of(new NameSpan(0, 1, 2, "PERS", 0, false), new NameSpan(0, 2, 3, "PERS", 0, false));
        assertEquals(spans, FamilyNames.joinAdjacent(spans, List.of(sentence), span -> true));
    }

    @Test
    void anOrdinalIsNotCarriedAsAFamilyName() {
        List<Entity> entities = recognize(
                "وقال الملك تشارلز الأول إن المملكة بخير.", "وأعلن مسؤول أمس الأول أن الشركة ستفتتح فرعا جديدا.");
        Entity king = find(entities, PERSON, "تشارلز الأول");
        assertNotNull(king, entities.toString());
        assertEquals(1, king.mentions().size(), king.mentions().toString());
    }

    @Test
    void theLeaderAfterLedByIsAPerson() {
        List<Entity> entities = recognize("وصمد الائتلاف الحاكم بزعامة كوستاريدوس في وجه المعارضة.");
        assertEquals(List.of("كوستاريدوس"), names(entities, PERSON), entities.toString());
    }

    @Test
    void aTitleOrAWordOfAddressBeforeAFamilyNameIsNotJoinedToIt() {
        String[] words = "وقال الملا منصور إن الحركة باقية".split(" ");
        DocumentEntities.TaggedSentence sentence = new DocumentEntities.TaggedSentence(
                0, List.of(), SentenceWords.analyze(words, Gazetteer.shared()), new String[6]);
        List<NameSpan> spans =
                List.of(new NameSpan(0, 1, 2, "PERS", 0, false), new NameSpan(0, 2, 3, "PERS", 0, false));
        assertEquals(spans, FamilyNames.joinAdjacent(spans, List.of(sentence), span -> true));
    }
}

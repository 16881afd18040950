package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.model.EntityType.PERSON;
import static org.sahifa.nlp.Articles.names;
import static org.sahifa.nlp.Articles.recognize;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Entity;

/**
 * Issue 14 §1.1, round 9: a person after a title, or before a role in apposition, cut short by one word the lists do
 * not know. Sentences made up for this test, the model's tags given by hand.
 */
class EntitiesRound9Test {
    private static final TitledNameEdges RULE = new TitledNameEdges(Gazetteer.shared());

    private static List<String> after(String sentence, String... tags) {
        return TagRuleFixture.after(RULE::apply, sentence, tags);
    }

    @Test
    void anUnlistedFirstNameRightAfterATitleJoinsTheName() {
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "O", "O"),
                after("وصرح الدكتور زوران كوفاتش ، مدير", "O", "O", "O", "B-PERS", "O", "O"));
        // after the title's linking words: «رئيس الوزراء …»
        assertEquals(
                List.of("O", "O", "O", "B-PERS", "I-PERS", "O"),
                after("وقال رئيس الوزراء دومينيك فيلبان إن", "O", "O", "O", "O", "B-PERS", "O"));
    }

    @Test
    void anUnlistedLastNameBeforeAnEndJoinsTheName() {
        // after a title, before a preposition on a word
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "O", "O"),
                after("وأعلن المحافظ عبدالكريم زرادي لوكالة الأنباء", "O", "O", "B-PERS", "O", "O", "O"));
        // «بوريفا» is no «ب» + «وريفا»: its letters read as a foreign name
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "O"),
                after("وأعلن المحافظ حسن بوريفا لوكالة", "O", "O", "B-PERS", "O", "O"));
        // no title before, but a role in apposition after
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "I-PERS", "O", "O", "O"),
                after("وقال عبد الله زرادي المتحدث باسم الشرطة", "O", "B-PERS", "I-PERS", "O", "O", "O", "O"));
    }

    @Test
    void complementsTimeWordsVerbsAndPossessedNounsStayOut() {
        // the word after the title is a linking word or a place, not a first name
        assertEquals(
                List.of("O", "O", "O", "B-PERS", "O"),
                after("وقال الوزير السعودي خالد أمس", "O", "O", "O", "B-PERS", "O"));
        assertEquals(
                List.of("O", "O", "O", "B-PERS", "O"),
                after("وقال الوزير في خالد لوكالة", "O", "O", "O", "B-PERS", "O"));
        // a time word, a noun with a pronoun, a future verb after the name
        assertEquals(
                List.of("O", "O", "B-PERS", "O", "O"), after("وقال الأمير خالد أمس .", "O", "O", "B-PERS", "O", "O"));
        assertEquals(
                List.of("O", "O", "B-PERS", "O", "O"), after("وهنأ الملك سلمان شعبه .", "O", "O", "B-PERS", "O", "O"));
        assertEquals(
                List.of("O", "O", "B-PERS", "O", "O"),
                after("وقال الرئيس خالد سيزور لبنان", "O", "O", "B-PERS", "O", "O"));
    }

    @Test
    void withoutAnEndAfterItTheWordStaysOut() {
        // «كلمة في …»: a complement follows, so the word is no name
        assertEquals(
                List.of("O", "O", "B-PERS", "O", "O", "O"),
                after("وألقى الوزير خالد كلمة في الحفل", "O", "O", "B-PERS", "O", "O", "O"));
        // a past verb's letters do not read as a name: «استشهد»
        assertEquals(
                List.of("O", "O", "O", "O", "B-PERS", "O", "O"),
                after("وأكد المصدر أن العقيد خالد استشهد .", "O", "O", "O", "O", "B-PERS", "O", "O"));
        // no title before and no role after
        assertEquals(List.of("O", "B-PERS", "O", "O"), after("وقال خالد زرادي لوكالة", "O", "B-PERS", "O", "O"));
    }

    @Test
    void theNameAfterALineageParticleIsTheForebearNotAShortForm() {
        assertFalse(NameForms.isShortFormOf("سلمان بن عبدالعزيز", "فيصل بن سلمان بن عبدالعزيز", "PERS", false));
        assertTrue(NameForms.isShortFormOf("بن عمر", "ليلى بن عمر", "PERS", false));
        assertTrue(NameForms.isShortFormOf("سعيد الغامدي", "خالد سعيد الغامدي", "PERS", false));
    }

    @Test
    void aFatherAndHisSonAreTwoPeopleInAnArticle() {
        List<Entity> entities = recognize(
                "وأثنى الأمير فيصل بن سلمان بن عبدالعزيز على الجهود.",
                "وذلك بدعم من الملك سلمان بن عبدالعزيز للمشروع.");
        List<String> people = names(entities, PERSON);
        assertTrue(people.contains("سلمان بن عبدالعزيز"), entities.toString());
        assertTrue(people.contains("فيصل بن سلمان بن عبدالعزيز"), entities.toString());
    }

    @Test
    void aKunyaWithAPrepositionLosesThePreposition() {
        List<Entity> entities = recognize("وتعرف زوجته بأم خالد في الحي، وقد التقت أم خالد بالوفد.");
        assertFalse(names(entities, PERSON).stream().anyMatch(n -> n.startsWith("بأم")), entities.toString());
    }

    @Test
    void inAnArticleTheWholeTitledNameIsThePerson() {
        List<Entity> entities = recognize(
                "وقال حاكم الولاية عبدالكريم زرادي لوكالة الأنباء إن الهجوم وقع صباحا.",
                "ويمضي د. زوران كوفاتش، المدير العام للمستشفى، في عمله.");
        List<String> people = names(entities, PERSON);
        assertTrue(people.contains("عبدالكريم زرادي"), entities.toString());
        assertTrue(people.contains("زوران كوفاتش"), entities.toString());
    }
}

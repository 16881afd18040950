package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, people round 4: person chunks the model might propose on words that are no name by their form, on
 * sentences made up for this test. Each case gives the model's tags by hand and checks what the rule leaves.
 */
class UnlikelyPersonsTest {
    private static final UnlikelyPersons RULE = new UnlikelyPersons(Gazetteer.shared());

    /** The rule's tags for {@code sentence} (tokens split on spaces) after the model's {@code tags}. */
    static List<String> after(String sentence, String... tags) {
        String[] tokens = sentence.split(" ");
        String[] out = tags.clone();
        RULE.apply(tokens, SentenceWords.analyze(tokens, Gazetteer.shared()), out);
        return List.of(out);
    }

    @Test
    void aWordWithTanweenIsNoName() {
        assertEquals(List.of("O", "O", "O", "O"), after("نؤمن إيمانًا عميقًا بالمشروع", "O", "B-PERS", "O", "O"));
        assertEquals(List.of("O", "B-PERS", "O", "O"), after("وصل سامر حاملًا هدية", "O", "B-PERS", "I-PERS", "O"));
    }

    @Test
    void aListedGivenNameInTheAccusativeStays() {
        assertEquals(List.of("O", "B-PERS", "O"), after("رأيت محمدًا أمس", "O", "B-PERS", "O"));
    }

    @Test
    void wordsOfAVocalisedPassageAreNoNames() {
        assertEquals(
                List.of("O", "O", "O", "O", "O", "O"),
                after("أَلا يُحْيي شهامتَكم ندائي إذا نادَيْتُ", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O"));
    }

    @Test
    void oneVocalisedNameInProseStays() {
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O"),
                after("وروت الكاتبة زُبيدة بنت جعفر في كتابها", "O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O"));
    }

    @Test
    void anEverydayWordReadThroughTwoCliticsIsNoName() {
        assertEquals(List.of("O", "O", "O"), after("نمورا وطيورا وكائنات", "O", "O", "B-PERS"));
        assertEquals(List.of("O", "B-PERS", "I-PERS"), after("والتقى وكاظم الساهر", "O", "B-PERS", "I-PERS"));
    }

    @Test
    void ordinalsPluralsAndVerbsAloneAreNoNames() {
        assertEquals(List.of("O", "O", "O"), after("وقال أمس الأول", "O", "O", "B-PERS"));
        assertEquals(List.of("O", "O", "O"), after("وقال الثوار الوطنيون", "O", "O", "B-PERS"));
        assertEquals(List.of("O", "O", "O"), after("وكانوا هناك يعقدون", "O", "O", "B-PERS"));
        assertEquals(List.of("O", "B-PERS", "I-PERS"), after("وصل الحسن الثاني", "O", "B-PERS", "I-PERS"));
    }

    @Test
    void aPredicateAfterAPronounIsNoName() {
        assertEquals(List.of("O", "O", "O", "O"), after("وكيف هو حنون معنا", "O", "O", "B-PERS", "O"));
        assertEquals(List.of("O", "O", "B-PERS", "O"), after("وقال هو محمد نفسه", "O", "O", "B-PERS", "O"));
    }

    @Test
    void theTailOfACompoundNameIsNoNameAlone() {
        assertEquals(List.of("O", "O", "O", "O"), after("بعد أن اعتنق الدين", "O", "O", "O", "B-PERS"));
        assertEquals(List.of("B-PERS", "I-PERS", "O"), after("صلاح الدين وصل", "B-PERS", "I-PERS", "O"));
    }

    @Test
    void aNationalityAdjectiveAloneIsNoPerson() {
        assertEquals(List.of("O", "O", "O"), after("وقال مسؤول سوداني", "O", "O", "B-PERS"));
        assertEquals(List.of("O", "O", "O"), after("وقال دبلوماسي فرنسي", "O", "O", "B-PERS"));
        assertEquals(List.of("O", "O", "O"), after("مع نظيره الإثيوبي", "O", "O", "B-PERS"));
    }
}

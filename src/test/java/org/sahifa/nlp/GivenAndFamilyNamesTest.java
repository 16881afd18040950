package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §1.2, people round 8: a given name that is also an everyday word, a place or a nationality, before a family
 * name by the news's evidence, is a person. Sentences made up for this test, the model's tags given by hand.
 */
class GivenAndFamilyNamesTest {
    private static final GivenAndFamilyNames RULE = new GivenAndFamilyNames(Gazetteer.shared());

    private static List<String> after(String sentence, String... tags) {
        String[] tokens = sentence.split(" ");
        return TagRuleFixture.after((s, t) -> RULE.apply(tokens, s, t), sentence, tags);
    }

    @Test
    void aListedGivenNameBeforeAFamilyNameIsAPerson() {
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "O", "O"),
                after("وأصيب سلطان الغامدي في الحادث", "O", "O", "O", "O", "O"));
        // «بندر» (a port) with «و», and a family name the model read as a place
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "O"), after("وصل وبندر القحطاني أمس", "O", "B-LOC", "B-LOC", "O"));
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "O"), after("وصل وبندر القحطاني أمس", "O", "B-LOC", "I-LOC", "O"));
    }

    @Test
    void anEverydayWordAfterATitleBeforeAFamilyNameIsAFirstName() {
        // «تركي» (Turkish) and «عيد» (feast) are first names here: a title before, a family name after
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "O"),
                after("وقال الإعلامي تركي الدوسري إن", "O", "O", "O", "B-LOC", "O"));
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "O"),
                after("وقدم الدكتور عيد الزهراني البرنامج", "O", "O", "O", "O", "O"));
    }

    @Test
    void theNameAliIsTheSpellingWithYaNotThePreposition() {
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "O"),
                after("تم اختيار علي الغامدي رئيسا", "O", "O", "O", "O", "O"));
        assertEquals(List.of("O", "O", "O", "O", "O"), after("وقع الحمل على الغامدي وحده", "O", "O", "O", "O", "O"));
    }

    @Test
    void withoutAFamilyNameByTheEvidenceNothingChanges() {
        // «الحكومة» and «الأمريكي» are no family names; «تركي» after a verb is the adjective
        assertEquals(List.of("O", "O", "O", "O"), after("وقال سلطان الحكومة أمس", "O", "O", "O", "O"));
        assertEquals(List.of("O", "O", "O", "O"), after("وقال الإعلامي تركي الأمريكي", "O", "O", "O", "O"));
        assertEquals(List.of("O", "O", "O", "O"), after("وكان عيد الفطر سعيدا", "O", "O", "O", "O"));
    }
}

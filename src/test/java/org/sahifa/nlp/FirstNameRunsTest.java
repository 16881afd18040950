package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §1.2, people round 5: a first name found alone takes the family name after it when that word looks like a
 * name and like nothing else; «الآن» before a foreign name is a first name. Sentences made up for this test, the
 * model's tags given by hand.
 */
class FirstNameRunsTest {
    private static final FirstNameRuns RULE = new FirstNameRuns(Gazetteer.shared(), NameLetters.shared());

    static List<String> after(String sentence, String... tags) {
        return TagRuleFixture.after(RULE::apply, sentence, tags);
    }

    @Test
    void aFirstNameTakesAnUnknownNameLikeWord() {
        // «أمل» is an everyday word and a given name; «غوميزا» is on no list, a name by its letters
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "O", "O"),
                after("وقالت الباحثة أمل غوميزا إن الدراسة", "O", "O", "B-PERS", "O", "O", "O"));
        assertEquals(List.of("O", "B-PERS", "I-PERS", "O"), after("سجل كريم تيباكو هدفين", "O", "B-PERS", "O", "O"));
    }

    @Test
    void aCompoundFirstNameTakesAnEverydayGivenNameOnlyBeforeAFamilyName() {
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"),
                after("واعترف عبد الرحمن صباح سانشيرو بالتهمة", "O", "B-PERS", "I-PERS", "O", "O", "O"));
        // «صباح» (morning) before an everyday word stays outside the name
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "O", "O"),
                after("وصل عبد الرحمن صباح اليوم", "O", "B-PERS", "I-PERS", "O", "O"));
    }

    @Test
    void everydayWordsVerbsPlacesAndAdjectivesAreNotTaken() {
        assertEquals(List.of("O", "B-PERS", "O", "O"), after("قال كريم سيبقى معنا", "O", "B-PERS", "O", "O"));
        assertEquals(List.of("O", "B-PERS", "O"), after("وصل كريم بغداد", "O", "B-PERS", "O"));
        assertEquals(List.of("O", "B-PERS", "O", "O"), after("وكان أمل كبيرا جدا", "O", "B-PERS", "O", "O"));
        assertEquals(List.of("O", "B-PERS", "O"), after("قال أمل الفرنسي", "O", "B-PERS", "O"));
    }

    @Test
    void aForeignNameByItsLettersTakesTheForeignWordsAfterIt() {
        // round 8: «فريدون» is on no Arabic list; «سينيرلي» (shaped like «سيفعل») and «أوغلو» are names by their
        // letters
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "I-PERS", "O", "O"),
                after("المستشار فريدون سينيرلي أوغلو ، وعدد", "O", "B-PERS", "O", "O", "O", "O"));
        // an everyday word, a verb, a place or a time word after it is not taken
        assertEquals(List.of("O", "B-PERS", "O", "O"), after("وقال مورينيو مدرب الفريق", "O", "B-PERS", "O", "O"));
        assertEquals(List.of("O", "B-PERS", "O", "O"), after("وكان مورينيو سيلتقي اللاعبين", "O", "B-PERS", "O", "O"));
        assertEquals(List.of("O", "B-PERS", "O", "O"), after("ووصل مورينيو لندن أمس", "O", "B-PERS", "O", "O"));
    }

    @Test
    void aLongerNameIsLeftAlone() {
        assertEquals(
                List.of("B-PERS", "I-PERS", "I-PERS", "O"),
                after("محمد علي الحسن غوميزا", "B-PERS", "I-PERS", "I-PERS", "O"));
    }

    @Test
    void theAdverbNowBeforeAForeignNameIsAlain() {
        assertEquals(
                List.of("O", "O", "B-PERS", "I-PERS", "O"),
                after("وقال المخرج الآن ماريتو إن", "O", "O", "O", "B-PERS", "O"));
        // before an Arabic given name, or with no person after it, it stays the adverb
        assertEquals(List.of("O", "O", "B-PERS", "O"), after("ويتحدث الآن محمد للصحفيين", "O", "O", "B-PERS", "O"));
        assertEquals(List.of("O", "O", "O"), after("ونحن الآن نعمل", "O", "O", "O"));
    }
}

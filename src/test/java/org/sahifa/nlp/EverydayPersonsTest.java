package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §1 class 4, people round 5: one-word persons that are everyday words, by the news corpus's evidence and by
 * an attached pronoun, on sentences made up for this test (the rule runs inside {@link UnlikelyPersons}).
 */
class EverydayPersonsTest {
    private static List<String> after(String sentence, String... tags) {
        return UnlikelyPersonsTest.after(sentence, tags);
    }

    @Test
    void aWordNewsSeldomWritesBesideNamesIsNoPerson() {
        assertEquals(List.of("O", "O", "O", "O"), after("لم يتغير شيء بعد", "O", "O", "B-PERS", "O"));
        assertEquals(List.of("O", "O", "O"), after("نعمل الآن بجد", "O", "B-PERS", "O"));
    }

    @Test
    void aVerbalNounOrEverydayWordWithAPronounIsNoPerson() {
        assertEquals(List.of("O", "O", "O", "O"), after("حاولوا عرقلة التحرك وإرباكه", "O", "O", "O", "B-PERS"));
        assertEquals(List.of("O", "O", "O"), after("طالبوا بتطويره سريعا", "O", "B-PERS", "O"));
    }

    @Test
    void namesStay() {
        // a listed given name ending in «ه», a foreign name
        assertEquals(List.of("O", "B-PERS", "O"), after("وقال طه إن", "O", "B-PERS", "O"));
        assertEquals(List.of("O", "B-PERS", "O"), after("وصرح نتنياهو بأن", "O", "B-PERS", "O"));
    }

    @Test
    void pronounShapes() {
        assertTrue(EverydayPersons.isVerbalNoun("ارباك"));
        assertTrue(EverydayPersons.isVerbalNoun("استخدام"));
        assertTrue(EverydayPersons.isVerbalNoun("تطوير"));
        assertFalse(EverydayPersons.isVerbalNoun("محمد"));
        assertTrue(EverydayPersons.hasPronounOnEverydayWord("إرباكه", "ارباكه", Gazetteer.shared()));
        // the ta marbuta is no pronoun: «حكومة» is not «حكوم» + «ه»
        assertFalse(EverydayPersons.hasPronounOnEverydayWord("حكومة", "حكومه", Gazetteer.shared()));
    }
}

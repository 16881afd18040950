package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §1.2, people round 8: the word after «بن»/«بنت» inside a name is the father's name even when it is also an
 * everyday word, and a name ends before a preposition on a noun in construct. Sentences made up for this test, the
 * model's tags given by hand.
 */
class LineageNamesTest {
    private static final PersonRules PERSONS = new PersonRules(Gazetteer.shared());
    private static final PersonEnds ENDS = new PersonEnds(Gazetteer.shared());

    @Test
    void anEverydayWordAfterALineageParticleIsTheFathersName() {
        // «مساعد» (assistant) and «صقر» (falcon) are given names here
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "I-PERS", "O", "O"),
                TagRuleFixture.after(
                        PERSONS::particleEdges,
                        "وقال عبدالرحمن بن مساعد على حسابه",
                        "O",
                        "B-PERS",
                        "I-PERS",
                        "O",
                        "O",
                        "O"));
        assertEquals(
                List.of("B-PERS", "I-PERS", "I-PERS", "I-PERS", "I-PERS", "O"),
                TagRuleFixture.after(
                        PERSONS::particleEdges,
                        "فهد بن سلطان بنت صقر أمس",
                        "B-PERS",
                        "I-PERS",
                        "I-PERS",
                        "I-PERS",
                        "O",
                        "O"));
    }

    @Test
    void aVerbOrATimeWordAfterTheParticleIsNotTaken() {
        assertEquals(
                List.of("B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"),
                TagRuleFixture.after(
                        PERSONS::particleEdges, "محمد بن علي بن يقول", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"));
        assertEquals(
                List.of("B-PERS", "I-PERS", "O"),
                TagRuleFixture.after(PERSONS::particleEdges, "خالد بن أمس", "B-PERS", "I-PERS", "O"));
    }

    @Test
    void aNameEndsBeforeAPrepositionOnANounInConstruct() {
        assertEquals(
                List.of("O", "B-PERS", "I-PERS", "I-PERS", "O", "O"),
                TagRuleFixture.after(
                        ENDS::apply,
                        "تعازي سلمان بن عبدالعزيز لأسر الشهداء",
                        "O",
                        "B-PERS",
                        "I-PERS",
                        "I-PERS",
                        "I-PERS",
                        "O"));
        // after one word the same shape may be a family name, left to the other rules
        assertEquals(
                List.of("B-PERS", "I-PERS", "O"),
                TagRuleFixture.after(ENDS::apply, "سعد لأسر غدا", "B-PERS", "I-PERS", "O"));
    }
}

package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 14 §1.9, people round 5: phrases proposed as people, made up for this test. */
class PersonCandidatesTest {
    @Test
    void namesPass() {
        assertTrue(PersonCandidates.isNameLike("سامي الحربي"));
        assertTrue(PersonCandidates.isNameLike("أمل غوميزا"));
        assertTrue(PersonCandidates.isNameLike("فينغر"));
    }

    @Test
    void phrasesWithEverydayWordsOrPronounsAreRefused() {
        assertFalse(PersonCandidates.isNameLike("بعضهم"));
        assertFalse(PersonCandidates.isNameLike("دور المنظمات الدولية"));
        assertFalse(PersonCandidates.isNameLike("شيء آخر"));
        assertFalse(PersonCandidates.isNameLike("بعد تطويره"));
        assertFalse(PersonCandidates.isNameLike(" "));
    }
}

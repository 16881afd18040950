package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTextTest {
    @Test
    void foldedWordsAreTheRunsOfLettersFolded() {
        assertEquals(List.of("احمد", "العتيبي", "قال"), ArabicText.foldedWords("«أحمد-العتيبي»، قال: 12"));
        assertEquals(List.of(), ArabicText.foldedWords(" ، 2019 "));
    }
}

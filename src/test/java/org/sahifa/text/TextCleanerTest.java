package org.sahifa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    @Test
    void composesToNfc() {
        assertEquals("\u0623", TextCleaner.clean("\u0627\u0654")); // alef + hamza above → أ
        assertEquals("café", TextCleaner.clean("cafe\u0301"));
    }

    @Test
    void dropsFormatCharactersThatJavaFxDrawsAsBoxes() {
        String withMarks = "\u202Bقال\u200F الوزير\u061C إن\u00AD الخطة\u2067 جاهزة\u2069\uFEFF";
        assertEquals("قال الوزير إن الخطة جاهزة", TextCleaner.clean(withMarks));
        assertEquals("sin x", TextCleaner.clean("sin\u2061 x"));
    }

    @Test
    void keepsTheZwnjOfAPersianHalfSpaceBetweenLettersOnly() {
        assertEquals("می\u200Cخواهم", TextCleaner.clean("می\u200Cخواهم"));
        assertEquals("می\u200Cخواهم", TextCleaner.clean("می\u200C\u200Fخواهم"));
        assertEquals("كتاب ها", TextCleaner.clean("كتاب \u200Cها"));
        assertEquals("كتاب", TextCleaner.clean("كتاب\u200C"));
        assertEquals("2024", TextCleaner.clean("\u200C2024"));
    }

    @Test
    void zeroWidthSpaceSeparatesWords() {
        assertEquals("الخبر العاجل", TextCleaner.clean("الخبر\u200Bالعاجل"));
    }

    @Test
    void keepsVisibleArabicSignsAndEmojiSequences() {
        assertEquals("\u0600١٢٣", TextCleaner.clean("\u0600١٢٣"));
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(family, TextCleaner.clean(family));
    }

    @Test
    void zeroWidthJoinerAtAWordsEdgeBecomesATatweel() {
        // «١٤٤٥ ه‍»: the Hijri abbreviation in its initial form
        assertEquals("١٤٤٥ هـ", TextCleaner.clean("١٤٤٥ ه\u200D"));
        // a letter quoted in its medial form, after a space
        assertEquals("حرف ـعـ", TextCleaner.clean("حرف \u200Dع\u200D"));
        // between letters it only repeats the join they make: dropped
        assertEquals("كتب", TextCleaner.clean("ك\u200Dتب"));
        // after a letter that never joins forward (alef), or before a Latin letter: nothing to ask for
        assertEquals("ا b", TextCleaner.clean("ا\u200D \u200Db"));
    }

    @Test
    void foldsAllWhiteSpaceAndTrims() {
        assertEquals("أ ب ج", TextCleaner.clean(" \tأ\u00A0\u00A0ب\u2028\r\nج\u202F "));
        assertEquals("", TextCleaner.clean(null));
        assertEquals("", TextCleaner.clean("\u200F\u200B "));
    }
}

package org.sahifa.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Folds text for find-in-article so that spellings a reader treats as the same word match: diacritics
 * (tashkeel) and tatweel are dropped, the hamza forms of alef (أ إ آ ٱ) become ا, ة becomes ه, ى becomes ي,
 * Arabic-Indic digits become Western ones and letters are lower-cased.
 *
 * <p>Folding works one character at a time, so every character of the folded text comes from exactly
 * one character of the original; {@link Folded#originalStart}/{@link Folded#originalEnd} map a match
 * back to the original text.
 */
public final class SearchFolding {
    private static final char ALEF = '\u0627';
    private static final char ALEF_WASLA = '\u0671';
    private static final char FARSI_YEH = '\u06CC';
    private static final char YEH = '\u064A';
    private static final char ARABIC_INDIC_ZERO = '\u0660';
    private static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
    /** Returned by {@link #foldChar} for a character that search ignores. */
    static final char DROPPED = '\uFFFF';

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private SearchFolding() {}

    /** Text folded for matching, with where each of its characters came from. */
    public static final class Folded {
        private final String original;
        private final String text;
        private final int[] origins;

        private Folded(String original, String text, int[] origins) {
            this.original = original;
            this.text = text;
            this.origins = origins;
        }

        /** The folded text. */
        public String text() {
            return text;
        }

        /** Where in the original the folded character at {@code foldedIndex} came from. */
        public int originalStart(int foldedIndex) {
            return origins[foldedIndex];
        }

        /**
         * The end (exclusive) in the original of a match ending at {@code foldedEnd} (exclusive): just after
         * the match's last character and any diacritics written on it, so a highlight covers whole letters.
         */
        public int originalEnd(int foldedEnd) {
            int end = origins[foldedEnd - 1] + 1;
            while (end < original.length() && isMarkOnLetter(original.charAt(end))) {
                end++;
            }
            return end;
        }
    }

    /** Folds a whole text, keeping the map back to it. */
    public static Folded fold(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] origins = new int[original.length()];
        char[] scratch = new char[1];
        for (int i = 0; i < original.length(); i++) {
            char c = foldChar(original.charAt(i), scratch);
            if (c != DROPPED) {
                origins[folded.length()] = i;
                folded.append(c);
            }
        }
        return new Folded(original, folded.toString(), origins);
    }

    /** The folded form of a query: folded like the text, with runs of white space as one space, trimmed. */
    public static String foldQuery(String query) {
        return fold(query.strip().replaceAll("\\s+", " ")).text();
    }

    /** One character folded, or {@link #DROPPED}. */
    private static char foldChar(char c, char[] scratch) {
        // Lucene's normaliser: hamza forms of alef, ى, ة, tatweel and the eight harakat.
        scratch[0] = c;
        if (ARABIC.normalize(scratch, 1) == 0) {
            return DROPPED;
        }
        char n = scratch[0];
        if (isMarkOnLetter(n)) {
            return DROPPED; // the rest of the marks: superscript alef, Quranic signs, Latin accents
        }
        if (n == '\u200C') {
            return DROPPED; // a Persian half-space: «می‌خواهم» is found by «میخواهم»
        }
        if (n == ALEF_WASLA) {
            return ALEF;
        }
        if (n == FARSI_YEH) {
            return YEH;
        }
        if (n >= ARABIC_INDIC_ZERO && n <= ARABIC_INDIC_ZERO + 9) {
            return (char) ('0' + n - ARABIC_INDIC_ZERO);
        }
        if (n >= EXTENDED_ARABIC_INDIC_ZERO && n <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
            return (char) ('0' + n - EXTENDED_ARABIC_INDIC_ZERO);
        }
        return Character.toLowerCase(n);
    }

    /** A combining mark written on the letter before it (Arabic harakat, Quranic marks, Latin accents). */
    private static boolean isMarkOnLetter(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}

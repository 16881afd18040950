package org.sahifa.lexicon;

import java.util.Set;

/**
 * Entry point to the shared word lists: {@code Lexicon.words("person-titles")} is the folded first column of
 * {@code resources/lexicon/person-titles.tsv}.
 */
public final class Lexicon {
    private Lexicon() {}

    /** The folded first column of list {@code name}, unmodifiable. */
    public static Set<String> words(String name) {
        return Set.copyOf(WordList.load(name).folded(0));
    }

    /**
     * The form lists are compared in: diacritics, Quranic marks and tatweel removed; أ إ آ ٱ to ا, ى and ئ to ي, ة to
     * ه, ؤ to و. The same folding as {@code ArabicWords.normalize} in nlp and {@code ArabicText.fold} in quote, so a
     * list may be written in ordinary spelling.
     */
    public static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0610' && c <= '\u061A')
                    || (c >= '\u064B' && c <= '\u065F')
                    || c == '\u0670'
                    || (c >= '\u06D6' && c <= '\u06ED')
                    || c == '\u0640') {
                continue;
            }
            out.append(
                    switch (c) {
                        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                        case 'ى', 'ئ' -> 'ي';
                        case 'ة' -> 'ه';
                        case 'ؤ' -> 'و';
                        default -> c;
                    });
        }
        return out.toString();
    }
}

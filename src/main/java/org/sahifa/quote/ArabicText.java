package org.sahifa.quote;

/**
 * Arabic spelling variants folded away so that words can be compared with the word lists:
 * diacritics and tatweel removed, hamza-carrying alefs to bare alef, alef maqsura to ya,
 * ta marbuta to ha. Used only for comparing; offsets always point into the original text.
 */
final class ArabicText {
    private ArabicText() {}

    /** The folded form of {@code s}, e.g. {@code "أكّد"} becomes {@code "اكد"}. */
    static String fold(CharSequence s) {
        return fold(s, 0, s.length());
    }

    /** The folded form of {@code s.subSequence(from, to)}. */
    static String fold(CharSequence s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDiacritic(c)) {
                continue;
            }
            out.append(foldLetter(c));
        }
        return out.toString();
    }

    static char foldLetter(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى', 'ئ':
                return 'ي';
            case 'ة':
                return 'ه';
            case 'ؤ':
                return 'و';
            default:
                return c;
        }
    }

    /** Harakat, Quranic marks, dagger alef and tatweel: nothing a reader counts as a letter. */
    static boolean isDiacritic(char c) {
        return (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED')
                || c == '\u0640';
    }

    /** True for letters, digits and the marks that sit on letters: the characters a word is made of. */
    static boolean isWordChar(char c) {
        if ((c >= '\u0621' && c <= '\u064A')
                || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')) {
            return true;
        }
        if (c == ' ') {
            return false;
        }
        return Character.isLetterOrDigit(c) || isDiacritic(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True when the folded word carries the article, with or without a clitic: ال، وال، بال، فال، كال، لل. */
    static boolean isDefinite(String folded) {
        if (folded.length() < 4) {
            return false;
        }
        if (folded.startsWith("ال") || folded.startsWith("لل")) {
            return true;
        }
        return "وبفك".indexOf(folded.charAt(0)) >= 0 && folded.startsWith("ال", 1) && folded.length() > 4;
    }

    /**
     * The folded word without one leading conjunction or preposition clitic (و، ف، ب، ل، ك; لل becomes ال),
     * or the word itself when it is too short to carry one.
     */
    static String stripClitic(String folded) {
        if (folded.length() > 3 && folded.startsWith("لل")) {
            return "ال" + folded.substring(2);
        }
        if (folded.length() > 3 && "وفبلك".indexOf(folded.charAt(0)) >= 0) {
            return folded.substring(1);
        }
        return folded;
    }

    /** The first white-space separated word of {@code s}, without a regular expression (called per speaker read). */
    static String firstWord(String s) {
        String t = s.strip();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end);
    }

    /** The folded words of {@code s}: its runs of letters, in order («فهد-العتيبي،» gives «فهد», «العتيبي»). */
    static java.util.List<String> foldedWords(CharSequence s) {
        return java.util.Arrays.stream(fold(s).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Number of white-space separated words in {@code s}. */
    static int wordCount(CharSequence s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** True when the folded word is {@code word}, alone or after و or ف: «عن»، «وعن». */
    static boolean isWordOrConjoined(String folded, String word) {
        return folded.equals(word)
                || (folded.length() == word.length() + 1
                        && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')
                        && folded.endsWith(word));
    }

    /** True when the word starts with a clitic that makes it the object of a preposition: ب، ل، ك. */
    static boolean startsWithPrepositionClitic(String folded) {
        return folded.length() > 3 && "بلك".indexOf(folded.charAt(0)) >= 0;
    }
}

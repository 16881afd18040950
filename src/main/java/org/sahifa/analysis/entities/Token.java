package org.sahifa.analysis.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A word or a punctuation mark next to a mention, as {@link NameExtension} reads the text beside a name: words are
 * runs of letters and marks (diacritics) separated by spaces; a punctuation mark ends the reading.
 *
 * @param text the word or the mark
 * @param start where it starts in the paragraph
 * @param end where it ends
 * @param word true for a word, false for a mark
 */
record Token(String text, int start, int end, boolean word) {
    /** Up to {@code most} tokens after {@code from}, nearest first; none if {@code from} is inside a word. */
    static List<Token> after(String text, int from, int most) {
        List<Token> out = new ArrayList<>();
        if (from < text.length() && inWord(text.charAt(from))) {
            return out;
        }
        int i = from;
        while (out.size() < most) {
            while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            int s = i;
            while (i < text.length() && inWord(text.charAt(i))) {
                i++;
            }
            if (i == s) {
                out.add(new Token(text.substring(s, s + 1), s, s + 1, false));
                break;
            }
            out.add(new Token(text.substring(s, i), s, i, true));
        }
        return out;
    }

    /** Up to {@code most} tokens before {@code to}, nearest first; none if {@code to} is inside a word. */
    static List<Token> before(String text, int to, int most) {
        List<Token> out = new ArrayList<>();
        if (to > 0 && inWord(text.charAt(to - 1))) {
            return out;
        }
        int i = to;
        while (out.size() < most) {
            while (i > 0 && Character.isSpaceChar(text.charAt(i - 1))) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            int e = i;
            while (i > 0 && inWord(text.charAt(i - 1))) {
                i--;
            }
            if (i == e) {
                out.add(new Token(text.substring(e - 1, e), e - 1, e, false));
                break;
            }
            out.add(new Token(text.substring(i, e), i, e, true));
        }
        return out;
    }

    /** Letters and the marks written on them (diacritics), as in a word. */
    static boolean inWord(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}

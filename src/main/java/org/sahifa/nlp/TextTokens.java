package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits block text into sentences of tokens with their offsets: a token is a run of letters, marks and digits
 * (so Arabic clitics stay attached, as in the training corpora) or a single other visible character. An acronym
 * spelled in Arabic letters with dots («إتش.إس.بي.سي», «دي.إيه.إن») is one token ({@link LetterNames}), not a
 * run of sentences.
 */
public final class TextTokens {
    /** A token and where it sits in its block's text. */
    public record Token(String text, int start, int end) {}

    private TextTokens() {}

    public static List<List<Token>> sentences(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                i = LetterNames.dottedAcronymEnd(text, start, i);
            } else {
                i++;
            }
            current.add(new Token(text.substring(start, i), start, i));
            if (isSentenceEnd(c)) {
                sentences.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟';
    }
}

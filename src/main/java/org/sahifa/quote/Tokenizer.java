package org.sahifa.quote;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph into words and punctuation, each quoted stretch standing as one token. */
final class Tokenizer {
    /** A stretch of the paragraph to keep as one token: {@code [from, to)}. */
    record Region(int from, int to, Token.Kind kind, int span) {}

    private Tokenizer() {}

    /** Tokens of {@code text}; {@code regions} must be sorted and must not overlap. */
    static List<Token> tokenize(String text, List<Region> regions) {
        List<Token> tokens = new ArrayList<>();
        int r = 0;
        int i = 0;
        while (i < text.length()) {
            if (r < regions.size() && regions.get(r).from() <= i) {
                Region region = regions.get(r++);
                if (region.to() > i) {
                    tokens.add(new Token(region.from(), region.to(), "", region.kind(), region.span()));
                    i = region.to();
                }
                continue;
            }
            char c = text.charAt(i);
            int limit = r < regions.size() ? regions.get(r).from() : text.length();
            if (Character.isWhitespace(c)) {
                i++;
            } else if (ArabicText.isWordChar(c)) {
                int end = i + 1;
                while (end < limit && ArabicText.isWordChar(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(i, end, ArabicText.fold(text, i, end), Token.Kind.WORD, -1));
                i = end;
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(c), Token.Kind.PUNCTUATION, -1));
                i++;
            }
        }
        return tokens;
    }
}

package org.sahifa.quote;

/**
 * One word, one punctuation character, or one quoted stretch of a paragraph, at
 * {@code [start, end)} of the block's text. {@code folded} is the word in folded form
 * ({@link ArabicText#fold}); {@code span} is the index of the quoted span a QUOTATION or
 * QUOTED_NAME token stands for, or -1.
 */
record Token(int start, int end, String folded, Kind kind, int span) {
    enum Kind {
        WORD,
        PUNCTUATION,
        QUOTATION,
        QUOTED_NAME
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isPunctuation(char c) {
        return kind == Kind.PUNCTUATION && folded.charAt(0) == c;
    }

    /** Full stop, question or exclamation mark, semicolon: the end of a sentence. */
    boolean endsSentence() {
        return kind == Kind.PUNCTUATION && ".!?؟;؛".indexOf(folded.charAt(0)) >= 0;
    }
}

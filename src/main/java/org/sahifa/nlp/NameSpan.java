package org.sahifa.nlp;

/**
 * A name occurrence: tokens [start, end) of a sentence, with the normalised clitic letters to skip on its first
 * word. When the word opens with «لل» (preposition + article) the displayed text must keep it, so
 * {@code cliticChars} stops before it and {@code lamLam} says the name form reads «ال».
 */
record NameSpan(int sentence, int start, int end, String type, int cliticChars, boolean lamLam) {
    NameSpan(int sentence, int start, int end, String type, String norm, int stripped) {
        this(sentence, start, end, type, lamLamAt(norm, stripped) ? stripped - 1 : stripped, lamLamAt(norm, stripped));
    }

    private static boolean lamLamAt(String norm, int stripped) {
        return stripped > 0
                && norm.startsWith("لل", stripped - 1)
                && stripped - 1 + 2 < norm.length()
                && !norm.startsWith("لل", stripped);
    }
}

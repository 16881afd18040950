package org.sahifa.analysis;

import java.util.Locale;

/** An article longer than the analysis accepts ({@link Analyzer#MAX_ANALYSED_CHARS}): refused before any work. */
public final class ArticleTooLongException extends RuntimeException {
    private final long chars;
    private final long limit;

    ArticleTooLongException(long chars, long limit) {
        super(String.format(
                Locale.ROOT,
                "The article is too long to analyse: %,d characters of text, Sahifa analyses at most %,d.",
                chars,
                limit));
        this.chars = chars;
        this.limit = limit;
    }

    public long chars() {
        return chars;
    }

    public long limit() {
        return limit;
    }
}

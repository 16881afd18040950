package org.sahifa.library;

/** One ranked result of a library search. */
public record SearchHit(long articleId, String source, String title, float score, Snippet snippet) {}

package org.sahifa.library;

/** A quotation the recogniser attributed to a person, with the article it is in. */
public record AttributedQuote(long articleId, String source, String title, String text) {}

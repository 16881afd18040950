package org.sahifa.library;

/** A saved article that mentions an entity, and how many times. */
public record EntityArticle(long articleId, String source, String title, int mentions) {}

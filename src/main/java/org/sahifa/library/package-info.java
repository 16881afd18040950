/**
 * The reader's saved articles. SQLite ({@link org.sahifa.library.LibraryDatabase}) is the system of record:
 * articles, their analyses, original bytes, tags, highlights and the entities and quotations across articles.
 * Lucene ({@link org.sahifa.library.SearchIndex}) is the search index, derived from the database and rebuilt
 * from it whenever it is missing, damaged, behind, or made by another analyser version.
 * {@link org.sahifa.library.Library} puts the two together. No JavaFX here.
 */
package org.sahifa.library;

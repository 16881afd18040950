/**
 * The library in the window: saving the article shown ({@link org.sahifa.ui.library.SaveToLibrary}), the library
 * view beside the reader ({@link org.sahifa.ui.library.LibraryView}: saved articles in a virtualised table, and
 * search with highlighted snippets), all library work in background {@link javafx.concurrent.Task}s through
 * {@link org.sahifa.ui.library.LibraryAccess}.
 */
package org.sahifa.ui.library;

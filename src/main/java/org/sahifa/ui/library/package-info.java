/**
 * The library view (the articles kept, and search over them): left for the library's own work. Its storage and
 * search belong in a core package free of JavaFX; only the view lives here.
 */
package org.sahifa.ui.library;

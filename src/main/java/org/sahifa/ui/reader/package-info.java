/** The reader view: the article drawn as Sahifa breaks and orders its lines, its lead image, and find in the article. */
package org.sahifa.ui.reader;

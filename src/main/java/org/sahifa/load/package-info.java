/** Turns a path or URL into raw bytes with what is known of their charset and kind. No decoding, no parsing. */
package org.sahifa.load;

package org.sahifa.model;

import java.util.Locale;

/** The kinds of block an article is made of. */
public enum BlockType {
    HEADING,
    PARAGRAPH,
    CAPTION,
    BLOCKQUOTE,
    LISTITEM;

    /** The name used in the analysis JSON, e.g. {@code "listitem"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.sahifa.model;

import java.util.Locale;

/** Base direction of a paragraph or of a whole article. */
public enum TextDirection {
    RTL,
    LTR;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

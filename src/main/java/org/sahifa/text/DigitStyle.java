package org.sahifa.text;

/** How digits are shown: as the article wrote them, or all in one form. */
public enum DigitStyle {
    AS_WRITTEN,
    WESTERN,
    ARABIC_INDIC
}

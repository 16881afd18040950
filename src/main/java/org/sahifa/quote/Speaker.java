package org.sahifa.quote;

/**
 * Who said something: a canonical entity name or a name read from the text, and the gender the
 * verb showed. A null name means the text gives a speaker the finder could not name («وقال وزير
 * الخارجية» with no minister named before); {@code role} then holds the role as written
 * («المتحدث باسم الوزارة»), which the quotation gets as an unnamed source when no one the role refers to is found.
 */
record Speaker(String name, Gender gender, String role) {
    Speaker(String name, Gender gender) {
        this(name, gender, null);
    }

    static Speaker unnamed(Gender gender) {
        return new Speaker(null, gender, null);
    }

    /** A role with no name: nobody named, the role as written (or null) to fall back on. */
    static Speaker role(String role, Gender gender) {
        return new Speaker(null, gender, role);
    }

    /** The name, or else the role as written: what a quotation is given as its speaker. */
    String shown() {
        return name != null ? name : role;
    }
}

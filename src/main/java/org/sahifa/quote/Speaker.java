package org.sahifa.quote;

/**
 * Who said something: a canonical entity name or a name read from the text, and the gender the
 * verb showed. A null name means the text gives a speaker the finder could not name («وقال وزير
 * الخارجية» with no minister named before): such a quotation gets no speaker, and no other
 * speaker is guessed for it.
 */
record Speaker(String name, Gender gender) {
    static Speaker unnamed(Gender gender) {
        return new Speaker(null, gender);
    }
}

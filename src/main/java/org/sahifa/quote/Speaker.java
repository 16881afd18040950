package org.sahifa.quote;

/** Who said something: a canonical entity name or a name read from the text, and the gender the verb showed. */
record Speaker(String name, Gender gender) {
}

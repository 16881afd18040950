package org.sahifa.quote;

/** Grammatical gender/number a speech verb shows for its subject, e.g. قال, قالت, قالوا. */
enum Gender {
    MASCULINE,
    FEMININE,
    PLURAL,
    UNKNOWN;

    /** True when a speaker known as {@code speaker} can be the subject of a verb showing {@code this}. */
    boolean agreesWith(Gender speaker) {
        return this == UNKNOWN || speaker == UNKNOWN || this == speaker;
    }
}

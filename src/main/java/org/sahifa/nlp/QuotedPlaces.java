package org.sahifa.nlp;

import static org.sahifa.nlp.NameWords.*;

/**
 * A name in quotation marks right after a noun for a kind of place is that place, not the organisation a quoted name
 * is read as elsewhere: «في منطقة «باترسي»», «حي «الورود»». The chunk must fill the marks. «قناة» (a canal, also a
 * television channel) is not such a noun here. Article mode only.
 */
final class QuotedPlaces {
    private QuotedPlaces() {}

    static void apply(String[] tokens, SentenceWords s, String[] tags) {
        for (int i = 0; i + 3 < tags.length; i++) {
            if (!anyReadingIn(PLACE_KIND_NOUNS, s, i)
                    || !isQuote(tokens[i + 1], OPENING_QUOTES)
                    || !tags[i + 2].equals("B-ORG")) {
                continue;
            }
            int end = chunkEnd(tags, i + 2, "ORG");
            if (end < tokens.length && isQuote(tokens[end], CLOSING_QUOTES)) {
                for (int k = i + 2; k < end; k++) {
                    tags[k] = k == i + 2 ? "B-LOC" : "I-LOC";
                }
                i = end;
            }
        }
    }
}

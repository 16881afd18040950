package org.sahifa.nlp.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The common spellings of an Arab city's name (normalised) that a list spells one way: with and without the article
 * when the rest is long enough to be a name («الموصل», «موصل»), with final «اء» also written «ا» («صنعاء», «صنعا»), and a
 * two-word name opening with «أبو», «بور», «رأس» or «أم» written as one word or two («أبو ظبي», «أبوظبي»). Other
 * cities keep the one spelling.
 */
final class CitySpellings {
    /** Shortest name left once the article is dropped; shorter ones are everyday words («العين» → «عين»). */
    static final int MIN_BARE_LENGTH = 4;

    private static final List<String> JOINING_HEADS = List.of("ابو", "بور", "راس", "ام");
    /** Heads split off a one-word spelling; not «ام», which opens many words. */
    private static final List<String> SPLITTING_HEADS = List.of("ابو", "بور", "راس");

    private CitySpellings() {}

    static List<String> of(String norm, boolean arabCity) {
        List<String> out = new ArrayList<>(List.of(norm));
        if (!arabCity || norm.isEmpty()) {
            return out;
        }
        String[] words = norm.split(" ");
        if (words.length == 2 && JOINING_HEADS.contains(words[0])) {
            out.add(words[0] + words[1]); // «ابو ظبي» → «ابوظبي»
        }
        if (words.length != 1) {
            return out;
        }
        if (norm.startsWith("ال") && norm.length() - 2 >= MIN_BARE_LENGTH) {
            out.add(norm.substring(2));
        }
        if (norm.endsWith("اء") && norm.length() > 4) {
            out.add(norm.substring(0, norm.length() - 1)); // «صنعاء» is often written «صنعا»; the converse is rare
        }
        for (String head : SPLITTING_HEADS) {
            if (norm.startsWith(head) && norm.length() >= head.length() + 3) {
                out.add(head + " " + norm.substring(head.length())); // «بورسعيد» → «بور سعيد»
            }
        }
        return out;
    }
}

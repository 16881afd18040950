package org.sahifa.nlp;

/**
 * The analysed words of one sentence: normalised form, clitic-stripped stem, stem without article, the clitic
 * letters removed, shape, gazetteer class and word clusters. Arrays are parallel to the tokens.
 */
final class SentenceWords {
    /** The values of {@link #place}: on no place list, a one-word place, the first and a later word of a longer one. */
    static final String NO_PLACE = "-";

    static final String PLACE = "PLACE";
    static final String PLACE_BEGIN = "PLACE-B";
    static final String PLACE_INSIDE = "PLACE-I";
    /** The values of {@link #place} in a fixed order (a decoder keeps a score per value). */
    static final String[] PLACE_VALUES = {NO_PLACE, PLACE, PLACE_BEGIN, PLACE_INSIDE};

    final String[] norm;
    final String[] stem;
    final String[] bare;
    final String[] clitic;
    final String[] shape;
    /** Place-list match: one of {@link #PLACE_VALUES}. */
    final String[] place;
    /** Person-name list kind ({@link Gazetteer.Kind} name, LATIN_NAME) or {@link TokenForms#NOT_LISTED}. */
    final String[] name;
    /** The word's cluster at each granularity of {@link WordClusters}. */
    final String[][] cluster;
    /**
     * What a first-pass model said of each word elsewhere in the document ({@link DocumentEvidence}: per token its
     * values), set before a second-pass model decodes the sentence; null when there is no first pass.
     */
    String[][] evidence;

    private SentenceWords(int n) {
        norm = new String[n];
        stem = new String[n];
        bare = new String[n];
        clitic = new String[n];
        shape = new String[n];
        place = new String[n];
        name = new String[n];
        cluster = new String[n][];
    }

    /** True if the word is on a person-name list (Arabic or Latin). */
    boolean isListedName(int i) {
        return !name[i].equals(TokenForms.NOT_LISTED);
    }

    /** Index of {@code place[i]} in {@link #PLACE_VALUES}. */
    int placeIndex(int i) {
        String p = place[i];
        for (int k = 0; k < PLACE_VALUES.length; k++) {
            if (PLACE_VALUES[k].equals(p)) {
                return k;
            }
        }
        throw new IllegalStateException("unknown place value " + p);
    }

    int length() {
        return norm.length;
    }

    static SentenceWords analyze(String[] tokens, Gazetteer gazetteer) {
        int n = tokens.length;
        SentenceWords s = new SentenceWords(n);
        TokenForms[] forms = new TokenForms[n];
        for (int i = 0; i < n; i++) {
            TokenForms f = TokenForms.of(tokens[i], gazetteer);
            forms[i] = f;
            s.norm[i] = f.norm();
            s.stem[i] = f.stem();
            s.bare[i] = f.bare();
            s.clitic[i] = f.clitic();
            s.shape[i] = f.shape();
            s.place[i] = NO_PLACE;
            s.name[i] = f.name();
            s.cluster[i] = f.clusters();
        }
        // Places: try each start with every reading of its first word that opens a listed place; longest wins.
        String[] words = s.norm.clone();
        for (int i = 0; i < n; i++) {
            int length = placeLengthAt(gazetteer, words, i, forms[i].placeReadings());
            if (length > 0) {
                s.place[i] = length == 1 ? PLACE : PLACE_BEGIN;
                for (int k = 1; k < length; k++) {
                    s.place[i + k] = PLACE_INSIDE;
                }
                i += length - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (forms[i].latinPlace()) {
                s.place[i] = PLACE;
            }
        }
        return s;
    }

    /** Longest listed place at {@code i} opening with one of {@code readings} of its first word. */
    private static int placeLengthAt(Gazetteer gazetteer, String[] words, int i, String[] readings) {
        if (readings.length == 0) {
            return 0;
        }
        String original = words[i];
        int best = 0;
        for (String reading : readings) {
            words[i] = reading;
            best = Math.max(best, gazetteer.placeLength(words, i));
        }
        words[i] = original;
        return best;
    }
}

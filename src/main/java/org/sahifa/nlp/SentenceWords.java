package org.sahifa.nlp;

/**
 * The analysed words of one sentence: normalised form, clitic-stripped stem, stem without article, the clitic
 * letters removed, shape and gazetteer class. Arrays are parallel to the tokens.
 */
final class SentenceWords {
    /** The values of {@link #place}, in a fixed order (a decoder keeps a score per value). */
    static final String[] PLACE_VALUES = {"-", "PLACE", "PLACE-B", "PLACE-I"};
    final String[] norm;
    final String[] stem;
    final String[] bare;
    final String[] clitic;
    final String[] shape;
    /** Place-list match: PLACE (one word), PLACE-B / PLACE-I (a multi-word place) or "-". */
    final String[] place;
    /** Person-name list kind ({@link Gazetteer.Kind} name, LATIN_NAME, LATIN_PLACE) or "-". */
    final String[] name;

    private SentenceWords(int n) {
        norm = new String[n];
        stem = new String[n];
        bare = new String[n];
        clitic = new String[n];
        shape = new String[n];
        place = new String[n];
        name = new String[n];
    }

    /** True if the word is on a person-name list (Arabic or Latin). */
    boolean isListedName(int i) {
        return !name[i].equals("-");
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
        for (int i = 0; i < n; i++) {
            String norm = ArabicWords.normalize(tokens[i]);
            s.norm[i] = norm;
            s.stem[i] = ArabicWords.stem(norm);
            s.bare[i] = ArabicWords.bare(s.stem[i]);
            String stem = s.stem[i];
            // «للعراق» -> «العراق» is not a suffix: the clitic is the ل before the article's ل.
            s.clitic[i] = norm.endsWith(stem)
                    ? norm.substring(0, norm.length() - stem.length())
                    : norm.substring(0, norm.length() - stem.length() + 1);
            s.shape[i] = ArabicWords.shape(tokens[i]);
            s.place[i] = "-";
            s.name[i] = "-";
        }
        // Places: try each start with the stripped first word, then the plain one; longest wins.
        String[] words = s.norm.clone();
        for (int i = 0; i < n; i++) {
            int length = placeLengthAt(gazetteer, words, i);
            if (length > 0) {
                s.place[i] = length == 1 ? "PLACE" : "PLACE-B";
                for (int k = 1; k < length; k++) {
                    s.place[i + k] = "PLACE-I";
                }
                i += length - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            Gazetteer.Kind kind = nameKind(gazetteer, s, i);
            if (kind != null) {
                s.name[i] = kind.name();
            } else if (s.shape[i].startsWith("L")) {
                if (gazetteer.isLatinName(tokens[i])) {
                    s.name[i] = "LATIN_NAME";
                } else if (gazetteer.isLatinPlace(tokens[i])) {
                    s.place[i] = "PLACE";
                }
            }
        }
        return s;
    }

    private static Gazetteer.Kind nameKind(Gazetteer gazetteer, SentenceWords s, int i) {
        Gazetteer.Kind kind = gazetteer.nameKind(s.norm[i]);
        if (kind == null && !s.stem[i].equals(s.norm[i])) {
            kind = gazetteer.nameKind(s.stem[i]);
        }
        return kind;
    }

    /** Longest listed place at {@code i}, trying every clitic reading of the first word («وكوريا» -> «كوريا»). */
    private static int placeLengthAt(Gazetteer gazetteer, String[] words, int i) {
        String original = words[i];
        int best = 0;
        for (String reading : ArabicWords.procliticSplits(original)) {
            words[i] = reading;
            best = Math.max(best, gazetteer.placeLength(words, i));
            String bare = ArabicWords.bare(reading);
            if (!bare.equals(reading)) {
                words[i] = bare;
                best = Math.max(best, gazetteer.placeLength(words, i));
            }
        }
        words[i] = original;
        return best;
    }
}

package org.sahifa.nlp;

/**
 * The analysed words of one sentence: normalised form, clitic-stripped stem, stem without article, the clitic
 * letters removed, shape and gazetteer class. Arrays are parallel to the tokens.
 */
final class SentenceWords {
    final String[] norm;
    final String[] stem;
    final String[] bare;
    final String[] clitic;
    final String[] shape;
    /** Gazetteer class: PLACE-B / PLACE-I (a multi-word place), a person-name kind, LATIN-* or "-". */
    final String[] gaz;

    private SentenceWords(int n) {
        norm = new String[n];
        stem = new String[n];
        bare = new String[n];
        clitic = new String[n];
        shape = new String[n];
        gaz = new String[n];
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
            s.gaz[i] = "-";
        }
        // Places: try each start with the stripped first word, then the plain one; longest wins.
        String[] words = s.norm.clone();
        for (int i = 0; i < n; i++) {
            int length = placeLengthAt(gazetteer, words, s.stem, s.bare, i);
            if (length > 0) {
                s.gaz[i] = length == 1 ? "PLACE" : "PLACE-B";
                for (int k = 1; k < length; k++) {
                    s.gaz[i + k] = "PLACE-I";
                }
                i += length - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!"-".equals(s.gaz[i])) {
                continue;
            }
            Gazetteer.Kind kind = nameKind(gazetteer, s, i);
            if (kind != null) {
                s.gaz[i] = kind.name();
            } else if (s.shape[i].startsWith("L")) {
                if (gazetteer.isLatinName(tokens[i])) {
                    s.gaz[i] = "LATIN_NAME";
                } else if (gazetteer.isLatinPlace(tokens[i])) {
                    s.gaz[i] = "LATIN_PLACE";
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

    private static int placeLengthAt(Gazetteer gazetteer, String[] words, String[] stems, String[] bares, int i) {
        String original = words[i];
        int best = gazetteer.placeLength(words, i);
        if (!stems[i].equals(original)) {
            words[i] = stems[i];
            best = Math.max(best, gazetteer.placeLength(words, i));
        }
        if (!bares[i].equals(stems[i])) {
            words[i] = bares[i];
            best = Math.max(best, gazetteer.placeLength(words, i));
        }
        words[i] = original;
        return best;
    }
}

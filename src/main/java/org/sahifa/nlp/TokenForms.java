package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SentenceWords} needs of one token that depends on the token alone: its normalised, clitic-stripped and
 * article-less forms, the clitic letters, its shape, its person-name list kind, whether it is a listed Latin place,
 * the readings of it (clitics stripped or not) that open a listed place name, and its word clusters
 * ({@link WordClusters}).
 *
 * <p>Remembered per token ({@link #of}) in {@link TokenSlots}, as {@link TokenScoreCache} does for the decoder:
 * common words («في», «الرئيس») are analysed once, not at every occurrence.
 */
record TokenForms(
        String norm,
        String stem,
        String bare,
        String clitic,
        String shape,
        String name,
        boolean latinPlace,
        String[] placeReadings,
        String[] clusters) {
    /** Slots of the table (a power of two). */
    static final int SLOTS = 4096;
    /** The value of {@link #name} for a word on no person-name list. */
    static final String NOT_LISTED = "-";

    /** The forms and the gazetteer they were found under. */
    private record Remembered(Gazetteer gazetteer, TokenForms forms) {}

    private static final TokenSlots<Remembered> REMEMBERED = new TokenSlots<>(SLOTS);

    /** The forms of {@code token} under {@code gazetteer}, remembered from an earlier call when possible. */
    static TokenForms of(String token, Gazetteer gazetteer) {
        Remembered r = REMEMBERED.get(token);
        if (r != null && r.gazetteer() == gazetteer) {
            return r.forms();
        }
        TokenForms forms = analyse(token, gazetteer);
        REMEMBERED.put(token, new Remembered(gazetteer, forms));
        return forms;
    }

    static TokenForms analyse(String token, Gazetteer gazetteer) {
        String norm = ArabicWords.normalize(token);
        String stem = ArabicWords.stem(norm);
        // «للعراق» -> «العراق» is not a suffix: the clitic is the ل before the article's ل.
        String clitic = norm.endsWith(stem)
                ? norm.substring(0, norm.length() - stem.length())
                : norm.substring(0, norm.length() - stem.length() + 1);
        String shape = ArabicWords.shape(token);
        Gazetteer.Kind kind = gazetteer.nameKind(norm);
        if (kind == null && !stem.equals(norm)) {
            kind = gazetteer.nameKind(stem);
        }
        String name = NOT_LISTED;
        boolean latinPlace = false;
        if (kind != null) {
            name = kind.name();
        } else if (shape.startsWith("L")) {
            if (gazetteer.isLatinName(token)) {
                name = "LATIN_NAME";
            } else {
                latinPlace = gazetteer.isLatinPlace(token);
            }
        }
        return new TokenForms(
                norm,
                stem,
                ArabicWords.bare(stem),
                clitic,
                shape,
                name,
                latinPlace,
                placeReadings(norm, gazetteer),
                WordClusters.shared().of(norm, stem));
    }

    /** Each clitic reading of the word, with or without article, that opens a listed place («وكوريا» -> «كوريا»). */
    private static String[] placeReadings(String norm, Gazetteer gazetteer) {
        List<String> out = new ArrayList<>(1);
        for (String reading : ArabicWords.procliticSplits(norm)) {
            if (gazetteer.opensPlace(reading)) {
                out.add(reading);
            }
            String bare = ArabicWords.bare(reading);
            if (!bare.equals(reading) && gazetteer.opensPlace(bare)) {
                out.add(bare);
            }
        }
        return out.toArray(String[]::new);
    }
}

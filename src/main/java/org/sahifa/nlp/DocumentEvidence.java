package org.sahifa.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahifa.model.Interruption;

/**
 * What a first-pass tagger (stage 1) said about a word elsewhere in the document: the evidence the second-pass model
 * (stage 2, {@link NameModel} with a first stage) reads as features. A "document" is a window of
 * {@value #DEFAULT_WINDOW} sentences either side of the word's own (ANERcorp is a stream of articles without
 * boundaries; in the app an article is rarely longer).
 *
 * <p>For each token it gives {@link #SLOTS} values, the features of {@link ArabicFeatureGenerator#evidenceFeatures}:
 *
 * <ol>
 *   <li>the stage-1 tag of the token;
 *   <li>the stage-1 tags of the token before, the token and the token after;
 *   <li>over the other occurrences of its normalised form in the window: the most frequent stage-1 type among them
 *       that were tagged, with the tagged share in {@link #bucket buckets} («PERS,most»), or {@code none} when the
 *       form occurs nowhere else;
 *   <li>the same for its clitic-stripped stem;
 *   <li>the most frequent type of the stage-1 names elsewhere whose first word has this stem, or {@code -};
 *   <li>the same for names whose last word has this stem.
 * </ol>
 *
 * The counts slide with the window, so each sentence costs its own tokens and those entering and leaving the window.
 */
final class DocumentEvidence {
    /** Sentences either side of a sentence that count as its document. */
    static final int DEFAULT_WINDOW = Integer.getInteger("sahifa.twostage.window", 50);
    /** Values per token. */
    static final int SLOTS = 6;
    /** The value of slots 3 and 4 for a word that occurs nowhere else in the window. */
    static final String NONE = "none";
    /** The value of slots 5 and 6 for a word that is in no stage-1 name elsewhere in the window. */
    static final String NOT_IN_NAME = "-";
    /** Name types in a fixed order (ties in a count go to the earlier). */
    private static final String[] TYPES = {"PERS", "LOC", "ORG", "MISC"};

    /** Counts of one key's occurrences in the window: all, then tagged as each of {@link #TYPES}. */
    private static final class Counts {
        int all;
        final int[] byType = new int[TYPES.length];

        boolean isEmpty() {
            if (all != 0) {
                return false;
            }
            for (int t : byType) {
                if (t != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, Counts> forms = new HashMap<>();
    private final Map<String, Counts> stems = new HashMap<>();
    private final Map<String, Counts> firstWords = new HashMap<>();
    private final Map<String, Counts> lastWords = new HashMap<>();

    private DocumentEvidence() {}

    /**
     * The evidence of every token of {@code sentences} (stage-1 BIO tags in {@code tags}, parallel), the window
     * {@code window} sentences either side: per sentence, per token, {@link #SLOTS} values.
     */
    static String[][][] of(List<SentenceWords> sentences, List<String[]> tags, int window) {
        DocumentEvidence counts = new DocumentEvidence();
        int n = sentences.size();
        String[][][] out = new String[n][][];
        int added = 0; // sentences [removed, added) are counted
        int removed = 0;
        for (int s = 0; s < n; s++) {
            Interruption.check();
            for (; added < Math.min(n, s + window + 1); added++) {
                counts.count(sentences.get(added), tags.get(added), +1);
            }
            for (; removed < s - window; removed++) {
                counts.count(sentences.get(removed), tags.get(removed), -1);
            }
            out[s] = counts.evidence(sentences.get(s), tags.get(s));
        }
        return out;
    }

    /** Adds ({@code sign} 1) or removes (-1) one sentence's occurrences. */
    private void count(SentenceWords words, String[] tags, int sign) {
        for (int i = 0; i < tags.length; i++) {
            int type = typeIndex(tags[i]);
            add(forms, words.norm[i], type, sign);
            add(stems, words.stem[i], type, sign);
            if (type >= 0 && tags[i].startsWith("B-")) {
                add(firstWords, words.stem[i], type, sign);
            }
            if (type >= 0 && !continues(tags, i + 1, type)) {
                add(lastWords, words.stem[i], type, sign);
            }
        }
    }

    private static void add(Map<String, Counts> map, String key, int type, int sign) {
        Counts c = map.computeIfAbsent(key, k -> new Counts());
        c.all += sign;
        if (type >= 0) {
            c.byType[type] += sign;
        }
        if (c.isEmpty()) {
            map.remove(key);
        }
    }

    /** The values of each token of a sentence already counted in the window (its own occurrences left out). */
    private String[][] evidence(SentenceWords words, String[] tags) {
        String[][] out = new String[tags.length][];
        for (int i = 0; i < tags.length; i++) {
            int own = typeIndex(tags[i]);
            String before = i > 0 ? tags[i - 1] : ArabicFeatureGenerator.NONE;
            String after = i + 1 < tags.length ? tags[i + 1] : ArabicFeatureGenerator.NONE;
            boolean first = own >= 0 && tags[i].startsWith("B-");
            boolean last = own >= 0 && !continues(tags, i + 1, own);
            out[i] = new String[] {
                tags[i],
                before + "," + tags[i] + "," + after,
                others(forms.get(words.norm[i]), own),
                others(stems.get(words.stem[i]), own),
                nameType(firstWords.get(words.stem[i]), first ? own : -1),
                nameType(lastWords.get(words.stem[i]), last ? own : -1)
            };
        }
        return out;
    }

    /** Majority type and tagged share of the occurrences in {@code c} other than the token's own (type {@code own}). */
    private static String others(Counts c, int own) {
        int all = c.all - 1;
        if (all <= 0) {
            return NONE;
        }
        int best = -1;
        int tagged = 0;
        for (int t = 0; t < TYPES.length; t++) {
            int k = c.byType[t] - (t == own ? 1 : 0);
            tagged += k;
            if (k > 0 && (best < 0 || k > c.byType[best] - (best == own ? 1 : 0))) {
                best = t;
            }
        }
        return (best < 0 ? "O" : TYPES[best]) + "," + bucket(tagged, all);
    }

    /** The share {@code tagged / all} as a word: none, few (under a half), half (under all), all. */
    static String bucket(int tagged, int all) {
        if (tagged == 0) {
            return "no";
        }
        if (tagged == all) {
            return "all";
        }
        return 2 * tagged < all ? "few" : "most";
    }

    /** The most frequent type in {@code c}, leaving out one occurrence of type {@code own} (-1: none of its own). */
    private static String nameType(Counts c, int own) {
        if (c == null) {
            return NOT_IN_NAME;
        }
        int best = -1;
        int bestCount = 0;
        for (int t = 0; t < TYPES.length; t++) {
            int k = c.byType[t] - (t == own ? 1 : 0);
            if (k > bestCount) {
                best = t;
                bestCount = k;
            }
        }
        return best < 0 ? NOT_IN_NAME : TYPES[best];
    }

    /** Whether the tag at {@code i} continues a name of type {@code type} (an I- tag of that type). */
    private static boolean continues(String[] tags, int i, int type) {
        return i < tags.length && tags[i].startsWith("I-") && typeIndex(tags[i]) == type;
    }

    /** Index in {@link #TYPES} of a BIO tag's type, or -1 for O (or an unknown type). */
    private static int typeIndex(String tag) {
        if (tag.length() < 3) {
            return -1;
        }
        String type = tag.substring(2);
        for (int t = 0; t < TYPES.length; t++) {
            if (TYPES[t].equals(type)) {
                return t;
            }
        }
        return -1;
    }
}

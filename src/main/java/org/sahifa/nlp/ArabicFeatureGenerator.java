package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of one token for the name finder: the word, its clitic-stripped forms, affixes, shape, gazetteer
 * membership, the same for its neighbours, and the decisions already taken for the previous words.
 *
 * <p>Per-sentence word analysis is computed once and reused for every position of the same sentence, so an
 * instance is not thread-safe: each name finder gets its own.
 */
final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {
    /** How far left and right neighbouring words are looked at. */
    static final int WINDOW = 2;
    static final int MAX_AFFIX = 3;
    /** Expected number of word features, to size lists. */
    private static final int STATIC_FEATURES = 48;

    private final Gazetteer gazetteer;
    private String[] cachedTokens;
    private SentenceWords cached;
    /** Features that do not depend on earlier decisions, built once per position of the cached sentence. */
    private List<String>[] cachedStatic;

    ArabicFeatureGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void createFeatures(List<String> features, String[] tokens, int index, String[] preds) {
        if (tokens != cachedTokens && !Arrays.equals(tokens, cachedTokens)) {
            cached = SentenceWords.analyze(tokens, gazetteer);
            cachedTokens = tokens;
            cachedStatic = new List[tokens.length];
        }
        if (cachedStatic[index] == null) {
            List<String> own = new ArrayList<>(STATIC_FEATURES);
            staticFeatures(own, cached, index);
            cachedStatic[index] = own;
        }
        features.addAll(cachedStatic[index]);
        decisionFeatures(features, cached, index, preds);
    }

    /** Features of the words themselves: everything but the previous decisions. */
    private static void staticFeatures(List<String> features, SentenceWords s, int index) {
        String stem = s.stem[index];
        String bare = s.bare[index];
        features.add("w=" + s.norm[index]);
        features.add("s=" + stem);
        features.add("b=" + bare);
        features.add("cl=" + s.clitic[index]);
        features.add("sh=" + s.shape[index]);
        features.add("gp=" + s.place[index]);
        features.add("gn=" + s.name[index]);
        features.add("gp,gn=" + s.place[index] + "," + s.name[index]);
        features.add("gp,cl=" + s.place[index] + "," + s.clitic[index]);
        features.add("gn,cl=" + s.name[index] + "," + s.clitic[index]);
        if (index > 0) {
            String before = s.stem[index - 1];
            features.add("title-1=" + NameRules.PERSON_TITLES.contains(before));
            features.add("cue-1=" + NameRules.PLACE_CUES.contains(before));
        }
        for (int n = 1; n <= MAX_AFFIX; n++) {
            if (bare.length() > n) {
                features.add("p" + n + "=" + bare.substring(0, n));
                features.add("x" + n + "=" + bare.substring(bare.length() - n));
            }
        }
        features.add("len=" + Math.min(bare.length(), 8));
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d == 0) {
                continue;
            }
            int j = index + d;
            boolean inside = j >= 0 && j < s.length();
            features.add("s" + d + "=" + (inside ? s.stem[j] : "#"));
            features.add("gp" + d + "=" + (inside ? s.place[j] : "#"));
            features.add("gn" + d + "=" + (inside ? s.name[j] : "#"));
            if (Math.abs(d) == 1) {
                features.add("sh" + d + "=" + (inside ? s.shape[j] : "#"));
                features.add("nx" + d + "=" + (inside ? suffix(s.bare[j]) : "#"));
            }
        }
        String left = index > 0 ? s.stem[index - 1] : "#";
        String right = index + 1 < s.length() ? s.stem[index + 1] : "#";
        features.add("s-1,s=" + left + "," + stem);
        features.add("s,s+1=" + stem + "," + right);
        features.add("gn-1,gn,gn+1=" + (index > 0 ? s.name[index - 1] : "#") + "," + s.name[index] + ","
                + (index + 1 < s.length() ? s.name[index + 1] : "#"));

    }

    /** Features of the decisions already taken for the previous two words. */
    private static void decisionFeatures(List<String> features, SentenceWords s, int index, String[] preds) {
        String bare = s.bare[index];
        String prev = index > 0 && preds != null ? preds[index - 1] : "#";
        String prev2 = index > 1 && preds != null ? preds[index - 2] : "#";
        features.add("po=" + prev);
        features.add("ppo=" + prev2 + "," + prev);
        features.add("po,b=" + prev + "," + bare);
        features.add("po,gn=" + prev + "," + s.name[index]);
        features.add("po,gp=" + prev + "," + s.place[index]);
    }

    private static String suffix(String word) {
        return word.length() > 2 ? word.substring(word.length() - 2) : word;
    }
}

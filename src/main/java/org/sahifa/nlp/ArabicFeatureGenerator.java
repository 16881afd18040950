package org.sahifa.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
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
    /** The decision before the start of the sentence, and the value of a neighbour outside it. */
    static final String NONE = "#";
    /** Word lengths above this are one class. */
    static final int MAX_LENGTH = 8;

    private static final String[] LENGTHS = new String[MAX_LENGTH + 1];
    private static final String[] PREFIX_NAMES = new String[MAX_AFFIX + 1];
    private static final String[] SUFFIX_NAMES = new String[MAX_AFFIX + 1];
    /** Feature names of the neighbours, indexed by offset + WINDOW: "s-2=", "s-1=", "s1=", "s2=" … */
    private static final String[] NEIGHBOUR_STEM = named("s%d=");

    private static final String[] NEIGHBOUR_PLACE = named("gp%d=");
    private static final String[] NEIGHBOUR_NAME = named("gn%d=");
    private static final String[] NEIGHBOUR_SHAPE = named("sh%d=");
    private static final String[] NEIGHBOUR_SUFFIX = named("nx%d=");
    /**
     * How far left and right the neighbours' word clusters are features (0: the word's own only). A knob for
     * measuring variants: the bundled model must be read with the value it was trained with.
     */
    static final int CLUSTER_WINDOW = Integer.getInteger("sahifa.features.clusterWindow", 1);
    /** How many of the granularities of {@link WordClusters}, coarsest first, are features (0: none). */
    static final int CLUSTER_LEVELS = Integer.getInteger("sahifa.features.clusterLevels", 4);
    /** Cluster feature names, indexed by offset + WINDOW and granularity: "c0@0=", "c3@-1=" … */
    private static final String[][] CLUSTER = new String[2 * WINDOW + 1][CLUSTER_LEVELS];

    static {
        for (int n = 0; n <= MAX_LENGTH; n++) {
            LENGTHS[n] = String.valueOf(n);
        }
        for (int n = 1; n <= MAX_AFFIX; n++) {
            PREFIX_NAMES[n] = "p" + n + "=";
            SUFFIX_NAMES[n] = "x" + n + "=";
        }
        for (int d = -WINDOW; d <= WINDOW; d++) {
            for (int g = 0; g < CLUSTER_LEVELS; g++) {
                CLUSTER[d + WINDOW][g] = "c" + g + "@" + d + "=";
            }
        }
    }
    /** Expected number of word features, to size lists. */
    private static final int STATIC_FEATURES = 48;

    /** Feature names of the {@link DocumentEvidence} values, in its slot order. */
    private static final String[] EVIDENCE = {"e1=", "e1-1,e1,e1+1=", "ew=", "es=", "ef=", "el="};

    private final Gazetteer gazetteer;
    /**
     * In training a second-pass model: the {@link DocumentEvidence} of each training sentence, looked up by its
     * tokens; null otherwise.
     */
    private final Function<String[], String[][]> evidence;

    private String[] cachedTokens;
    private SentenceWords cached;
    /** Features that do not depend on earlier decisions, built once per position of the cached sentence. */
    private List<String>[] cachedStatic;

    ArabicFeatureGenerator(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    ArabicFeatureGenerator(Gazetteer gazetteer, Function<String[], String[][]> evidence) {
        this.gazetteer = gazetteer;
        this.evidence = evidence;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] preds) {
        features.addAll(wordFeatures(tokens, index));
        String prev = index > 0 && preds != null ? preds[index - 1] : NONE;
        String prev2 = index > 1 && preds != null ? preds[index - 2] : NONE;
        decisionFeatures(FeatureSink.collecting(features), cached, index, prev, prev2);
    }

    /** The features of position {@code index} that do not depend on earlier decisions (cached per sentence). */
    @SuppressWarnings("unchecked")
    List<String> wordFeatures(String[] tokens, int index) {
        if (tokens != cachedTokens && !Arrays.equals(tokens, cachedTokens)) {
            cached = SentenceWords.analyze(tokens, gazetteer);
            if (evidence != null) {
                cached.evidence = evidence.apply(tokens);
            }
            cachedTokens = tokens;
            cachedStatic = new List[tokens.length];
        }
        if (cachedStatic[index] == null) {
            List<String> own = new ArrayList<>(STATIC_FEATURES);
            staticFeatures(FeatureSink.collecting(own), cached, index);
            cachedStatic[index] = own;
        }
        return cachedStatic[index];
    }

    /**
     * Features of the words themselves: everything but the previous decisions, in the order the bundled model was
     * trained with (the perceptron's sums, so the trained weights, depend on it). The decoder gets the same features
     * in three parts ({@link #ownWordFeatures}, {@link #neighbourWordFeatures}, {@link #contextFeatures}) so it can
     * score the parts that depend on one token once per token; {@code BeamDecoderTest} checks both give the same
     * names.
     */
    static void staticFeatures(FeatureSink features, SentenceWords s, int index) {
        String stem = s.stem[index];
        String bare = s.bare[index];
        features.add("w=", s.norm[index]);
        features.add("s=", stem);
        features.add("b=", bare);
        features.add("cl=", s.clitic[index]);
        features.add("sh=", s.shape[index]);
        features.add("gp=", s.place[index]);
        features.add("gn=", s.name[index]);
        features.add("gp,gn=", s.place[index], s.name[index]);
        features.add("gp,cl=", s.place[index], s.clitic[index]);
        features.add("gn,cl=", s.name[index], s.clitic[index]);
        titleAndCueBefore(features, s, index);
        for (int n = 1; n <= MAX_AFFIX; n++) {
            if (bare.length() > n) {
                features.addPart(PREFIX_NAMES[n], bare, 0, n);
                features.addPart(SUFFIX_NAMES[n], bare, bare.length() - n, bare.length());
            }
        }
        features.add("len=", LENGTHS[Math.min(bare.length(), MAX_LENGTH)]);
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d == 0) {
                continue;
            }
            int j = index + d;
            boolean inside = j >= 0 && j < s.length();
            features.add(NEIGHBOUR_STEM[d + WINDOW], inside ? s.stem[j] : NONE);
            features.add(NEIGHBOUR_PLACE[d + WINDOW], inside ? s.place[j] : NONE);
            features.add(NEIGHBOUR_NAME[d + WINDOW], inside ? s.name[j] : NONE);
            if (Math.abs(d) == 1) {
                features.add(NEIGHBOUR_SHAPE[d + WINDOW], inside ? s.shape[j] : NONE);
                if (inside) {
                    String b = s.bare[j];
                    features.addPart(NEIGHBOUR_SUFFIX[d + WINDOW], b, Math.max(0, b.length() - 2), b.length());
                } else {
                    features.add(NEIGHBOUR_SUFFIX[d + WINDOW], NONE);
                }
            }
        }
        pairs(features, s, index);
        clusters(features, s, index);
        evidenceFeatures(features, s, index);
    }

    /**
     * A first pass's tags of the word and its neighbours and what it said of the word elsewhere in the document
     * ({@link SentenceWords#evidence}, {@link DocumentEvidence}); nothing for a model without a first pass.
     */
    static void evidenceFeatures(FeatureSink features, SentenceWords s, int index) {
        if (s.evidence == null) {
            return;
        }
        String[] values = s.evidence[index];
        for (int k = 0; k < EVIDENCE.length; k++) {
            features.add(EVIDENCE[k], values[k]);
        }
    }

    /** The word clusters of the word and of its neighbours within {@link #CLUSTER_WINDOW}. */
    private static void clusters(FeatureSink features, SentenceWords s, int index) {
        for (int d = -CLUSTER_WINDOW; d <= CLUSTER_WINDOW; d++) {
            int j = index + d;
            if (j >= 0 && j < s.length()) {
                clustersOf(features, s, j, d);
            } else {
                outsideClusters(features, d);
            }
        }
    }

    /** The clusters of the word at {@code j} as a feature of the position {@code d} words after it. */
    private static void clustersOf(FeatureSink features, SentenceWords s, int j, int d) {
        if (Math.abs(d) <= CLUSTER_WINDOW) {
            String[] c = s.cluster[j];
            for (int g = 0; g < CLUSTER_LEVELS; g++) {
                features.add(CLUSTER[d + WINDOW][g], c[g]);
            }
        }
    }

    private static void outsideClusters(FeatureSink features, int d) {
        if (Math.abs(d) <= CLUSTER_WINDOW) {
            for (int g = 0; g < CLUSTER_LEVELS; g++) {
                features.add(CLUSTER[d + WINDOW][g], NONE);
            }
        }
    }

    /**
     * The features of position {@code index} that depend on its token alone (its forms, affixes, shape, name-list
     * kind), so a decoder may score them once per distinct token.
     */
    static void ownWordFeatures(FeatureSink features, SentenceWords s, int index) {
        String bare = s.bare[index];
        features.add("w=", s.norm[index]);
        features.add("s=", s.stem[index]);
        features.add("b=", bare);
        features.add("cl=", s.clitic[index]);
        features.add("sh=", s.shape[index]);
        features.add("gn=", s.name[index]);
        features.add("gn,cl=", s.name[index], s.clitic[index]);
        for (int n = 1; n <= MAX_AFFIX; n++) {
            if (bare.length() > n) {
                features.addPart(PREFIX_NAMES[n], bare, 0, n);
                features.addPart(SUFFIX_NAMES[n], bare, bare.length() - n, bare.length());
            }
        }
        features.add("len=", LENGTHS[Math.min(bare.length(), MAX_LENGTH)]);
        clustersOf(features, s, index, 0);
    }

    /**
     * The features the word at {@code j} gives the position {@code d} words after it (before it if {@code d} is
     * negative); they depend on that token alone.
     */
    static void neighbourWordFeatures(FeatureSink features, SentenceWords s, int j, int d) {
        if (d == -1) {
            wordBeforeFeatures(features, s.stem[j]);
        }
        features.add(NEIGHBOUR_STEM[d + WINDOW], s.stem[j]);
        features.add(NEIGHBOUR_NAME[d + WINDOW], s.name[j]);
        if (Math.abs(d) == 1) {
            features.add(NEIGHBOUR_SHAPE[d + WINDOW], s.shape[j]);
            String b = s.bare[j];
            features.addPart(NEIGHBOUR_SUFFIX[d + WINDOW], b, Math.max(0, b.length() - 2), b.length());
        }
        clustersOf(features, s, j, d);
    }

    /** What {@link #neighbourWordFeatures} gives for a neighbour outside the sentence. */
    static void outsideNeighbourFeatures(FeatureSink features, int d) {
        features.add(NEIGHBOUR_STEM[d + WINDOW], NONE);
        features.add(NEIGHBOUR_NAME[d + WINDOW], NONE);
        if (Math.abs(d) == 1) {
            features.add(NEIGHBOUR_SHAPE[d + WINDOW], NONE);
            features.add(NEIGHBOUR_SUFFIX[d + WINDOW], NONE);
        }
        outsideClusters(features, d);
    }

    /**
     * The features of position {@code index} that combine it with its surroundings (place phrases, pairs); the word
     * before's title and cue features are among its {@link #neighbourWordFeatures}. A decoder may score the parts
     * apart: {@link #placeFeatures} (a token and its own place value), {@link #neighbourPlaceFeature} (one value of
     * a few) and {@link #positionFeatures} (the rest).
     */
    static void contextFeatures(FeatureSink features, SentenceWords s, int index) {
        placeFeatures(features, s.place[index], s.name[index], s.clitic[index]);
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d != 0) {
                int j = index + d;
                neighbourPlaceFeature(features, d, j >= 0 && j < s.length() ? s.place[j] : NONE);
            }
        }
        positionFeatures(features, s, index);
    }

    /** The word's place-list value, alone and with its name-list kind and its clitic. */
    static void placeFeatures(FeatureSink features, String place, String name, String clitic) {
        features.add("gp=", place);
        features.add("gp,gn=", place, name);
        features.add("gp,cl=", place, clitic);
    }

    /** The place-list value of the neighbour {@code d} words away ({@link #NONE} outside the sentence). */
    static void neighbourPlaceFeature(FeatureSink features, int d, String place) {
        features.add(NEIGHBOUR_PLACE[d + WINDOW], place);
    }

    /** The features that depend on the position itself: word pairs and document evidence. */
    static void positionFeatures(FeatureSink features, SentenceWords s, int index) {
        pairs(features, s, index);
        evidenceFeatures(features, s, index);
    }

    /** Whether the word before is a person title, and whether it is a place cue. */
    private static void titleAndCueBefore(FeatureSink features, SentenceWords s, int index) {
        if (index > 0) {
            wordBeforeFeatures(features, s.stem[index - 1]);
        }
    }

    /** The title and cue features a word gives the word after it. */
    private static void wordBeforeFeatures(FeatureSink features, String stemBefore) {
        features.add("title-1=", String.valueOf(NameRules.PERSON_TITLES.contains(stemBefore)));
        features.add("cue-1=", String.valueOf(NameRules.PLACE_CUES.contains(stemBefore)));
    }

    /** The stem with each neighbour's stem, and the name-list kinds of the three words. */
    private static void pairs(FeatureSink features, SentenceWords s, int index) {
        String stem = s.stem[index];
        String left = index > 0 ? s.stem[index - 1] : NONE;
        String right = index + 1 < s.length() ? s.stem[index + 1] : NONE;
        features.add("s-1,s=", left, stem);
        features.add("s,s+1=", stem, right);
        features.add(
                "gn-1,gn,gn+1=",
                index > 0 ? s.name[index - 1] : NONE,
                s.name[index],
                index + 1 < s.length() ? s.name[index + 1] : NONE);
    }

    /** Features of the decisions already taken for the previous two words ({@link #NONE} before the sentence). */
    static void decisionFeatures(FeatureSink features, SentenceWords s, int index, String prev, String prev2) {
        sequenceFeatures(features, prev, prev2);
        decisionWordFeatures(features, s, index, prev);
    }

    /** The part of {@link #decisionFeatures} that does not depend on the word. */
    static void sequenceFeatures(FeatureSink features, String prev, String prev2) {
        features.add("po=", prev);
        features.add("ppo=", prev2, prev);
    }

    /** The part of {@link #decisionFeatures} that pairs the previous decision with the word. */
    static void decisionWordFeatures(FeatureSink features, SentenceWords s, int index, String prev) {
        decisionTokenFeatures(features, s, index, prev);
        decisionPlaceFeature(features, s.place[index], prev);
    }

    /** The features of {@link #decisionWordFeatures} that depend on the token alone (a decoder may remember them). */
    static void decisionTokenFeatures(FeatureSink features, SentenceWords s, int index, String prev) {
        features.add("po,b=", prev, s.bare[index]);
        features.add("po,gn=", prev, s.name[index]);
    }

    /** The feature of {@link #decisionWordFeatures} that depends on the place phrase the word stands in. */
    static void decisionPlaceFeature(FeatureSink features, String place, String prev) {
        features.add("po,gp=", prev, place);
    }

    private static String[] named(String format) {
        String[] names = new String[2 * WINDOW + 1];
        for (int d = -WINDOW; d <= WINDOW; d++) {
            names[d + WINDOW] = String.format(java.util.Locale.ROOT, format, d);
        }
        return names;
    }
}

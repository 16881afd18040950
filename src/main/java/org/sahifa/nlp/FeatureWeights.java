package org.sahifa.nlp;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The perceptron's weights keyed by a 64-bit hash of each feature string, in an open-addressing table of primitive
 * keys. Looking a feature up this way needs neither the feature string nor a {@code HashMap} walk over string
 * objects, which is where decoding spent most of its time. With some 10^5 features and 64-bit keys a false match is
 * vanishingly unlikely; {@code BeamDecoderTest} compares the names found with OpenNLP's own decoder.
 */
final class FeatureWeights {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Keys never hash to this value: an empty slot. */
    private static final long EMPTY = 0;

    private final long[] keys;
    private final Context[] weights;
    private final int mask;

    FeatureWeights(Map<String, Context> byFeature) {
        int capacity = Integer.highestOneBit(Math.max(16, byFeature.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        weights = new Context[capacity];
        mask = capacity - 1;
        byFeature.forEach((feature, context) -> put(finish(mix(FNV_OFFSET, feature)), context));
    }

    private void put(long key, Context context) {
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        weights[slot] = context;
    }

    /** The weights of the feature with this hash, or null when the model never saw it. */
    Context get(long key) {
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return weights[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** FNV-1a over the characters of {@code text}, continuing from {@code hash}. */
    static long mix(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    static long mix(long hash, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    static long mix(long hash, char c) {
        return (hash ^ c) * FNV_PRIME;
    }

    static long start() {
        return FNV_OFFSET;
    }

    /** The key of a finished hash: never {@link #EMPTY}. */
    static long finish(long hash) {
        return hash == EMPTY ? 1 : hash;
    }

    /** A sink that adds the weights of each feature it receives to {@code scores} (one entry per outcome). */
    FeatureSink scoring(double[] scores) {
        return new FeatureSink() {
            @Override
            public void add(String prefix, String value) {
                score(finish(mix(mix(start(), prefix), value)));
            }

            @Override
            public void add(String prefix, String a, String b) {
                score(finish(mix(mix(mix(mix(start(), prefix), a), ','), b)));
            }

            @Override
            public void add(String prefix, String a, String b, String c) {
                score(finish(mix(mix(mix(mix(mix(mix(start(), prefix), a), ','), b), ','), c)));
            }

            @Override
            public void addPart(String prefix, String value, int from, int to) {
                score(finish(mix(mix(start(), prefix), value, from, to)));
            }

            private void score(long key) {
                Context c = get(key);
                if (c != null) {
                    int[] outcomes = c.getOutcomes();
                    double[] parameters = c.getParameters();
                    for (int k = 0; k < outcomes.length; k++) {
                        scores[outcomes[k]] += parameters[k];
                    }
                }
            }
        };
    }
}

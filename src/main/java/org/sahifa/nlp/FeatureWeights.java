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
    /** For each slot, where its feature's weights start in {@link #outcomes}/{@link #parameters}; -1 if empty. */
    private final int[] first;
    /** For each slot, how many outcomes its feature has weights for. */
    private final byte[] count;
    /** All features' (outcome, weight) pairs side by side, so a lookup touches few cache lines. */
    private final byte[] outcomes;
    private final double[] parameters;
    private final int mask;

    FeatureWeights(Map<String, Context> byFeature) {
        int capacity = Integer.highestOneBit(Math.max(16, byFeature.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        first = new int[capacity];
        count = new byte[capacity];
        mask = capacity - 1;
        int pairs = 0;
        for (Context c : byFeature.values()) {
            pairs += c.getOutcomes().length;
        }
        outcomes = new byte[pairs];
        parameters = new double[pairs];
        int next = 0;
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            long key = finish(mix(FNV_OFFSET, e.getKey()));
            int slot = slot(key);
            while (keys[slot] != EMPTY && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            first[slot] = next;
            count[slot] = (byte) os.length;
            for (int k = 0; k < os.length; k++) {
                if (os[k] > Byte.MAX_VALUE) {
                    throw new IllegalArgumentException("more outcomes than a byte holds: " + os[k]);
                }
                outcomes[next] = (byte) os[k];
                parameters[next++] = ps[k];
            }
        }
    }

    /** Adds the weights of the feature with this hash to {@code scores}; nothing if the model never saw it. */
    void addTo(long key, double[] scores) {
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                for (int k = first[slot], end = k + count[slot]; k < end; k++) {
                    scores[outcomes[k]] += parameters[k];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
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
                addTo(key, scores);
            }
        };
    }
}

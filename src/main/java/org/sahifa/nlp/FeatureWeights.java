package org.sahifa.nlp;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The perceptron's weights keyed by a 64-bit hash of each feature string, in an open-addressing table of primitive
 * keys. Looking a feature up this way needs neither the feature string nor a {@code HashMap} walk over string
 * objects, which is where decoding spent most of its time. With some 10^5 features and 64-bit keys a false match is
 * vanishingly unlikely; {@code BeamDecoderTest} compares the names found with OpenNLP's own decoder.
 *
 * <p>The hash of {@code "gp,gn=PLACE,-"} starts from a seed made of the Java hash code of its prefix {@code "gp,gn="}
 * (everything up to the first {@code '='}), then mixes the remaining characters with FNV-1a. Prefixes are string
 * constants whose hash code the JVM keeps, so decoding mixes only the value characters. The constructor checks that
 * no two prefixes of the model share a hash code.
 *
 * <p>Memory layout for few cache misses: each slot is two adjacent {@code long}s (key, then where its weights start
 * and how many there are), and each feature's weights are (outcome, weight) pairs side by side in one array.
 */
final class FeatureWeights {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Spreads a 32-bit prefix hash code over 64 bits (the golden-ratio constant). */
    private static final long SEED_MULTIPLIER = 0x9E3779B97F4A7C15L;
    /** Keys never hash to this value: an empty slot. */
    private static final long EMPTY = 0;
    /** Bits of a slot's second long that hold the number of outcomes; the rest is the start offset. */
    private static final int COUNT_BITS = 8;

    /** Two longs per slot: the key, then {@code start << COUNT_BITS | count}. */
    private final long[] table;
    /** Per feature, {@code count} pairs of (outcome index, weight). */
    private final double[] pairs;
    /** Slot mask (capacity - 1); slot {@code s} sits at {@code table[2s]}. */
    private final int mask;

    FeatureWeights(Map<String, Context> byFeature) {
        int capacity = Integer.highestOneBit(Math.max(16, byFeature.size() * 2 - 1)) << 1;
        table = new long[2 * capacity];
        mask = capacity - 1;
        int pairCount = 0;
        for (Context c : byFeature.values()) {
            pairCount += c.getOutcomes().length;
        }
        pairs = new double[2 * pairCount];
        Map<Integer, String> prefixes = new HashMap<>();
        int next = 0;
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            if (os.length >= 1 << COUNT_BITS) {
                throw new IllegalArgumentException("more outcomes than a slot records: " + os.length);
            }
            String feature = e.getKey();
            int prefixEnd = prefixEnd(feature);
            String prefix = feature.substring(0, prefixEnd);
            String clash = prefixes.putIfAbsent(prefix.hashCode(), prefix);
            if (clash != null && !clash.equals(prefix)) {
                throw new IllegalStateException("feature prefixes share a hash code: " + clash + " " + prefix);
            }
            long key = finish(mix(seed(prefix), feature, prefixEnd, feature.length()));
            int slot = slot(key);
            while (table[2 * slot] != EMPTY && table[2 * slot] != key) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            table[2 * slot + 1] = (long) next << COUNT_BITS | os.length;
            for (int k = 0; k < os.length; k++) {
                pairs[2 * next] = os[k];
                pairs[2 * next + 1] = ps[k];
                next++;
            }
        }
    }

    /** Where the prefix of a feature string ends: after its first {@code '='}, or the whole string. */
    private static int prefixEnd(String feature) {
        int eq = feature.indexOf('=');
        return eq < 0 ? feature.length() : eq + 1;
    }

    /** Adds the weights of the feature with this hash to {@code scores}; nothing if the model never saw it. */
    void addTo(long key, double[] scores) {
        int slot = slot(key);
        long k;
        while ((k = table[2 * slot]) != EMPTY) {
            if (k == key) {
                long where = table[2 * slot + 1];
                int from = (int) (where >>> COUNT_BITS) * 2;
                int end = from + 2 * (int) (where & ((1 << COUNT_BITS) - 1));
                for (int p = from; p < end; p += 2) {
                    scores[(int) pairs[p]] += pairs[p + 1];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** The hash a feature starts from: its prefix's (cached) Java hash code, spread. */
    static long seed(String prefix) {
        return FNV_OFFSET ^ (prefix.hashCode() * SEED_MULTIPLIER);
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

    /** The key of a finished hash: never {@link #EMPTY}. */
    static long finish(long hash) {
        return hash == EMPTY ? 1 : hash;
    }

    /**
     * A sink that adds the weights of each feature it receives to {@code scores} (one entry per outcome). Prefixes
     * must end with {@code '='} and hold no other, as every feature name of {@link ArabicFeatureGenerator} does.
     */
    FeatureSink scoring(double[] scores) {
        return new FeatureSink() {
            @Override
            public void add(String prefix, String value) {
                addTo(finish(mix(seed(prefix), value)), scores);
            }

            @Override
            public void add(String prefix, String a, String b) {
                addTo(finish(mix(mix(mix(seed(prefix), a), ','), b)), scores);
            }

            @Override
            public void add(String prefix, String a, String b, String c) {
                addTo(finish(mix(mix(mix(mix(mix(seed(prefix), a), ','), b), ','), c)), scores);
            }

            @Override
            public void addPart(String prefix, String value, int from, int to) {
                addTo(finish(mix(seed(prefix), value, from, to)), scores);
            }
        };
    }
}

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
 * <p>Memory layout for few cache misses: a slot is four adjacent {@code long}s, half a cache line: the key, a
 * description (the number of weights, the outcome indices of the first {@value #INLINE}, and where the others sit in
 * {@link #overflow} as (outcome, weight) pairs), then the first {@value #INLINE} weights. Two thirds of
 * the features have only two weights, so a lookup that finds its feature mostly touches one cache line.
 */
final class FeatureWeights {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Spreads a 32-bit prefix hash code over 64 bits (the golden-ratio constant). */
    private static final long SEED_MULTIPLIER = 0x9E3779B97F4A7C15L;
    /** Keys never hash to this value: an empty slot. */
    private static final long EMPTY = 0;
    /** Longs per slot: key, description, {@link #INLINE} weights. */
    private static final int SLOT_LONGS = 4;
    /** Weights kept in the slot itself. */
    private static final int INLINE = 2;
    /** A slot's description: bits 0-7 the number of weights, 8-15 and 16-23 the inline outcomes, then the offset. */
    private static final int BYTE = 8;
    private static final int MAX_WEIGHTS = (1 << BYTE) - 1;
    private static final int OVERFLOW_SHIFT = BYTE * (INLINE + 1);
    /** Highest share of slots in use. */
    private static final double MAX_LOAD = 0.65;

    /** {@link #SLOT_LONGS} longs per slot (weights as their {@code double} bits). */
    private final long[] table;
    /** (outcome, weight) pairs of each feature beyond its first {@link #INLINE} weights. */
    private final double[] overflow;
    /** Slot mask (capacity - 1). */
    private final int mask;

    FeatureWeights(Map<String, Context> byFeature) {
        int capacity = Integer.highestOneBit((int) Math.ceil(Math.max(16, byFeature.size()) / MAX_LOAD) - 1) << 1;
        table = new long[SLOT_LONGS * capacity];
        mask = capacity - 1;
        int overflowCount = 0;
        for (Context c : byFeature.values()) {
            overflowCount += Math.max(0, c.getOutcomes().length - INLINE);
        }
        overflow = new double[2 * overflowCount];
        Map<Integer, String> prefixes = new HashMap<>();
        int next = 0;
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            if (os.length > MAX_WEIGHTS) {
                throw new IllegalArgumentException("more weights than a slot describes: " + os.length);
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
            while (table[SLOT_LONGS * slot] != EMPTY && table[SLOT_LONGS * slot] != key) {
                slot = (slot + 1) & mask;
            }
            int at = SLOT_LONGS * slot;
            long description = (long) next << OVERFLOW_SHIFT | os.length;
            for (int k = 0; k < os.length; k++) {
                if (k < INLINE) {
                    if (os[k] > MAX_WEIGHTS) {
                        throw new IllegalArgumentException("outcome index beyond a slot's description: " + os[k]);
                    }
                    description |= (long) os[k] << (BYTE * (k + 1));
                    table[at + 2 + k] = Double.doubleToRawLongBits(ps[k]);
                } else {
                    overflow[2 * next] = os[k];
                    overflow[2 * next + 1] = ps[k];
                    next++;
                }
            }
            table[at] = key;
            table[at + 1] = description;
        }
    }

    /** Where the prefix of a feature string ends: after its first {@code '='}, or the whole string. */
    private static int prefixEnd(String feature) {
        int eq = feature.indexOf('=');
        return eq < 0 ? feature.length() : eq + 1;
    }

    /** Adds the weights of the feature with this hash to {@code scores}; nothing if the model never saw it. */
    void addTo(long key, double[] scores) {
        int at = SLOT_LONGS * slot(key);
        long k;
        while ((k = table[at]) != EMPTY) {
            if (k == key) {
                long description = table[at + 1];
                int count = (int) (description & MAX_WEIGHTS);
                for (int w = 0; w < Math.min(count, INLINE); w++) {
                    int outcome = (int) (description >>> (BYTE * (w + 1))) & MAX_WEIGHTS;
                    scores[outcome] += Double.longBitsToDouble(table[at + 2 + w]);
                }
                int from = 2 * (int) (description >>> OVERFLOW_SHIFT);
                for (int p = from, end = from + 2 * (count - INLINE); p < end; p += 2) {
                    scores[(int) overflow[p]] += overflow[p + 1];
                }
                return;
            }
            at = (at + SLOT_LONGS) & (SLOT_LONGS * mask + SLOT_LONGS - 1);
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

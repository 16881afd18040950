package org.sahifa.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The perceptron's weights keyed by a 64-bit hash of each feature string, in an open-addressing table of primitive
 * keys. Looking a feature up this way needs neither the feature string nor a {@code HashMap} walk over string
 * objects, which is where decoding spent most of its time. {@code BeamDecoderTest} compares the names found with
 * OpenNLP's own decoder.
 *
 * <p>The hash of {@code "gp,gn=PLACE,-"} starts from a seed made of the Java hash code of its prefix {@code "gp,gn="}
 * (everything up to the first {@code '='}), then mixes the remaining characters with FNV-1a. Prefixes are string
 * constants whose hash code the JVM keeps, so decoding mixes only the value characters. The constructor checks that
 * no two prefixes of the model share a hash code.
 *
 * <p>Memory layout for few cache misses: a slot is two adjacent {@code long}s, a quarter of a cache line. The first
 * holds the key's upper {@value #KEY_BITS} bits and, in the bits below, a description: the number of weights and the
 * outcome indices of the first {@value #INLINE}. The second holds those {@value #INLINE} weights as {@code float}s, or,
 * for a feature with more, where its (outcome, weight) pairs start in {@link #overflowOutcomes} and
 * {@link #overflowWeights}. Two thirds of the features have at most two weights, and the whole table of the bundled
 * model is 2 MB (half what {@code double} weights in four-long slots took), so a lookup mostly touches one cache line
 * of a table that stays closer to the processor. Weights rounded to {@code float} change no name on the development
 * split ({@code BeamDecoderTest}). With some 10^5 features and {@value #KEY_BITS}-bit keys beside the slot index, a
 * false match is vanishingly unlikely.
 */
final class FeatureWeights {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Spreads a 32-bit prefix hash code over 64 bits (the golden-ratio constant). */
    private static final long SEED_MULTIPLIER = 0x9E3779B97F4A7C15L;
    /** A slot whose first long is this is empty (a used slot's description is never zero). */
    private static final long EMPTY = 0;
    /** Longs per slot: key with description, weights. */
    private static final int SLOT_LONGS = 2;
    /** Weights kept in the slot itself. */
    private static final int INLINE = 2;
    /** Bits of the description: the number of weights, then the {@link #INLINE} outcomes, {@link #FIELD} bits each. */
    private static final int FIELD = 7;

    private static final int MAX_FIELD = (1 << FIELD) - 1;
    private static final int DESCRIPTION_BITS = FIELD * (INLINE + 1);
    private static final long DESCRIPTION_MASK = (1L << DESCRIPTION_BITS) - 1;
    /** Bits of the key kept in a slot. */
    static final int KEY_BITS = Long.SIZE - DESCRIPTION_BITS;
    /** Highest share of slots in use. */
    private static final double MAX_LOAD = 0.65;

    /** {@link #SLOT_LONGS} longs per slot. */
    private final long[] table;
    /** Outcome and weight of each feature's weights beyond the slot's, for features with more than {@link #INLINE}. */
    private final byte[] overflowOutcomes;

    private final float[] overflowWeights;
    /** Slot mask (capacity - 1). */
    private final int mask;

    FeatureWeights(Map<String, Context> byFeature) {
        int capacity = Integer.highestOneBit((int) Math.ceil(Math.max(16, byFeature.size()) / MAX_LOAD) - 1) << 1;
        table = new long[SLOT_LONGS * capacity];
        mask = capacity - 1;
        int overflowCount = 0;
        for (Context c : byFeature.values()) {
            int count = c.getOutcomes().length;
            overflowCount += count > INLINE ? count : 0;
        }
        overflowOutcomes = new byte[overflowCount];
        overflowWeights = new float[overflowCount];
        Map<Integer, String> prefixes = new HashMap<>();
        int next = 0;
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            if (os.length == 0) {
                continue;
            }
            if (os.length > MAX_FIELD) {
                throw new IllegalArgumentException("more weights than a slot describes: " + os.length);
            }
            String feature = e.getKey();
            int prefixEnd = prefixEnd(feature);
            String prefix = feature.substring(0, prefixEnd);
            String clash = prefixes.putIfAbsent(prefix.hashCode(), prefix);
            if (clash != null && !clash.equals(prefix)) {
                throw new IllegalStateException("feature prefixes share a hash code: " + clash + " " + prefix);
            }
            long key = mix(seed(prefix), feature, prefixEnd, feature.length());
            int slot = slot(key);
            while (table[SLOT_LONGS * slot] != EMPTY) {
                if ((table[SLOT_LONGS * slot] & ~DESCRIPTION_MASK) == (key & ~DESCRIPTION_MASK)) {
                    throw new IllegalStateException("two features share a key: " + feature);
                }
                slot = (slot + 1) & mask;
            }
            long description = os.length;
            long weights = 0;
            if (os.length <= INLINE) {
                for (int k = 0; k < os.length; k++) {
                    if (os[k] > MAX_FIELD) {
                        throw new IllegalArgumentException("outcome index beyond a slot's description: " + os[k]);
                    }
                    description |= (long) os[k] << (FIELD * (k + 1));
                    weights |= (Float.floatToRawIntBits((float) ps[k]) & 0xFFFF_FFFFL) << (Integer.SIZE * k);
                }
            } else {
                weights = next;
                for (int k = 0; k < os.length; k++) {
                    overflowOutcomes[next] = (byte) os[k];
                    overflowWeights[next] = (float) ps[k];
                    next++;
                }
            }
            table[SLOT_LONGS * slot] = key & ~DESCRIPTION_MASK | description;
            table[SLOT_LONGS * slot + 1] = weights;
        }
    }

    private FeatureWeights(long[] table, byte[] overflowOutcomes, float[] overflowWeights) {
        this.table = table;
        this.overflowOutcomes = overflowOutcomes;
        this.overflowWeights = overflowWeights;
        this.mask = table.length / SLOT_LONGS - 1;
    }

    /** Writes the table as {@link #read} reads it back (a model's compact weights file). */
    void write(DataOutputStream out) throws IOException {
        ByteBuffer words = ByteBuffer.allocate(Long.BYTES * table.length);
        words.asLongBuffer().put(table);
        out.writeInt(table.length);
        out.write(words.array());
        ByteBuffer weights = ByteBuffer.allocate(Float.BYTES * overflowWeights.length);
        weights.asFloatBuffer().put(overflowWeights);
        out.writeInt(overflowWeights.length);
        out.write(overflowOutcomes);
        out.write(weights.array());
    }

    /** Reads a table written by {@link #write}. */
    static FeatureWeights read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < SLOT_LONGS || Integer.bitCount(length / SLOT_LONGS) != 1 || length % SLOT_LONGS != 0) {
            throw new IOException("not a weight table: " + length + " longs");
        }
        byte[] words = new byte[Long.BYTES * length];
        in.readFully(words);
        long[] table = new long[length];
        ByteBuffer.wrap(words).asLongBuffer().get(table);
        int overflow = in.readInt();
        byte[] outcomes = new byte[overflow];
        in.readFully(outcomes);
        byte[] weightBytes = new byte[Float.BYTES * overflow];
        in.readFully(weightBytes);
        float[] weights = new float[overflow];
        ByteBuffer.wrap(weightBytes).asFloatBuffer().get(weights);
        return new FeatureWeights(table, outcomes, weights);
    }

    /** Where the prefix of a feature string ends: after its first {@code '='}, or the whole string. */
    private static int prefixEnd(String feature) {
        int eq = feature.indexOf('=');
        return eq < 0 ? feature.length() : eq + 1;
    }

    /** Adds the weights of the feature with this hash to {@code scores}; nothing if the model never saw it. */
    void addTo(long key, double[] scores) {
        long tag = key & ~DESCRIPTION_MASK;
        int at = SLOT_LONGS * slot(key);
        long stored;
        while ((stored = table[at]) != EMPTY) {
            if ((stored & ~DESCRIPTION_MASK) == tag) {
                int count = (int) (stored & MAX_FIELD);
                long weights = table[at + 1];
                if (count <= INLINE) {
                    scores[(int) (stored >>> FIELD) & MAX_FIELD] += Float.intBitsToFloat((int) weights);
                    if (count == INLINE) {
                        scores[(int) (stored >>> (2 * FIELD)) & MAX_FIELD] +=
                                Float.intBitsToFloat((int) (weights >>> Integer.SIZE));
                    }
                } else {
                    for (int p = (int) weights, end = p + count; p < end; p++) {
                        scores[overflowOutcomes[p]] += overflowWeights[p];
                    }
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

    /**
     * A sink that adds the weights of each feature it receives to {@code scores} (one entry per outcome). Prefixes
     * must end with {@code '='} and hold no other, as every feature name of {@link ArabicFeatureGenerator} does.
     */
    FeatureSink scoring(double[] scores) {
        return new FeatureSink() {
            @Override
            public void add(String prefix, String value) {
                addTo(mix(seed(prefix), value), scores);
            }

            @Override
            public void add(String prefix, String a, String b) {
                addTo(mix(mix(mix(seed(prefix), a), ','), b), scores);
            }

            @Override
            public void add(String prefix, String a, String b, String c) {
                addTo(mix(mix(mix(mix(mix(seed(prefix), a), ','), b), ','), c), scores);
            }

            @Override
            public void addPart(String prefix, String value, int from, int to) {
                addTo(mix(seed(prefix), value, from, to), scores);
            }
        };
    }
}

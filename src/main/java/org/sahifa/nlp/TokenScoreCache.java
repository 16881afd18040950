package org.sahifa.nlp;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The summed weights of the features that depend on a token alone, remembered per token so a frequent word («في»,
 * «الرئيس») is scored once rather than at every occurrence: its own features
 * ({@link ArabicFeatureGenerator#ownWordFeatures}), what it gives each neighbour
 * ({@link ArabicFeatureGenerator#neighbourWordFeatures}) and, filled in as the beam meets them, the features that pair
 * it with each previous decision ({@link ArabicFeatureGenerator#decisionTokenFeatures} and OpenNLP's own two).
 *
 * <p>Bounded: {@value #SLOTS} {@link TokenSlots}. Thread-safe without locks: an entry's vectors are fully built
 * before it is stored, and its decision vectors are published through an {@link AtomicReferenceArray}.
 */
final class TokenScoreCache {
    /** Slots (a power of two); about 3 MB when full with the 9 outcomes of the bundled model (estimated). */
    static final int SLOTS = 4096;

    /** What is remembered of one token. */
    static final class Entry {
        final String token;
        /** Index 0: the token's own features; then one vector per neighbour offset (see {@link #role}). */
        final double[][] vectors;
        /** By previous decision + 1 (0: the sentence start): the features pairing it with this token, or null. */
        final AtomicReferenceArray<double[]> decisions;
        /**
         * By index in {@link SentenceWords#PLACE_VALUES}: the token's place features with that value
         * ({@link ArabicFeatureGenerator#placeFeatures}), or null until the token is met with it.
         */
        final AtomicReferenceArray<double[]> places = new AtomicReferenceArray<>(SentenceWords.PLACE_VALUES.length);

        Entry(String token, double[][] vectors, int previousDecisions) {
            this.token = token;
            this.vectors = vectors;
            this.decisions = new AtomicReferenceArray<>(previousDecisions);
        }
    }

    private final TokenSlots<Entry> slots = new TokenSlots<>(SLOTS);

    /** Index of the vector for a neighbour {@code d} words away (d ≠ 0, |d| ≤ window); 0 is the token's own. */
    static int role(int d) {
        return d < 0 ? d + ArabicFeatureGenerator.WINDOW + 1 : d + ArabicFeatureGenerator.WINDOW;
    }

    /** Number of vectors per token: its own and one per neighbour offset. */
    static int roles() {
        return 2 * ArabicFeatureGenerator.WINDOW + 1;
    }

    /** The entry remembered for {@code token}, or null. */
    Entry get(String token) {
        return slots.get(token);
    }

    /** Remembers {@code entry} (its vectors not to be changed afterwards). */
    void put(Entry entry) {
        slots.put(entry.token, entry);
    }
}

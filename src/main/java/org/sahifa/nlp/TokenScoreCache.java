package org.sahifa.nlp;

/**
 * The summed weights of the features that depend on a token alone ({@link ArabicFeatureGenerator#ownWordFeatures}
 * and, for each neighbour offset, {@link ArabicFeatureGenerator#neighbourWordFeatures}), remembered per token so a
 * frequent word («في», «الرئيس») is scored once rather than at every occurrence.
 *
 * <p>Direct-mapped and bounded: {@value #SLOTS} slots chosen by the token's hash code, a newer token replacing an
 * older one in its slot. Thread-safe without locks: an entry is immutable and fully built before it is stored, and a
 * reader that sees no entry or another token's entry just scores the token itself.
 */
final class TokenScoreCache {
    /** Slots (a power of two); about 1.6 MB when full with the 9 outcomes of the bundled model. */
    static final int SLOTS = 4096;

    /** One token's vectors: index 0 its own features, then one per neighbour offset (see {@link #role}). */
    private record Entry(String token, double[][] vectors) {
    }

    private final Entry[] slots = new Entry[SLOTS];

    /** Index of the vector for a neighbour {@code d} words away (d ≠ 0, |d| ≤ window); 0 is the token's own. */
    static int role(int d) {
        return d < 0 ? d + ArabicFeatureGenerator.WINDOW + 1 : d + ArabicFeatureGenerator.WINDOW;
    }

    /** Number of vectors per token: its own and one per neighbour offset. */
    static int roles() {
        return 2 * ArabicFeatureGenerator.WINDOW + 1;
    }

    /** The vectors remembered for {@code token}, or null. */
    double[][] get(String token) {
        Entry e = slots[slot(token)];
        return e != null && e.token().equals(token) ? e.vectors() : null;
    }

    /** Remembers {@code vectors} (not to be changed afterwards) for {@code token}. */
    void put(String token, double[][] vectors) {
        slots[slot(token)] = new Entry(token, vectors);
    }

    private static int slot(String token) {
        int h = token.hashCode();
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}

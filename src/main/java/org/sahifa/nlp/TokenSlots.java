package org.sahifa.nlp;

/**
 * A small, bounded memo from token to value: direct-mapped slots chosen by the token's hash code, a newer token
 * replacing an older one in its slot. Thread-safe without locks: a slot holds an immutable pair whose value is fully
 * built before it is stored, and a reader that finds no pair or another token's pair just computes the value itself.
 *
 * @param <V> what is remembered per token
 */
final class TokenSlots<V> {
    private record Slot<V>(String token, V value) {}

    private final Slot<V>[] slots;

    /** @param size number of slots, a power of two */
    @SuppressWarnings("unchecked")
    TokenSlots(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + size);
        }
        slots = new Slot[size];
    }

    /** The value remembered for {@code token}, or null. */
    V get(String token) {
        Slot<V> slot = slots[index(token)];
        return slot != null && slot.token().equals(token) ? slot.value() : null;
    }

    /** Remembers {@code value} (not to be changed afterwards) for {@code token}. */
    void put(String token, V value) {
        slots[index(token)] = new Slot<>(token, value);
    }

    private int index(String token) {
        int h = token.hashCode();
        return (h ^ (h >>> 16)) & (slots.length - 1);
    }
}

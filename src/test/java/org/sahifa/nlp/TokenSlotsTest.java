package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link TokenSlots}: a token finds its own value, never another token's. */
class TokenSlotsTest {
    @Test
    void aTokenFindsItsValueAndNeverAnotherTokensInTheSameSlot() {
        TokenSlots<String> slots = new TokenSlots<>(1);
        assertNull(slots.get("في"));
        slots.put("في", "first");
        assertEquals("first", slots.get("في"));
        slots.put("من", "second");
        assertNull(slots.get("في"), "the newer token took the only slot");
        assertEquals("second", slots.get("من"));
    }

    @Test
    void theSizeIsAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new TokenSlots<String>(3000));
    }
}

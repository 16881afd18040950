package org.sahifa.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text written without a byte-order mark by where its zero bytes fall.
 *
 * <p>Every character below U+0100 (markup, digits, spaces, line ends, «») has a zero high byte,
 * so UTF-16 text has zero bytes in one parity of position and almost none in the other. Latin
 * text has them in about every other byte; Arabic (U+06xx) only at its spaces and punctuation, so
 * the share is low, but the high bytes then take very few values (0x06 and 0x00, some 0x20 for
 * marks like U+200F). Binary data has its zero bytes in both parities and its other bytes spread.
 */
public final class Utf16Pattern {
    /** How many leading bytes are looked at. */
    static final int SCAN_BYTES = 4096;
    /** Share of zero high bytes that marks UTF-16 on its own (Latin text). */
    static final double LATIN_ZERO_SHARE = 0.4;
    /** Smallest share of zero high bytes for text of another script (spaces between words). */
    static final double MIN_ZERO_SHARE = 0.02;
    /** The zero bytes of the other parity may be at most this fraction of the high-byte zeros. */
    static final double MAX_OTHER_PARITY_ZEROS = 1.0 / 8;
    /** Share of the high bytes taken by their two most frequent values in text of one script. */
    static final double MIN_HIGH_BYTE_CONCENTRATION = 0.9;

    private Utf16Pattern() {}

    /** {@code UTF-16LE} or {@code UTF-16BE} when the start of {@code bytes} reads as UTF-16 without a BOM, else null. */
    public static Charset detect(byte[] bytes) {
        int n = Math.min(bytes.length, SCAN_BYTES) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        boolean littleEndian = oddZeros > evenZeros; // high bytes in odd positions
        int highZeros = Math.max(evenZeros, oddZeros);
        int otherZeros = Math.min(evenZeros, oddZeros);
        int pairs = n / 2;
        if (highZeros < 2 || highZeros < MIN_ZERO_SHARE * pairs || otherZeros > MAX_OTHER_PARITY_ZEROS * highZeros) {
            return null;
        }
        Charset charset = littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        if (highZeros >= LATIN_ZERO_SHARE * pairs) {
            return charset;
        }
        return highBytesConcentrated(bytes, n, littleEndian ? 1 : 0) ? charset : null;
    }

    /** True when the two most frequent values of the bytes at {@code offset}, {@code offset + 2}, … cover most of them. */
    private static boolean highBytesConcentrated(byte[] bytes, int n, int offset) {
        int[] counts = new int[256];
        for (int i = offset; i < n; i += 2) {
            counts[bytes[i] & 0xFF]++;
        }
        int first = 0;
        int second = 0;
        for (int c : counts) {
            if (c > first) {
                second = first;
                first = c;
            } else if (c > second) {
                second = c;
            }
        }
        return first + second >= MIN_HIGH_BYTE_CONCENTRATION * (n / 2);
    }
}

package org.sahifa.extract;

/**
 * Counts the well-formed and the malformed multi-byte sequences of bytes read as UTF-8, so that a
 * UTF-8 page with a few stray bytes (a byte cut from a character, a legacy byte pasted in) is still
 * read as UTF-8. Text in a legacy single-byte charset has almost no well-formed sequences: its
 * bytes above 0x7F are letters that rarely follow one another in the patterns UTF-8 requires.
 */
final class Utf8Validity {
    /** Share of well-formed multi-byte sequences from which bytes are read as UTF-8. */
    static final double MIN_VALID_SHARE = 0.999;

    private Utf8Validity() {}

    /** True when the bytes have multi-byte sequences and at least {@link #MIN_VALID_SHARE} of them are well formed. */
    static boolean isOverwhelminglyValid(byte[] bytes) {
        long valid = 0;
        long invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && valid >= MIN_VALID_SHARE * (valid + invalid);
    }

    /** The length of the well-formed sequence starting at {@code i} (RFC 3629: no overlongs, no surrogates), or 0. */
    static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length;
        int secondLow = 0x80;
        int secondHigh = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondLow = lead == 0xE0 ? 0xA0 : 0x80;
            secondHigh = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondLow = lead == 0xF0 ? 0x90 : 0x80;
            secondHigh = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < secondLow || second > secondHigh) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = b[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }
}

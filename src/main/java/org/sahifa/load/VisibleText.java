package org.sahifa.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether content has anything a reader could see. A file of only a byte-order mark, of NUL bytes,
 * of white space including no-break spaces, or of direction marks and other format characters
 * (U+200F, U+200B, U+FEFF…) holds no text, whatever its size.
 *
 * <p>The bytes are read as the byte-order mark says, else as UTF-16 when {@link Utf16Pattern} sees
 * it, else as UTF-8, else as windows-1256 (the legacy Arabic charset, where 0xA0 is a no-break space
 * and 0xFD/0xFE are the direction marks).
 */
public final class VisibleText {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private VisibleText() {}

    /** True when no character of {@code bytes} would be drawn. */
    public static boolean isAbsent(byte[] bytes) {
        return isAbsent(decode(bytes));
    }

    /** True when {@code text} has only white space, control and format characters. */
    public static boolean isAbsent(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (isVisible(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isVisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false; // includes U+00A0, U+202F and the other no-break spaces
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED;
    }

    private static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = Utf16Pattern.detect(b);
        if (utf16 != null) {
            return new String(b, utf16);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(b, WINDOWS_1256);
        }
    }
}

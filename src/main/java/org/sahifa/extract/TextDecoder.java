package org.sahifa.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.sahifa.load.RawDocument;

/**
 * Decodes plain-text and Markdown bytes: a byte-order mark first, then the declared charset,
 * then strict UTF-8, then windows-1256 (the usual legacy encoding of Arabic text files).
 */
public final class TextDecoder {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private TextDecoder() {
    }

    public static String decode(RawDocument doc) {
        byte[] b = doc.bytes();
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = charsetOrNull(doc.declaredCharset());
        if (declared != null) {
            String strict = strictDecode(b, declared);
            if (strict != null) {
                return strict;
            }
        }
        String utf8 = strictDecode(b, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : new String(b, WINDOWS_1256);
    }

    /** The text when every byte decodes cleanly, otherwise null. */
    static String strictDecode(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}

package org.sahifa.extract;

import org.sahifa.load.RawDocument;

/** Decodes plain-text and Markdown bytes with the charset {@link CharsetSniffer} decides (BOM, declared, detected). */
public final class TextDecoder {
    private TextDecoder() {}

    public static String decode(RawDocument doc) {
        return CharsetSniffer.decode(doc.bytes(), doc.declaredCharset(), false);
    }
}

package org.sahifa.text;

import java.text.Normalizer;

/**
 * Cleans text as it enters Sahifa: Unicode NFC, invisible format characters removed, white space folded.
 *
 * <p>JavaFX draws most invisible format characters (ZWSP, ZWNJ, ZWJ, RLM, ALM, bidi embeddings and
 * isolates, soft hyphen, BOM) as visible boxes with Arabic fonts (see docs: JavaFX Arabic notes, bug 4).
 * They carry no meaning once each paragraph gets its own base direction, so they are dropped;
 * a zero-width space, which separates words, becomes a plain space.
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    /** NFC, format characters handled, runs of white space folded to one space, trimmed. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\u200B' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (isInvisibleFormat(c)) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Format characters that render as boxes in JavaFX and are dropped on import. */
    static boolean isInvisibleFormat(char c) {
        return switch (c) {
            case '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u00AD', '\uFEFF', '\u2060',
                 '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                 '\u2066', '\u2067', '\u2068', '\u2069' -> true;
            default -> Character.getType(c) == Character.CONTROL;
        };
    }
}

package org.sahifa.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;

/**
 * Cleans text as it enters Sahifa: Unicode NFC, invisible format characters removed, white space folded.
 *
 * <p>JavaFX draws most invisible format characters (ZWSP, ZWNJ, ZWJ, RLM, ALM, bidi embeddings and
 * isolates, soft hyphen, BOM) as visible boxes with Arabic fonts (see docs: JavaFX Arabic notes, bug 4).
 * What they mean is kept where it matters and they are dropped otherwise:
 * <ul>
 *   <li>a zero-width space separates words, so it becomes a plain space;</li>
 *   <li>bidi marks, embeddings and isolates carry nothing once each block gets its own base direction;</li>
 *   <li>a ZWNJ between two letters is kept: it is the Persian half-space («می‌خواهم») and keeps letters
 *       apart that would otherwise join; {@link DisplayText} draws it as a narrow no-break space;</li>
 *   <li>a ZWJ between letters only forces a join the letters make anyway, so it is dropped;</li>
 *   <li>a ZWJ at the edge of an Arabic word asks for a joined form where no neighbour joins («ه‍» for the Hijri
 *       year, «‍ه‍» for a letter quoted in its medial form); it becomes a tatweel, which shows the same form;</li>
 *   <li>a ZWJ between emoji (👨‍👩‍👧) and the visible format characters of Arabic (the number sign
 *       U+0600..U+0605, the end-of-ayah U+06DD) and emoji tags are kept.</li>
 * </ul>
 * Other white space (no-break spaces, line and paragraph separators, tabs) folds to one space.
 */
public final class TextCleaner {
    private static final int ZERO_WIDTH_SPACE = 0x200B;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final char TATWEEL = '\u0640';

    private TextCleaner() {}

    /** NFC, format characters handled, runs of white space folded to one space, trimmed; null gives "". */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == ZERO_WIDTH_SPACE || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
            } else if (cp == ZERO_WIDTH_JOINER && asksForJoinedForm(pendingSpace ? null : out, nfc, next)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(TATWEEL);
            } else if (!isInvisibleFormat(cp)
                    || cp == ZERO_WIDTH_JOINER && joinsEmoji(out, nfc, next)
                    || cp == ZERO_WIDTH_NON_JOINER && !pendingSpace && separatesLetters(out, nfc, next)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    /** Format and control characters that render as boxes in JavaFX and are dropped on import. */
    static boolean isInvisibleFormat(int cp) {
        if (cp >= 0x0600 && cp <= 0x0605 || cp == 0x06DD || cp == 0x08E2 || cp == 0x070F) {
            return false; // Arabic signs that are drawn (number sign, end of ayah)
        }
        if (cp >= 0xE0020 && cp <= 0xE007F) {
            return false; // emoji tag sequences (subdivision flags)
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

    /** A ZWNJ with a letter on both sides (ignoring further format characters after it). */
    private static boolean separatesLetters(StringBuilder before, String text, int after) {
        if (before.length() == 0 || !Character.isLetter(before.codePointBefore(before.length()))) {
            return false;
        }
        int i = after;
        while (i < text.length() && isInvisibleFormat(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i < text.length() && Character.isLetter(text.codePointAt(i));
    }

    /**
     * A ZWJ after a letter that can join the next one, with no letter after it, or before a letter that can join the
     * previous one, with no letter before it (Unicode joining types D, and R or C on the side they join). {@code
     * before} is null when a space comes between it and the ZWJ.
     */
    private static boolean asksForJoinedForm(StringBuilder before, String text, int after) {
        int previous = before == null || before.length() == 0 ? -1 : before.codePointBefore(before.length());
        int following = after < text.length() ? text.codePointAt(after) : -1;
        boolean letterBefore = previous >= 0 && Character.isLetter(previous);
        boolean letterAfter = following >= 0 && Character.isLetter(following);
        if (letterBefore && !letterAfter) {
            return joinsForward(previous);
        }
        if (letterAfter && (!letterBefore || previous == TATWEEL)) {
            return joinsBackward(following);
        }
        return false;
    }

    private static boolean joinsForward(int cp) {
        int type = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    private static boolean joinsBackward(int cp) {
        int type = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
        return type == UCharacter.JoiningType.DUAL_JOINING
                || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** A ZWJ with an emoji (a symbol outside the BMP or a pictograph) on both sides. */
    private static boolean joinsEmoji(StringBuilder before, String text, int after) {
        if (before.length() == 0 || after >= text.length()) {
            return false;
        }
        int previous = before.codePointBefore(before.length());
        int following = text.codePointAt(after);
        return isEmojiPart(previous) && isEmojiPart(following);
    }

    private static boolean isEmojiPart(int cp) {
        return cp >= 0x1F000
                || cp >= 0x2600 && cp <= 0x27BF
                || cp == 0xFE0F
                || Character.getType(cp) == Character.OTHER_SYMBOL;
    }
}

package org.sahifa.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import org.sahifa.model.TextDirection;

/**
 * Direction of a piece of text from its own letters.
 *
 * <p>Counting strong letters rather than taking the first strong one (Unicode rule P2) keeps an
 * Arabic paragraph that opens with a Latin name right-to-left, e.g.
 * {@code "BBC قالت إن ..."} is {@link TextDirection#RTL}.
 */
public final class ScriptDirection {
    private ScriptDirection() {}

    /** RTL when right-to-left letters are at least as many as left-to-right ones; text with no letters gives {@code fallback}. */
    public static TextDirection of(CharSequence text, TextDirection fallback) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            switch (UCharacter.getDirection(cp)) {
                case UCharacterDirection.RIGHT_TO_LEFT, UCharacterDirection.RIGHT_TO_LEFT_ARABIC -> rtl++;
                case UCharacterDirection.LEFT_TO_RIGHT -> ltr++;
                default -> {}
            }
            i += Character.charCount(cp);
        }
        if (rtl == 0 && ltr == 0) {
            return fallback;
        }
        return rtl >= ltr ? TextDirection.RTL : TextDirection.LTR;
    }

    /** Direction of the text, right-to-left when it has no letters at all. */
    public static TextDirection of(CharSequence text) {
        return of(text, TextDirection.RTL);
    }

    /** Direction of the first strong letter (Unicode rule P2), or null when there is none. */
    public static TextDirection firstStrong(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            switch (UCharacter.getDirection(cp)) {
                case UCharacterDirection.RIGHT_TO_LEFT, UCharacterDirection.RIGHT_TO_LEFT_ARABIC -> {
                    return TextDirection.RTL;
                }
                case UCharacterDirection.LEFT_TO_RIGHT -> {
                    return TextDirection.LTR;
                }
                default -> {}
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** True when the text contains at least one Arabic-script letter. */
    public static boolean hasArabic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.ARABIC
                    && Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

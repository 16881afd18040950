package org.sahifa.quote;

/**
 * The quotation-mark characters Sahifa knows. Marks pair within a {@link Family}: an opening
 * {@code “} may close with {@code ”} or, in the German style {@code „…“}, a {@code “} may close {@code „}.
 */
final class QuoteMark {
    /** Marks that can pair with each other. */
    enum Family {
        DOUBLE_CURLY,
        GUILLEMET,
        SINGLE_GUILLEMET,
        SINGLE_CURLY,
        ASCII_DOUBLE,
        ASCII_SINGLE
    }

    /** What a glyph usually does when the characters around it do not decide. */
    enum Role {
        OPENS,
        CLOSES,
        EITHER
    }

    /**
     * «الحاسوب “شاهين 2″»: the double prime a publishing tool types for a closing {@code ”} right after a digit (in the
     * unlabelled news, 175 times, every one after a digit, 156 with a {@code “} open before it). A mark only there,
     * with a {@code “} open ({@link #isDoublePrimeMark}, {@code MarkScanner}); elsewhere (inches, seconds) it is no mark.
     */
    static final char DOUBLE_PRIME = '\u2033';

    private QuoteMark() {}

    /** True when the double prime at {@code i} stands for a closing mark: right after a digit or a Latin letter. */
    static boolean isDoublePrimeMark(String text, int i) {
        if (i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return Character.isDigit(before) || (before < 0x80 && Character.isLetter(before));
    }

    /** The family of {@code c}, or null when it is not a quotation mark. */
    static Family familyOf(char c) {
        if (c > '\u203A' || (c > '\u00BB' && c < '\u2018')) {
            return null;
        }
        return switch (c) {
            case '“', '”', '„', '‟', DOUBLE_PRIME -> Family.DOUBLE_CURLY;
            case '«', '»' -> Family.GUILLEMET;
            case '‹', '›' -> Family.SINGLE_GUILLEMET;
            case '‘', '’', '‚', '‛' -> Family.SINGLE_CURLY;
            case '"' -> Family.ASCII_DOUBLE;
            case '\'' -> Family.ASCII_SINGLE;
            default -> null;
        };
    }

    static Role usualRole(char c) {
        return switch (c) {
            case '“', '„', '‟', '«', '‹', '‘', '‚', '‛' -> Role.OPENS;
            case '”', '»', '›', '’', DOUBLE_PRIME -> Role.CLOSES;
            default -> Role.EITHER;
        };
    }

    /** Single-quote families, where a mark between two letters is an apostrophe, not a quotation mark. */
    static boolean isSingle(Family family) {
        return family == Family.SINGLE_CURLY || family == Family.ASCII_SINGLE;
    }
}

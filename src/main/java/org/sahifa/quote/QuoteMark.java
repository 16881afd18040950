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

    private QuoteMark() {}

    /** The family of {@code c}, or null when it is not a quotation mark. */
    static Family familyOf(char c) {
        if (c > '\u203A' || (c > '\u00BB' && c < '\u2018')) {
            return null;
        }
        return switch (c) {
            case '“', '”', '„', '‟' -> Family.DOUBLE_CURLY;
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
            case '”', '»', '›', '’' -> Role.CLOSES;
            default -> Role.EITHER;
        };
    }

    /** Single-quote families, where a mark between two letters is an apostrophe, not a quotation mark. */
    static boolean isSingle(Family family) {
        return family == Family.SINGLE_CURLY || family == Family.ASCII_SINGLE;
    }
}

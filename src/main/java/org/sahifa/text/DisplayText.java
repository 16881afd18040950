package org.sahifa.text;

/**
 * A block's text as shown, which may differ from the stored text: diacritics (tashkeel) hidden and
 * digits in one form. Keeps the mapping from stored offsets to shown ones, so that highlights,
 * mentions and quotations found in the stored text land on the right shown characters.
 *
 * <p>A ZWNJ stays in the shown text: the reading view draws the letters on either side as two pieces
 * that touch (the Persian half-space, issue 15 §2). Only {@link #forDrawing} replaces it, for short
 * labels drawn whole by JavaFX, which would show it as a box.
 */
public final class DisplayText {
    private final String shown;
    /** {@code toShown[i]} is where stored offset {@code i} falls in the shown text; one more entry than the stored length. */
    private final int[] toShown;

    private DisplayText(String shown, int[] toShown) {
        this.shown = shown;
        this.toShown = toShown;
    }

    private static final char ZWNJ = (char) TextCleaner.ZERO_WIDTH_NON_JOINER;
    /**
     * U+202F, for labels only: like the ZWNJ it keeps the letters on either side apart and never breaks
     * the line, and the bundled fonts draw it as a narrow gap instead of a box.
     */
    private static final char ZWNJ_SHOWN_AS = '\u202F';

    /** A short text as drawn whole by a label (a name in a list): the same character for character. */
    public static String forDrawing(String stored) {
        return stored == null ? null : stored.replace(ZWNJ, ZWNJ_SHOWN_AS);
    }

    public static DisplayText of(String stored, boolean hideDiacritics, DigitStyle digits) {
        StringBuilder out = new StringBuilder(stored.length());
        int[] map = new int[stored.length() + 1];
        for (int i = 0; i < stored.length(); i++) {
            map[i] = out.length();
            char c = stored.charAt(i);
            if (hideDiacritics && isDiacritic(c)) {
                continue;
            }
            out.append(convertDigit(c, digits));
        }
        map[stored.length()] = out.length();
        return new DisplayText(out.toString(), map);
    }

    /** The text unchanged. */
    public static DisplayText identity(String stored) {
        return of(stored, false, DigitStyle.AS_WRITTEN);
    }

    public String shown() {
        return shown;
    }

    /** Where a stored offset (0 to the stored length) falls in the shown text. */
    public int shownOffset(int storedOffset) {
        return toShown[Math.max(0, Math.min(storedOffset, toShown.length - 1))];
    }

    /** Arabic harakat, tanwin, shadda, sukun, dagger alef and Quranic marks: the marks a reader may hide. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06DC')
                || (c >= '\u06DF' && c <= '\u06E4')
                || c == '\u06E7'
                || c == '\u06E8'
                || (c >= '\u06EA' && c <= '\u06ED');
    }

    static char convertDigit(char c, DigitStyle style) {
        return switch (style) {
            case AS_WRITTEN -> c;
            case WESTERN ->
                c >= '\u0660' && c <= '\u0669'
                        ? (char) ('0' + (c - '\u0660'))
                        : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + (c - '\u06F0')) : c;
            case ARABIC_INDIC ->
                c >= '0' && c <= '9'
                        ? (char) ('\u0660' + (c - '0'))
                        : c >= '\u06F0' && c <= '\u06F9' ? (char) ('\u0660' + (c - '\u06F0')) : c;
        };
    }
}

package org.sahifa.ui;

/**
 * Article text (a name, a title) set inside an interface string, such as «كيم جونغ أون — 1 of 4».
 *
 * <p>Unicode's answer is to isolate it (FSI … PDI), but JavaFX draws U+2068 and U+2069 as 7 px boxes (measured with
 * a Text in Amiri and in the interface font, 14 px, JavaFX 21), while the directional marks U+200E and U+200F are
 * drawn zero-wide. So the text is closed on both sides by the mark of the interface's direction: the digits and
 * punctuation of the interface string then resolve in the interface's direction instead of joining the article
 * text's run («of 4 1 — كيم جونغ أون» was the result without them). {@code IsolatedTest} checks that the result
 * is drawn in the same order as FSI … PDI would give. Marks cannot give a mixed-direction text its own embedding:
 * a path that starts in Latin and holds an Arabic word («/tmp/مقال 2.txt») in an Arabic sentence is still ordered
 * by the sentence's direction inside.
 */
public final class Isolated {
    static final char LEFT_TO_RIGHT_MARK = '\u200E';
    static final char RIGHT_TO_LEFT_MARK = '\u200F';

    private Isolated() {}

    /** The article text between two marks of the interface's direction; null stays null. */
    public static String in(String articleText, I18n i18n) {
        if (articleText == null) {
            return null;
        }
        char mark = i18n.isRightToLeft() ? RIGHT_TO_LEFT_MARK : LEFT_TO_RIGHT_MARK;
        String own = ownMark(articleText, mark);
        return mark + own + articleText + own + mark;
    }

    /**
     * Inside the interface marks, the text's own direction (its first strong letter, as FSI would take it) when that
     * differs from the interface's: leading and trailing neutrals, such as the «/» of «/tmp/report.txt» in an Arabic
     * sentence, then stay with the text instead of taking the sentence's direction.
     */
    private static String ownMark(String text, char interfaceMark) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return interfaceMark == LEFT_TO_RIGHT_MARK ? "" : String.valueOf(LEFT_TO_RIGHT_MARK);
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return interfaceMark == RIGHT_TO_LEFT_MARK ? "" : String.valueOf(RIGHT_TO_LEFT_MARK);
            }
            i += Character.charCount(c);
        }
        return "";
    }
}

package org.sahifa.ui;

/**
 * Article text (a name, a title) set inside an interface string, such as «كيم جونغ أون — 1 of 4».
 *
 * <p>Unicode's answer is to isolate it (FSI … PDI), but JavaFX draws U+2068 and U+2069 as 7 px boxes (measured with
 * a Text in Amiri and in the interface font, 14 px, JavaFX 21), while the directional marks U+200E and U+200F are
 * drawn zero-wide. So the text is closed on both sides by the mark of the interface's direction: the digits and
 * punctuation of the interface string then resolve in the interface's direction instead of joining the article
 * text's run («of 4 1 — كيم جونغ أون» was the result without them).
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
        return mark + articleText + mark;
    }
}

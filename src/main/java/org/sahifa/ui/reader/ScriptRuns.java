package org.sahifa.ui.reader;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import org.sahifa.ui.AppFonts;

/**
 * Cuts a stretch of text of one bidi level into the pieces that are drawn as one {@code Text} each: a word (or part
 * of one) in a single font, or the white space between words.
 *
 * <ul>
 *   <li>A character the reading font lacks goes in a piece of its own script: JavaFX places the runs of one
 *       {@code Text} drawn by two fonts in the wrong order (notes, bug 1; issue 15). Symbols and emoji get the
 *       bundled symbol face; other scripts (Hebrew, Syriac, Thaana, Devanagari, CJK…) keep the reading font, from
 *       which JavaFX falls back to one system font for the whole piece.</li>
 *   <li>White space is never drawn: it is a gap of its measured width, which justification widens.</li>
 *   <li>A ZWNJ ends a piece: the letters on either side take their unjoined forms and touch, with no gap (the
 *       Persian half-space). JavaFX would draw it as a box.</li>
 *   <li>Other invisible format characters (ZWJ, bidi marks, variation selectors…) stay inside their piece's range
 *       but are not drawn, for the same reason.</li>
 * </ul>
 */
final class ScriptRuns {
    static final int ZWNJ = 0x200C;
    /** Face keys besides the script codes of fallback pieces (which are 0 and up). */
    private static final int NO_FACE = -1;

    private static final int READING_FACE = -2;
    private static final int SYMBOL_FACE = -3;
    private static final int SPACE = -4;
    private static final Map<Double, Font> SYMBOL_FONTS = new ConcurrentHashMap<>();

    private ScriptRuns() {}

    /**
     * A piece: {@code [start, end)} of the text, what is drawn of it, in which font; white space when {@code space};
     * {@code readingFace} when the reading font's own glyphs draw all of it.
     */
    record Piece(int start, int end, String drawn, Font font, boolean space, boolean readingFace) {
        /** Where offset {@code offset} of the text (within the piece) falls in {@link #drawn()}. */
        int drawnOffset(CharSequence text, int offset) {
            int drawnChars = 0;
            for (int i = start; i < offset && i < end; i++) {
                if (!isUndrawn(text, i)) {
                    drawnChars++;
                }
            }
            return drawnChars;
        }
    }

    /** The pieces of {@code text[start, end)}, in logical order, for a paragraph in {@code font}. */
    static List<Piece> split(CharSequence text, int start, int end, Font font) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder drawn = new StringBuilder();
        int pieceStart = start;
        int pieceEnd = start;
        int face = NO_FACE;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            int next = i + Character.charCount(cp);
            int charFace;
            if (cp == ZWNJ) {
                charFace = NO_FACE;
            } else if (isUndrawnFormat(cp)) {
                i = next;
                continue;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                charFace = SPACE;
            } else {
                charFace = faceOf(cp, face, font.getFamily());
            }
            if (charFace != face && face != NO_FACE) {
                pieces.add(piece(pieceStart, pieceEnd, drawn, face, font));
                drawn.setLength(0);
            }
            if (charFace != face || face == NO_FACE) {
                pieceStart = i;
            }
            face = charFace;
            if (charFace != NO_FACE) {
                drawn.appendCodePoint(cp);
                pieceEnd = next;
            }
            i = next;
        }
        if (face != NO_FACE && drawn.length() > 0) {
            pieces.add(piece(pieceStart, pieceEnd, drawn, face, font));
        }
        return pieces;
    }

    private static Piece piece(int start, int end, StringBuilder drawn, int face, Font font) {
        Font pieceFont = face == SYMBOL_FACE
                ? SYMBOL_FONTS.computeIfAbsent(font.getSize(), size -> Font.font(AppFonts.SYMBOL_FAMILY, size))
                : font;
        return new Piece(start, end, drawn.toString(), pieceFont, face == SPACE, face == READING_FACE);
    }

    /**
     * The pieces with each stretch of reading-font words and the single spaces between them made one piece, spaces
     * drawn: far fewer nodes for a line that need not stretch its gaps. Pieces cut by a ZWNJ or by a font stay apart.
     */
    static List<Piece> joinWords(CharSequence text, List<Piece> pieces) {
        List<Piece> joined = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            int last = i;
            while (first.readingFace()
                    && last + 2 < pieces.size()
                    && pieces.get(last + 1).space()
                    && pieces.get(last + 2).readingFace()) {
                last += 2;
            }
            joined.add(
                    last == i
                            ? first
                            : new Piece(
                                    first.start(),
                                    pieces.get(last).end(),
                                    drawnOf(
                                            text,
                                            first.start(),
                                            pieces.get(last).end()),
                                    first.font(),
                                    false,
                                    true));
            i = last + 1;
        }
        return joined;
    }

    private static String drawnOf(CharSequence text, int start, int end) {
        StringBuilder drawn = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            if (!isUndrawn(text, i)) {
                drawn.append(text.charAt(i));
            }
        }
        return drawn.toString();
    }

    /** The face that draws {@code cp}; marks and common punctuation stay with the piece they follow. */
    private static int faceOf(int cp, int current, String family) {
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        if (mark && current != SPACE && current != NO_FACE) {
            return current;
        }
        if (FontCoverage.covers(family, cp)) {
            return READING_FACE;
        }
        if (isSymbol(cp, type) && FontCoverage.bundledCovers(AppFonts.SYMBOL_FAMILY, cp)) {
            return SYMBOL_FACE;
        }
        int script = UScript.getScript(cp);
        if ((script == UScript.COMMON || script == UScript.INHERITED) && current >= 0) {
            return current;
        }
        return script;
    }

    private static boolean isSymbol(int cp, int type) {
        return type == Character.OTHER_SYMBOL
                || type == Character.MATH_SYMBOL
                || UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC);
    }

    /** Invisible characters JavaFX would draw as boxes (ZWNJ included); never drawn here. */
    static boolean isUndrawn(CharSequence text, int index) {
        char c = text.charAt(index);
        if (Character.isLowSurrogate(c) && index > 0 && Character.isHighSurrogate(text.charAt(index - 1))) {
            return isUndrawn(text, index - 1);
        }
        int cp = Character.codePointAt(text, index);
        return cp == ZWNJ || isUndrawnFormat(cp);
    }

    /** Default-ignorable characters other than ZWNJ: ZWJ, bidi marks and isolates, variation selectors, soft hyphen… */
    private static boolean isUndrawnFormat(int cp) {
        return cp != ZWNJ && UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }
}

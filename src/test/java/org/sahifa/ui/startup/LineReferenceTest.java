package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LineReference} and {@link InkMatch#scores} on lines drawn by Java2D alone (no JavaFX): the worst window
 * tells a line with two words swapped from the right line where the whole line's score barely moves.
 */
class LineReferenceTest {
    private static final java.awt.Font AMIRI =
            ReferenceText.face("Amiri", false).orElseThrow();
    private static final String LINE =
            "وقال مدير المعرض خالد العتيبي إن دار Gallimard الفرنسية تشارك للمرة الأولى منذ عام 2019";
    private static final double SIZE = 20;

    private static LineReference.Drawn draw(String text, int markStart, int markEnd) {
        return LineReference.draw(text, true, 0, text.length(), AMIRI, SIZE, 700, markStart, markEnd);
    }

    @Test
    void theSameLineScoresOneAndSwappedWordsFailInTheirWindow() {
        LineReference.Drawn right = draw(LINE, 0, 0);
        InkMatch.Scores same = InkMatch.scores(draw(LINE, 0, 0).image(), right.image(), 3, BodyCheck.MAX_SHIFT_PX);
        assertEquals(1.0, same.worstWindow(), 1e-9);
        String swapped = LINE.replace("مدير المعرض", "المعرض مدير");
        InkMatch.Scores wrong = InkMatch.scores(draw(swapped, 0, 0).image(), right.image(), 3, BodyCheck.MAX_SHIFT_PX);
        assertTrue(wrong.worstWindow() < BodyCheck.MIN_LINE_SCORE, "swapped words fail: " + wrong);
        assertTrue(wrong.whole() > wrong.worstWindow(), "the window shows it more than the whole line: " + wrong);
    }

    @Test
    void aLatinNameSitsWhereIcuPutsIt() {
        int start = LINE.indexOf("Gallimard");
        List<LineReference.Span> marked =
                draw(LINE, start, start + "Gallimard".length()).marked();
        assertEquals(1, marked.size());
        LineReference.Span name = marked.get(0);
        int year = LINE.indexOf("2019");
        LineReference.Span number = draw(LINE, year, year + 4).marked().get(0);
        int first = LINE.indexOf("وقال");
        LineReference.Span opening = draw(LINE, first, first + 4).marked().get(0);
        // right to left: the first word at the right end, the year (last in the text) at the left, the name between
        assertTrue(number.right() < name.left(), "the year left of the name");
        assertTrue(name.right() < opening.left(), "the name left of the opening word");
    }
}

package org.sahifa.ui.reader;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks a paragraph into lines that fit a width, so that each line can be laid out on its own by
 * {@link VisualLine}.
 *
 * <p>Why: JavaFX 21 (and 17, 22) draws every glyph of a right-to-left run on each line when it wraps
 * that run itself — in a {@code TextFlow} or a {@code Text} with a wrapping width — so lines repeat
 * and overflow (seen under Xvfb and Monocle; see the notes' bug 2). Line breaking happens before
 * bidi reordering in Unicode's algorithm (UAX #9), so each line is reordered on its own afterwards.
 */
public final class LineBreaker {
    /** A line: {@code [start, end)} of the paragraph text, trailing white space included. */
    record Line(int start, int end) {}

    /** Measured widths by font and text: the same words recur on every paragraph and every relayout. */
    private static final Map<Font, Map<String, Double>> WIDTHS = new ConcurrentHashMap<>();
    /** Words kept per font before the cache starts afresh (a bound on memory, far above one article's vocabulary). */
    static final int MAX_CACHED_WIDTHS = 200_000;

    /** Line heights and ascents (top of the line box to the baseline) by font. */
    private static final Map<Font, Double> LINE_HEIGHTS = new ConcurrentHashMap<>();

    private static final Map<Font, Double> ASCENTS = new ConcurrentHashMap<>();
    /**
     * The measuring node and the line-break rules, one of each per thread (neither may be used by two threads at once):
     * made once instead of once per paragraph, which showed in the first paint's profile. A node per thread is not
     * enough for JavaFX's text layout, which is not safe on two threads at once: off the JavaFX thread, measure only
     * while it lays no text out (start-up's {@code LayoutGate}; docs/rendering.md, "A scrambled title").
     */
    private static final ThreadLocal<Text> MEASURE = ThreadLocal.withInitial(Text::new);

    private static final ThreadLocal<BreakIterator> LINE_BREAKS =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(ULocale.forLanguageTag("ar")));

    private Font font;

    /** Lines of {@code text} (one paragraph, white space already folded) in {@code font} no wider than {@code width} (a word wider than the width gets a line of its own). */
    public List<Line> breakLines(String text, Font font, double width) {
        this.font = font;
        List<Line> lines = new ArrayList<>();
        BreakIterator breaks = LINE_BREAKS.get();
        breaks.setText(text);
        int lineStart = 0;
        double lineWidth = 0;
        int segmentStart = breaks.first();
        for (int segmentEnd = breaks.next();
                segmentEnd != BreakIterator.DONE;
                segmentStart = segmentEnd, segmentEnd = breaks.next()) {
            String segment = text.substring(segmentStart, segmentEnd);
            double inkWidth = widthOf(segment.stripTrailing());
            if (segmentStart > lineStart && lineWidth + inkWidth > width) {
                lines.add(new Line(lineStart, segmentStart));
                lineStart = segmentStart;
                lineWidth = 0;
            }
            lineWidth += widthOf(segment);
        }
        if (lineStart < text.length() || lines.isEmpty()) {
            lines.add(new Line(lineStart, text.length()));
        }
        return lines;
    }

    /** Height of one line of text in the font. */
    double lineHeight(Font lineFont) {
        this.font = lineFont;
        return LINE_HEIGHTS.computeIfAbsent(lineFont, f -> {
            Text measure = MEASURE.get();
            measure.setFont(f);
            measure.setText("Xء");
            return measure.getLayoutBounds().getHeight();
        });
    }

    /** Distance from the top of a line box to the baseline, in the font. */
    static double ascent(Font lineFont) {
        return ASCENTS.computeIfAbsent(lineFont, f -> {
            Text measure = MEASURE.get();
            measure.setFont(f);
            measure.setText("Xء");
            return -measure.getLayoutBounds().getMinY();
        });
    }

    /** Width of {@code s} as {@link VisualLine} draws it: the sum of its pieces (see {@link ScriptRuns}), each in its own font. */
    double widthOf(String s) {
        return widthOf(s, font);
    }

    static double widthOf(String s, Font paragraphFont) {
        if (s.isEmpty()) {
            return 0;
        }
        Map<String, Double> widths = WIDTHS.computeIfAbsent(paragraphFont, f -> new ConcurrentHashMap<>());
        Double known = widths.get(s);
        if (known != null) {
            return known;
        }
        if (widths.size() >= MAX_CACHED_WIDTHS) {
            widths.clear();
        }
        double width = 0;
        for (ScriptRuns.Piece piece : ScriptRuns.split(s, 0, s.length(), paragraphFont)) {
            width += measure(piece.drawn(), piece.font());
        }
        widths.put(s, width);
        return width;
    }

    /** Width of {@code s} drawn as one Text in {@code font}. */
    static double measure(String s, Font font) {
        Text measure = MEASURE.get();
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}

package org.sahifa.ui.startup;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One line of a paragraph drawn by Java2D from the bundled font file, its words placed left to right in the visual
 * order ICU's bidi algorithm gives (levels resolved over the whole paragraph, then the line reordered on its own, as
 * UAX #9 says). Each word is shaped by Java2D in its run's direction; the gaps between words are widened evenly to
 * the width the line was drawn at, so a justified line lines up with its reference. Nothing here comes from JavaFX's
 * layout except the line's text and width.
 */
final class LineReference {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /** A span of the image's columns, from {@code left} to {@code right}. */
    record Span(double left, double right) {}

    /**
     * The drawn line (black on white, the baseline {@code ascent} px from the top) and where the characters of the
     * marked range fall in it.
     */
    record Drawn(BufferedImage image, double ascent, List<Span> marked) {}

    /** A word or a gap, in visual order: [start, end) of the paragraph, its layout (null for a gap) and its width. */
    private record Segment(int start, int end, TextLayout layout, double width) {}

    private LineReference() {}

    /**
     * Draws {@code [start, end)} of {@code paragraph} in {@code face} at {@code sizePx}, {@code width} px wide when the
     * line has gaps to widen (its natural width otherwise), and finds where {@code [markStart, markEnd)} falls.
     */
    static Drawn draw(
            String paragraph,
            boolean rightToLeft,
            int start,
            int end,
            java.awt.Font face,
            double sizePx,
            double width,
            int markStart,
            int markEnd) {
        java.awt.Font font = face.deriveFont((float) sizePx);
        List<Segment> segments = segments(paragraph, rightToLeft, start, end, font);
        double natural = segments.stream().mapToDouble(Segment::width).sum();
        long gaps = segments.stream().filter(s -> s.layout() == null).count();
        double stretch = gaps == 0 ? 0 : (width - natural) / gaps;
        // never let a gap close up entirely: a line far narrower than drawn is wrong anyway, and is scored so
        stretch = Math.max(stretch, -sizePx / 8);
        int margin = (int) Math.ceil(sizePx / 2);
        double ascent = font.getLineMetrics(paragraph, CONTEXT).getAscent();
        double descent = font.getLineMetrics(paragraph, CONTEXT).getDescent();
        int imageWidth = (int) Math.ceil(natural + gaps * Math.max(0, stretch)) + 2 * margin;
        int imageHeight = (int) Math.ceil(ascent + descent) + 2 * margin;
        BufferedImage image = new BufferedImage(imageWidth, imageHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ReferenceText.blackOnWhite(image);
        List<Span> marked = new ArrayList<>();
        double x = margin;
        float baseline = (float) (margin + ascent);
        for (Segment s : segments) {
            if (s.layout() == null) {
                x += s.width() + stretch;
                continue;
            }
            s.layout().draw(g, (float) x, baseline);
            int from = Math.max(markStart, s.start());
            int to = Math.min(markEnd, s.end());
            if (from < to) {
                Rectangle2D box = s.layout()
                        .getLogicalHighlightShape(from - s.start(), to - s.start())
                        .getBounds2D();
                marked.add(new Span(x + box.getMinX(), x + box.getMaxX()));
            }
            x += s.width();
        }
        g.dispose();
        return new Drawn(image, margin + ascent, marked);
    }

    /** The line's words and gaps in visual order, each word laid out by Java2D in its bidi run's direction. */
    private static List<Segment> segments(
            String paragraph, boolean rightToLeft, int start, int end, java.awt.Font font) {
        Bidi bidi = new Bidi();
        bidi.setPara(paragraph, rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        Bidi line = bidi.setLine(start, end);
        List<Segment> segments = new ArrayList<>();
        for (int r = 0; r < line.countRuns(); r++) {
            BidiRun run = line.getVisualRun(r);
            List<Segment> inRun = new ArrayList<>();
            int runEnd = start + run.getLimit();
            int i = start + run.getStart();
            while (i < runEnd) {
                boolean gap = Character.isWhitespace(paragraph.charAt(i));
                int j = i;
                while (j < runEnd && Character.isWhitespace(paragraph.charAt(j)) == gap) {
                    j++;
                }
                inRun.add(segment(paragraph, i, j, gap, run.isOddRun(), font));
                i = j;
            }
            if (run.isOddRun()) {
                Collections.reverse(inRun);
            }
            segments.addAll(inRun);
        }
        return segments;
    }

    private static Segment segment(
            String text, int start, int end, boolean gap, boolean rightToLeft, java.awt.Font font) {
        TextLayout layout = new TextLayout(
                text.substring(start, end),
                Map.of(
                        TextAttribute.FONT,
                        font,
                        // on in JavaFX's shaping (Pango), off by default in Java2D's: Amiri's stacked «بمشـ» needs them
                        TextAttribute.LIGATURES,
                        TextAttribute.LIGATURES_ON,
                        TextAttribute.KERNING,
                        TextAttribute.KERNING_ON,
                        TextAttribute.RUN_DIRECTION,
                        rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR),
                CONTEXT);
        return new Segment(start, end, gap ? null : layout, layout.getAdvance());
    }
}

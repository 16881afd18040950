package org.sahifa.ui.startup;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the body lines of a screenshot ({@link BodyLines}) against the same lines drawn by Java2D in the visual order
 * ICU's bidi algorithm gives ({@link LineReference}), and each quotation highlight against the columns its words
 * take in that reference. Runs on any thread: it reads only the screenshot and the lines' plain data.
 */
final class BodyCheck {
    /**
     * Lowest ink agreement ({@link InkMatch}) of a line's worst window with its reference: right lines scored 0.857
     * to 1, lines with two words swapped 0.57 to 0.70, with a Latin word or number moved 0.50 to 0.59, in another
     * face 0.26 to 0.45 (docs/rendering.md, "The body check"); the threshold is halfway between 0.70 and 0.857.
     */
    static final double MIN_LINE_SCORE = 0.78;
    /**
     * Lowest share of a quotation's ink under its highlight, and of the highlight's ink that is the quotation's: 1.00
     * for every right highlight measured, at most 0.011 for one moved by its width.
     */
    static final double MIN_HIGHLIGHT_SCORE = 0.80;
    /**
     * Width of one compared window of a line, in InkMatch's slices (each about one ink height wide): short enough that
     * two swapped words show.
     */
    static final int WINDOW_SLICES = 3;
    /**
     * Sideways shift tried for each slice: JavaFX and Java2D shape a few Amiri words differently (the stacked «بمشـ»
     * of «بمشاركة», about 6 px narrower in JavaFX), which moves the words after them on the line by as much.
     */
    static final int MAX_SHIFT_PX = 8;
    /** System property naming a directory to write each line's compared images to. */
    static final String DUMP_PROPERTY = "sahifa.bodyCheck.dump";
    /** Pixels of background kept left and right of a line when it is cut out of the screenshot. */
    private static final int MARGIN_PX = 3;
    /** Pixels a highlight may miss its words' ink by (anti-aliasing, hinting). */
    private static final int HIGHLIGHT_SLACK_PX = 2;

    /** A checked line: its text, the whole line's score and its worst window's. */
    record LineScore(String text, double whole, double worst) {}

    /** A checked quotation highlight on one line: the quoted text, and the smaller of its coverage and precision. */
    record HighlightScore(String text, double score) {}

    /** All scores of one screenshot; lines whose font is not bundled (other scripts) are counted as skipped. */
    record Result(List<LineScore> lines, List<HighlightScore> highlights, int skipped) {
        /** One sentence naming the first line or highlight below its threshold, if any. */
        Optional<String> firstFailure() {
            for (LineScore line : lines) {
                if (line.worst() < MIN_LINE_SCORE) {
                    return Optional.of(String.format(
                            java.util.Locale.ROOT,
                            "the body line «%s» was not drawn as its words in reading order (agrees %.2f with"
                                    + " its font, below %.2f)",
                            shorten(line.text()),
                            line.worst(),
                            MIN_LINE_SCORE));
                }
            }
            for (HighlightScore h : highlights) {
                if (h.score() < MIN_HIGHLIGHT_SCORE) {
                    return Optional.of(String.format(
                            java.util.Locale.ROOT,
                            "the highlight of the quotation «%s» was not drawn over its words (%.2f, below %.2f)",
                            shorten(h.text()),
                            h.score(),
                            MIN_HIGHLIGHT_SCORE));
                }
            }
            return Optional.empty();
        }
    }

    private BodyCheck() {}

    /** Scores every line and highlight of {@code lines} against {@code shot}, the screenshot they were read from. */
    static Result check(List<BodyLines.Line> lines, BufferedImage shot) {
        List<LineScore> scores = new ArrayList<>();
        List<HighlightScore> highlights = new ArrayList<>();
        int skipped = 0;
        for (BodyLines.Line line : lines) {
            Optional<java.awt.Font> face = ReferenceText.face(line.family(), line.bold());
            if (face.isEmpty() || face.get().canDisplayUpTo(line.text()) != -1) {
                skipped++;
                continue;
            }
            Compared compared = compare(line, face.get(), shot);
            scores.add(new LineScore(line.text(), compared.whole(), compared.worst()));
            for (BodyLines.Mark mark : line.marks()) {
                highlightScore(line, mark, face.get(), compared)
                        .ifPresent(score -> highlights.add(
                                new HighlightScore(line.paragraph().substring(mark.start(), mark.end()), score)));
            }
        }
        return new Result(scores, highlights, skipped);
    }

    /** The line cut from the screenshot, its reference cut to the same band around the baseline, and their scores. */
    private record Compared(BufferedImage drawn, int drawnLeft, BufferedImage reference, double whole, double worst) {}

    private static Compared compare(BodyLines.Line line, java.awt.Font face, BufferedImage shot) {
        int left = Math.max(0, (int) Math.floor(line.left()) - MARGIN_PX);
        int right = Math.min(shot.getWidth(), (int) Math.ceil(line.right()) + MARGIN_PX);
        int top = Math.max(0, (int) Math.floor(line.top()));
        int bottom = Math.min(shot.getHeight(), (int) Math.ceil(line.bottom()));
        BufferedImage drawn = shot.getSubimage(left, top, right - left, bottom - top);
        LineReference.Drawn reference = reference(line, face, 0, 0);
        // the same band around the baseline as the line box in the screenshot
        int refTop = (int) Math.max(0, Math.round(reference.ascent() - (line.baseline() - top)));
        int refBottom = (int)
                Math.min(reference.image().getHeight(), Math.round(reference.ascent() + (bottom - line.baseline())));
        BufferedImage cut =
                reference.image().getSubimage(0, refTop, reference.image().getWidth(), refBottom - refTop);
        InkMatch.Scores scores = InkMatch.scores(drawn, cut, WINDOW_SLICES, MAX_SHIFT_PX);
        dump(line, drawn, cut);
        return new Compared(drawn, left, cut, scores.whole(), Math.min(scores.whole(), scores.worstWindow()));
    }

    /** The line drawn by Java2D in the bundled face, with the characters [markStart, markEnd) marked (none if equal). */
    private static LineReference.Drawn reference(BodyLines.Line line, java.awt.Font face, int markStart, int markEnd) {
        return LineReference.draw(
                line.paragraph(),
                line.rightToLeft(),
                line.start(),
                line.end(),
                face,
                line.size(),
                line.right() - line.left(),
                markStart,
                markEnd);
    }

    /**
     * With {@value #DUMP_PROPERTY}=DIR, writes each line's two compared images there (named by the line's top), for a
     * person to look at when a line fails.
     */
    private static void dump(BodyLines.Line line, BufferedImage drawn, BufferedImage reference) {
        String dir = System.getProperty(DUMP_PROPERTY);
        if (dir == null) {
            return;
        }
        try {
            String name = dir + "/" + (int) line.top();
            javax.imageio.ImageIO.write(drawn, "png", new java.io.File(name + "-drawn.png"));
            javax.imageio.ImageIO.write(reference, "png", new java.io.File(name + "-reference.png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * How well the painted highlight fits the quotation's words on this line: the share of the words' ink under the
     * highlight and the share of the ink under the highlight that is the words', the smaller of the two. The words'
     * columns come from the reference, mapped onto the screenshot by the two inks' extents.
     */
    private static Optional<Double> highlightScore(
            BodyLines.Line line, BodyLines.Mark mark, java.awt.Font face, Compared compared) {
        LineReference.Drawn reference = reference(line, face, mark.start(), mark.end());
        int[] a = InkMatch.inkExtent(compared.drawn());
        int[] b = InkMatch.inkExtent(reference.image());
        if (a == null || b == null || b[1] == b[0]) {
            return Optional.empty();
        }
        double scale = (double) (a[1] - a[0]) / (b[1] - b[0]);
        boolean[] expected = new boolean[compared.drawn().getWidth()];
        for (LineReference.Span span : reference.marked()) {
            fill(expected, a[0] + (span.left() - b[0]) * scale, a[0] + (span.right() - b[0]) * scale);
        }
        boolean[] painted = new boolean[expected.length];
        for (BodyLines.Columns c : mark.painted()) {
            fill(painted, c.left() - compared.drawnLeft(), c.right() - compared.drawnLeft());
        }
        int[] ink = InkMatch.columnCounts(compared.drawn());
        long quoted = 0;
        long quotedPainted = 0;
        long underPaint = 0;
        long underPaintQuoted = 0;
        for (int x = 0; x < ink.length; x++) {
            if (expected[x]) {
                quoted += ink[x];
                quotedPainted += near(painted, x) ? ink[x] : 0;
            }
            if (painted[x]) {
                underPaint += ink[x];
                underPaintQuoted += near(expected, x) ? ink[x] : 0;
            }
        }
        if (quoted == 0) {
            return Optional.empty();
        }
        double coverage = (double) quotedPainted / quoted;
        double precision = underPaint == 0 ? 0 : (double) underPaintQuoted / underPaint;
        return Optional.of(Math.min(coverage, precision));
    }

    private static void fill(boolean[] columns, double from, double to) {
        for (int x = Math.max(0, (int) Math.floor(from)); x < Math.min(columns.length, Math.ceil(to)); x++) {
            columns[x] = true;
        }
    }

    private static boolean near(boolean[] columns, int x) {
        for (int i = Math.max(0, x - HIGHLIGHT_SLACK_PX);
                i <= Math.min(columns.length - 1, x + HIGHLIGHT_SLACK_PX);
                i++) {
            if (columns[i]) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}

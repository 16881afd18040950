package org.sahifa.ui.reader;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * One line of a paragraph, cut into pieces (see {@link ScriptRuns}) and placed left to right in the visual order
 * ICU's bidi algorithm gives: the runs of each level, and within a right-to-left run its pieces from the last to the
 * first. Each word piece is its own {@code Text}, laid out in its run's direction, so JavaFX never has to order
 * runs of two fonts itself (issue 15 §1).
 *
 * <p>Coordinates are left-to-right, x = 0 at the column's left edge, whatever the paragraph's direction.
 */
final class VisualLine {
    /** A piece, the Text that draws it (null for white space) and its width; {@link #layOut} places it. */
    record Placed(ScriptRuns.Piece piece, Text text, double width) {}

    private final String shown;
    private final List<Placed> placed;
    private final double naturalWidth;
    private final int spaces;
    private final double[] xs;
    private double stretch;
    private double top;
    private double height;

    private VisualLine(String shown, List<Placed> placed) {
        this.shown = shown;
        this.placed = placed;
        this.naturalWidth = placed.stream().mapToDouble(Placed::width).sum();
        this.spaces = (int) placed.stream().filter(p -> p.text() == null).count();
        this.xs = new double[placed.size()];
    }

    /**
     * The line {@code [start, end)} of the paragraph whose levels {@code paragraph} resolved, trailing white space
     * left out; word pieces get {@code styleClass}. With {@code stretchable}, every gap between words is its own
     * piece (to be widened when justifying); otherwise words of the reading font are drawn together with their spaces.
     */
    static VisualLine of(
            Bidi paragraph, String shown, int start, int end, Font font, String styleClass, boolean stretchable) {
        List<Placed> placed = new ArrayList<>();
        if (end > start) {
            // Levels are resolved over the paragraph, then each line is reordered on its own (UAX #9, 3.4).
            Bidi line = paragraph.setLine(start, end);
            for (int r = 0; r < line.countRuns(); r++) {
                BidiRun run = line.getVisualRun(r);
                List<ScriptRuns.Piece> pieces =
                        ScriptRuns.split(shown, start + run.getStart(), start + run.getLimit(), font);
                if (!stretchable) {
                    pieces = ScriptRuns.joinWords(shown, pieces);
                }
                if (run.isOddRun()) {
                    Collections.reverse(pieces);
                }
                for (ScriptRuns.Piece piece : pieces) {
                    placed.add(place(piece, run.isOddRun(), font, styleClass));
                }
            }
        }
        return new VisualLine(shown, placed);
    }

    private static Placed place(ScriptRuns.Piece piece, boolean rightToLeft, Font font, String styleClass) {
        if (piece.space()) {
            return new Placed(piece, null, LineBreaker.measure(piece.drawn(), font));
        }
        Text text = new Text(piece.drawn());
        text.setFont(piece.font());
        // The run's direction, not the first strong letter's: a lone «(» in an Arabic run is mirrored, «2024،» keeps
        // its comma left.
        text.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        text.getStyleClass().add(styleClass);
        return new Placed(piece, text, text.getLayoutBounds().getWidth());
    }

    /** The drawn texts, left to right. */
    List<Text> texts() {
        return placed.stream()
                .map(Placed::text)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Width of the pieces side by side, gaps at their natural width. */
    double naturalWidth() {
        return naturalWidth;
    }

    /** Number of white-space gaps between pieces. */
    int spaces() {
        return spaces;
    }

    /**
     * Places the pieces from {@code left}, each gap widened by {@code gapStretch}, in a line box from {@code top}
     * of {@code height} whose baseline is {@code ascent} below its top.
     */
    void layOut(double left, double top, double height, double ascent, double gapStretch) {
        this.top = top;
        this.height = height;
        this.stretch = gapStretch;
        double x = left;
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            xs[i] = x;
            if (p.text() != null) {
                p.text().setLayoutX(x - p.text().getLayoutBounds().getMinX());
                p.text().setLayoutY(top + ascent);
                x += p.width();
            } else {
                x += p.width() + gapStretch;
            }
        }
    }

    /** Left edge of the first piece, as laid out. */
    double left() {
        return placed.isEmpty() ? 0 : xs[0];
    }

    /** Right edge of the last piece, as laid out. */
    double right() {
        if (placed.isEmpty()) {
            return 0;
        }
        Placed last = placed.get(placed.size() - 1);
        return xs[placed.size() - 1] + last.width() + (last.text() == null ? stretch : 0);
    }

    /** The outline of {@code [start, end)} of the shown text on this line, in the line's coordinates. */
    List<PathElement> shapeOf(int start, int end) {
        List<PathElement> shape = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            int from = Math.max(start, p.piece().start());
            int to = Math.min(end, p.piece().end());
            if (from >= to) {
                continue;
            }
            if (p.text() == null) {
                rectangle(shape, xs[i], xs[i] + p.width() + stretch);
            } else {
                Text text = p.text();
                int a = p.piece().drawnOffset(shown, from);
                int b = p.piece().drawnOffset(shown, to);
                boolean mirrored = text.getNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
                double flipAxis = text.getLayoutBounds().getMinX()
                        + text.getLayoutBounds().getMaxX();
                for (PathElement element : text.rangeShape(a, b)) {
                    // A right-to-left Text reports its range shapes measured from its right edge.
                    PathElement local = mirrored ? Shapes.mirrorX(element, flipAxis) : element;
                    shape.add(Shapes.translate(local, text.getLayoutX(), text.getLayoutY()));
                }
            }
        }
        return shape;
    }

    private void rectangle(List<PathElement> shape, double x0, double x1) {
        shape.add(new MoveTo(x0, top));
        shape.add(new LineTo(x1, top));
        shape.add(new LineTo(x1, top + height));
        shape.add(new LineTo(x0, top + height));
        shape.add(new ClosePath());
    }
}

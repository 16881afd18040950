package org.sahifa.ui.reader;

import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.sahifa.model.Block;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DisplayText;

/**
 * One block of the article, broken into lines by {@link LineBreaker}, each line drawn as pieces placed in bidi
 * visual order by {@link VisualLine} (see there and {@link ScriptRuns} for the JavaFX bugs this avoids), with
 * highlights drawn behind the text as paths.
 *
 * <p>The node takes the block's own direction, so an English paragraph in an Arabic article stays left-to-right and
 * the block's border and padding sit on its starting side. The lines are drawn on a left-to-right layer inside it
 * (mirrored back in a right-to-left block), where a right-to-left line is aligned to the right edge.
 */
public final class ParagraphNode extends Region {
    static final String STYLE_CLASS = "paragraph";
    static final String LINE_STYLE_CLASS = "paragraph-text";
    static final double DEFAULT_COLUMN_WIDTH = 600;

    /** A highlighted span of the block's text, drawn with the given style class. */
    public record Highlight(int start, int end, String styleClass) {}

    private final Block block;
    private final DisplayText display;
    private final TextDirection direction;
    private final Font font;
    private final double lineGap;
    private final LineBreaker breaker = new LineBreaker();
    /** The lines and highlights, in left-to-right coordinates (see the class comment). */
    private final Pane layer = new Pane();

    private final List<VisualLine> visualLines = new ArrayList<>();
    private List<LineBreaker.Line> lines = List.of();
    private final List<Highlight> highlights = new ArrayList<>();
    private final List<Path> highlightPaths = new ArrayList<>();
    private double columnWidth = -1;
    private boolean justified;
    private double lineHeight;

    public ParagraphNode(Block block, Typography typography) {
        this(block, typography, DisplayOptions.DEFAULT);
    }

    public ParagraphNode(Block block, Typography typography, DisplayOptions options) {
        this(block, typography, options, DEFAULT_COLUMN_WIDTH);
    }

    /** A paragraph broken into lines at {@code columnWidth} straight away (no first breaking at a default width). */
    public ParagraphNode(Block block, Typography typography, DisplayOptions options, double columnWidth) {
        this.block = block;
        this.display = DisplayText.of(block.text(), options.hideDiacritics(), options.digits());
        this.direction = options.directionOf(block);
        this.font = typography.fontFor(block.type());
        this.lineGap = typography.lineGap(font.getSize());
        getStyleClass().addAll(STYLE_CLASS, "block-" + block.type().jsonName());
        setNodeOrientation(
                direction == TextDirection.RTL ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        layer.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        layer.setManaged(false);
        getChildren().add(layer);
        setColumnWidth(columnWidth);
    }

    public Block block() {
        return block;
    }

    /** Every drawn piece of text, line by line (each line left to right). */
    public List<Text> drawnTexts() {
        List<Text> all = new ArrayList<>();
        visualLines.forEach(line -> all.addAll(line.texts()));
        return all;
    }

    /** Number of lines. */
    public int lineCount() {
        return lines.size();
    }

    /** Where each drawn line starts in the shown text (the block's text unless diacritics are hidden). */
    public int lineStart(int line) {
        return lines.get(line).start();
    }

    /** The shown text of a line, without trailing space. */
    public String lineText(int line) {
        LineBreaker.Line l = lines.get(line);
        return display.shown().substring(l.start(), l.end()).stripTrailing();
    }

    /** The text as shown (the block's text unless diacritics are hidden or digits changed), all lines. */
    public String shownText() {
        return display.shown();
    }

    /** Where an offset of the block's (stored) text falls in the shown text. */
    public int shownOffset(int stored) {
        return display.shownOffset(stored);
    }

    /** The reading font the lines are drawn in (pieces in another script may use a fallback font). */
    public Font font() {
        return font;
    }

    /** The baseline of a line, in this node's coordinates. */
    public double lineBaseline(int line) {
        return layer.localToParent(0, line * linePitch() + LineBreaker.ascent(font))
                .getY();
    }

    /** The box of a line as laid out, from its leftmost to its rightmost piece, in this node's coordinates. */
    public Bounds lineBounds(int line) {
        VisualLine visual = visualLines.get(line);
        double top = line * linePitch();
        Point2D a = layer.localToParent(visual.left(), top);
        Point2D b = layer.localToParent(visual.right(), top + lineHeight);
        return new BoundingBox(
                Math.min(a.getX(), b.getX()),
                Math.min(a.getY(), b.getY()),
                Math.abs(b.getX() - a.getX()),
                Math.abs(b.getY() - a.getY()));
    }

    /** Lines but the last fill the column, the extra space going into the gaps between words. */
    public void setJustified(boolean value) {
        if (value != justified) {
            justified = value;
            drawLines();
        }
    }

    /** The width lines break at. */
    public double columnWidth() {
        return columnWidth;
    }

    /** Breaks the lines anew at {@code width}. */
    public void setColumnWidth(double width) {
        if (width == columnWidth) {
            return;
        }
        columnWidth = width;
        lines = breaker.breakLines(display.shown(), font, width);
        lineHeight = breaker.lineHeight(font);
        drawLines();
    }

    /** Makes the drawn pieces of every line; only lines to be justified keep each gap apart. */
    private void drawLines() {
        String shown = display.shown();
        Bidi bidi = new Bidi();
        bidi.setPara(shown, direction == TextDirection.RTL ? Bidi.RTL : Bidi.LTR, null);
        visualLines.clear();
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            int end = line.start()
                    + shown.substring(line.start(), line.end()).stripTrailing().length();
            boolean stretchable = justified && i < lines.size() - 1;
            visualLines.add(VisualLine.of(bidi, shown, line.start(), end, font, LINE_STYLE_CLASS, stretchable));
        }
        layer.getChildren().setAll(highlightPaths);
        layer.getChildren().addAll(drawnTexts());
        requestLayout();
    }

    public void setHighlights(List<Highlight> newHighlights) {
        highlights.clear();
        highlights.addAll(newHighlights);
        layer.getChildren().removeAll(highlightPaths);
        highlightPaths.clear();
        for (Highlight h : highlights) {
            Path path = new Path();
            path.getStyleClass().addAll("highlight", h.styleClass());
            path.setManaged(false);
            highlightPaths.add(path);
        }
        layer.getChildren().addAll(0, highlightPaths);
        requestLayout();
    }

    public List<Highlight> highlights() {
        return List.copyOf(highlights);
    }

    /** The drawn highlight shapes, in the order of {@link #highlights()}. */
    public List<Path> highlightPaths() {
        return List.copyOf(highlightPaths);
    }

    /** The outline of a span of the block's (stored) text, in this node's coordinates, over as many lines as it covers. */
    public List<PathElement> shapeOf(int start, int end) {
        List<PathElement> shape = new ArrayList<>();
        for (PathElement element : layerShapeOf(display.shownOffset(start), display.shownOffset(end))) {
            double[] xy = Shapes.point(element);
            if (xy == null) {
                shape.add(Shapes.translate(element, 0, 0));
            } else {
                Point2D p = layer.localToParent(xy[0], xy[1]);
                shape.add(Shapes.translate(element, p.getX() - xy[0], p.getY() - xy[1]));
            }
        }
        return shape;
    }

    /** The outline of a span of the shown text, in the layer's coordinates. */
    private List<PathElement> layerShapeOf(int start, int end) {
        List<PathElement> shape = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            if (start < line.end() && end > line.start()) {
                shape.addAll(visualLines.get(i).shapeOf(start, end));
            }
        }
        return shape;
    }

    /**
     * The offset in the block's (stored) text nearest to a point in this node's coordinates: the line under the point
     * (the first or last one above or below the text), then the character boundary nearest to it on that line.
     */
    public int offsetAt(double x, double y) {
        if (lines.isEmpty()) {
            return 0;
        }
        Point2D p = layer.parentToLocal(x, y);
        int line = (int) Math.max(0, Math.min(lines.size() - 1, Math.floor(p.getY() / linePitch())));
        LineBreaker.Line span = lines.get(line);
        // compared on screen (scene x), where left and right are what the reader sees, mirroring included
        double sceneX = localToScene(x, y).getX();
        int nearest = span.start();
        double nearestDistance = Double.POSITIVE_INFINITY;
        for (int c = span.start(); c < span.end(); c++) {
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            for (PathElement element : visualLines.get(line).shapeOf(c, c + 1)) {
                double[] xy = Shapes.point(element);
                if (xy != null) {
                    double onScreen = layer.localToScene(xy[0], xy[1]).getX();
                    minX = Math.min(minX, onScreen);
                    maxX = Math.max(maxX, onScreen);
                }
            }
            if (minX > maxX) {
                continue;
            }
            // inside the letter's box is distance 0; otherwise the distance to its nearer edge
            double distance = Math.max(0, Math.max(minX - sceneX, sceneX - maxX));
            if (distance < nearestDistance) {
                nearestDistance = distance;
                // past the letter's middle in its reading direction is after it
                byte direction = Character.getDirectionality(display.shown().charAt(c));
                boolean rightToLeft = direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT;
                nearest = rightToLeft == sceneX < (minX + maxX) / 2 ? c + 1 : c;
            }
        }
        return storedOffset(nearest);
    }

    /** The smallest offset in the stored text that is shown at or after {@code shown}. */
    private int storedOffset(int shown) {
        int low = 0;
        int high = block.text().length();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (display.shownOffset(middle) < shown) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The box around a span of the text, in this node's coordinates, or null when the span is empty. */
    public Bounds boundsOf(int start, int end) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PathElement element : shapeOf(start, end)) {
            double[] xy = Shapes.point(element);
            if (xy != null) {
                minX = Math.min(minX, xy[0]);
                maxX = Math.max(maxX, xy[0]);
                minY = Math.min(minY, xy[1]);
                maxY = Math.max(maxY, xy[1]);
            }
        }
        return minX > maxX ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private double linePitch() {
        return lineHeight + lineGap;
    }

    private double contentHeight() {
        int n = Math.max(1, lines.size());
        return n * lineHeight + (n - 1) * lineGap;
    }

    @Override
    protected double computePrefWidth(double height) {
        return columnWidth + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return contentHeight() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected void layoutChildren() {
        layer.resizeRelocate(snappedLeftInset(), snappedTopInset(), columnWidth, contentHeight());
        double ascent = LineBreaker.ascent(font);
        for (int i = 0; i < visualLines.size(); i++) {
            VisualLine line = visualLines.get(i);
            boolean last = i == visualLines.size() - 1;
            double spare = columnWidth - line.naturalWidth();
            double stretch = justified && !last && line.spaces() > 0 && spare > 0 ? spare / line.spaces() : 0;
            double used = line.naturalWidth() + stretch * line.spaces();
            double left = direction == TextDirection.RTL ? columnWidth - used : 0;
            line.layOut(left, i * linePitch(), lineHeight, ascent, stretch);
        }
        for (int i = 0; i < highlights.size(); i++) {
            Highlight h = highlights.get(i);
            highlightPaths
                    .get(i)
                    .getElements()
                    .setAll(layerShapeOf(display.shownOffset(h.start()), display.shownOffset(h.end())));
        }
    }
}

package org.sahifa.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sahifa.model.Block;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DisplayText;
import org.sahifa.text.ScriptDirection;

/**
 * One block of the article, drawn as one unwrapped {@link Text} per line (see {@link LineBreaker}
 * for the JavaFX bug this avoids), with highlights drawn behind the text as paths.
 *
 * <p>The node takes the block's own direction, so an English paragraph in an Arabic article stays
 * left-to-right; in a right-to-left block, x = 0 is the right edge (JavaFX mirrors the node).
 */
public final class ParagraphNode extends Region {
    static final String STYLE_CLASS = "paragraph";
    static final String LINE_STYLE_CLASS = "paragraph-text";
    static final double DEFAULT_COLUMN_WIDTH = 600;
    /**
     * LEFT-TO-RIGHT MARK, put before a left-to-right line that opens with Arabic: JavaFX takes the base
     * direction of a left-to-right Text from its first strong letter, so such a line would be laid out
     * right-to-left. U+200E is the one format character JavaFX draws without a box (notes, bug 4).
     */
    static final String LTR_MARK = "\u200E";

    /** A highlighted span of the block's text, drawn with the given style class. */
    public record Highlight(int start, int end, String styleClass) {
    }

    private final Block block;
    private final DisplayText display;
    private final TextDirection direction;
    private final Font font;
    private final double lineGap;
    private final LineBreaker breaker = new LineBreaker();
    private final List<Text> lineTexts = new ArrayList<>();
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
        setNodeOrientation(direction == TextDirection.RTL ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        setColumnWidth(columnWidth);
    }

    public Block block() {
        return block;
    }

    /** The drawn lines, top to bottom. */
    public List<Text> lineTexts() {
        return List.copyOf(lineTexts);
    }

    /** Where each drawn line starts in the shown text (the block's text unless diacritics are hidden). */
    public int lineStart(int line) {
        return lines.get(line).start();
    }

    /** The shown text of a drawn line, without trailing space or the direction mark. */
    public String lineText(int line) {
        String drawn = lineTexts.get(line).getText();
        return drawn.substring(markLength(drawn)).stripTrailing();
    }

    private static int markLength(String drawn) {
        return drawn.startsWith(LTR_MARK) ? LTR_MARK.length() : 0;
    }

    /**
     * Lines but the last fill the column, the extra space going between words. JavaFX justifies every line of a
     * Text but its last, so each such line ends with a line break and gets the column as wrapping width; nothing
     * wraps, since the line already fits (see LineBreaker for why JavaFX must not wrap).
     */
    public void setJustified(boolean value) {
        if (value != justified) {
            justified = value;
            double width = columnWidth;
            columnWidth = -1;
            setColumnWidth(width);
        }
    }

    /** The width lines break at. */
    double columnWidth() {
        return columnWidth;
    }

    /** Breaks the lines anew at {@code width}. */
    public void setColumnWidth(double width) {
        if (width == columnWidth) {
            return;
        }
        columnWidth = width;
        String shown = display.shown();
        lines = breaker.breakLines(shown, font, width);
        getChildren().removeAll(lineTexts);
        lineTexts.clear();
        for (LineBreaker.Line line : lines) {
            String content = shown.substring(line.start(), line.end()).stripTrailing();
            if (direction == TextDirection.LTR && ScriptDirection.firstStrong(content) == TextDirection.RTL) {
                content = LTR_MARK + content;
            }
            boolean last = line == lines.get(lines.size() - 1);
            Text text = new Text(justified && !last ? content + "\n" : content);
            if (justified && !last) {
                text.setWrappingWidth(width);
                text.setTextAlignment(TextAlignment.JUSTIFY);
            }
            text.setFont(font);
            text.getStyleClass().add(LINE_STYLE_CLASS);
            lineTexts.add(text);
        }
        lineHeight = breaker.lineHeight(font);
        getChildren().addAll(lineTexts);
        requestLayout();
    }

    public void setHighlights(List<Highlight> newHighlights) {
        highlights.clear();
        highlights.addAll(newHighlights);
        getChildren().removeAll(highlightPaths);
        highlightPaths.clear();
        for (Highlight h : highlights) {
            Path path = new Path();
            path.getStyleClass().addAll("highlight", h.styleClass());
            path.setManaged(false);
            highlightPaths.add(path);
        }
        getChildren().addAll(0, highlightPaths);
        requestLayout();
    }

    public List<Highlight> highlights() {
        return List.copyOf(highlights);
    }

    /** The drawn highlight shapes, in the order of {@link #highlights()}. */
    List<Path> highlightPaths() {
        return List.copyOf(highlightPaths);
    }

    /** The outline of a span of the block's (stored) text, in this node's coordinates, over as many lines as it covers. */
    public List<PathElement> shapeOf(int start, int end) {
        return shapeOfShown(display.shownOffset(start), display.shownOffset(end));
    }

    /** The outline of a span of the shown text. */
    List<PathElement> shapeOfShown(int start, int end) {
        List<PathElement> shape = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            Text text = lineTexts.get(i);
            int mark = markLength(text.getText());
            int from = Math.max(start, line.start()) - line.start();
            int to = Math.min(end, line.start() + text.getText().length() - mark) - line.start();
            if (from < to) {
                for (PathElement element : text.rangeShape(from + mark, to + mark)) {
                    shape.add(Shapes.translate(element, text.getLayoutX(), text.getLayoutY()));
                }
            }
        }
        return shape;
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

    @Override
    protected double computePrefWidth(double height) {
        return columnWidth + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        int n = Math.max(1, lines.size());
        return n * lineHeight + (n - 1) * lineGap + snappedTopInset() + snappedBottomInset();
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
        double x = snappedLeftInset();
        double y = snappedTopInset();
        for (Text text : lineTexts) {
            // Text draws from its baseline; layout bounds start at the top of the line box.
            text.relocate(x, y);
            y += linePitch();
        }
        for (int i = 0; i < highlights.size(); i++) {
            Highlight h = highlights.get(i);
            highlightPaths.get(i).getElements().setAll(shapeOf(h.start(), h.end()));
        }
    }
}

package org.sahifa.ui.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.sahifa.ui.reader.ParagraphNode;

/**
 * The body lines a screenshot shows whole, read from the reader's paragraphs on the JavaFX thread as plain data (so
 * that {@link BodyCheck} can score them on another thread): each line's text as Sahifa broke it, where it was drawn,
 * and where each quotation highlight on it was painted.
 */
final class BodyLines {
    /** Style class of the article view, whose paragraphs are the body. */
    static final String VIEW_CLASS = "article-view";
    /** Style class of a quotation's highlight (ArticleView's). */
    static final String QUOTE_HIGHLIGHT = "quote-highlight";

    /** A span of scene columns. */
    record Columns(double left, double right) {}

    /**
     * A quotation on a line: {@code [start, end)} of the shown paragraph text, cut to the line, and the columns its
     * highlight was painted over on that line (empty when it was painted nowhere there).
     */
    record Mark(int start, int end, List<Columns> painted) {}

    /**
     * One whole line of the body as drawn: the paragraph's shown text and direction, the line's {@code [start, end)}
     * in it, the reading font, the line box in scene pixels and its baseline, and the quotations on it.
     */
    record Line(
            String paragraph,
            boolean rightToLeft,
            int start,
            int end,
            String family,
            boolean bold,
            double size,
            double left,
            double top,
            double right,
            double bottom,
            double baseline,
            List<Mark> marks) {
        /** The line's text. */
        String text() {
            return paragraph.substring(start, end);
        }
    }

    private BodyLines() {}

    /** The body lines shown whole in {@code scene}, which is {@code width} x {@code height} px, top to bottom. */
    static List<Line> visible(Scene scene, double width, double height) {
        List<Line> found = new ArrayList<>();
        for (Node view : scene.getRoot().lookupAll("." + VIEW_CLASS)) {
            for (ParagraphNode paragraph : paragraphs(view)) {
                if (shown(paragraph)) {
                    addLines(paragraph, width, height, found);
                }
            }
        }
        found.sort(java.util.Comparator.comparingDouble(Line::top));
        return found;
    }

    private static void addLines(ParagraphNode paragraph, double width, double height, List<Line> found) {
        String shown = paragraph.shownText();
        boolean rightToLeft = paragraph.getNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        String style = paragraph.font().getStyle().toLowerCase(Locale.ROOT);
        List<ParagraphNode.Highlight> highlights = paragraph.highlights();
        List<Path> paths = paragraph.highlightPaths();
        for (int i = 0; i < paragraph.lineCount(); i++) {
            String text = paragraph.lineText(i);
            if (text.isBlank()) {
                continue;
            }
            Bounds box = paragraph.localToScene(paragraph.lineBounds(i));
            if (box.getMinX() < 0
                    || box.getMinY() < 0
                    || box.getMaxX() > width
                    || box.getMaxY() > height
                    || !insideClips(paragraph, box)) {
                continue;
            }
            int start = paragraph.lineStart(i);
            int end = start + text.length();
            List<Mark> marks = new ArrayList<>();
            for (int h = 0; h < highlights.size() && h < paths.size(); h++) {
                if (!highlights.get(h).styleClass().equals(QUOTE_HIGHLIGHT)) {
                    continue;
                }
                int from =
                        Math.max(start, paragraph.shownOffset(highlights.get(h).start()));
                int to = Math.min(end, paragraph.shownOffset(highlights.get(h).end()));
                if (from < to) {
                    marks.add(new Mark(from, to, painted(paths.get(h), box)));
                }
            }
            double baseline =
                    paragraph.localToScene(0, paragraph.lineBaseline(i)).getY();
            found.add(new Line(
                    shown,
                    rightToLeft,
                    start,
                    end,
                    paragraph.font().getFamily(),
                    style.contains("bold"),
                    paragraph.font().getSize(),
                    box.getMinX(),
                    box.getMinY(),
                    box.getMaxX(),
                    box.getMaxY(),
                    baseline,
                    List.copyOf(marks)));
        }
    }

    /**
     * The columns of the path's shapes (each begun by a move; JavaFX's range shapes are not always closed) whose middle
     * lies in the line's box (scene coordinates).
     */
    private static List<Columns> painted(Path path, Bounds line) {
        List<Columns> columns = new ArrayList<>();
        List<Point2D> shape = new ArrayList<>();
        for (PathElement element : path.getElements()) {
            if (element instanceof MoveTo m) {
                addIfOnLine(shape, line, columns);
                shape.clear();
                shape.add(path.localToScene(m.getX(), m.getY()));
            } else if (element instanceof LineTo l) {
                shape.add(path.localToScene(l.getX(), l.getY()));
            }
        }
        addIfOnLine(shape, line, columns);
        return columns;
    }

    private static void addIfOnLine(List<Point2D> shape, Bounds line, List<Columns> columns) {
        double minX = shape.stream().mapToDouble(Point2D::getX).min().orElse(0);
        double maxX = shape.stream().mapToDouble(Point2D::getX).max().orElse(0);
        double minY = shape.stream().mapToDouble(Point2D::getY).min().orElse(0);
        double maxY = shape.stream().mapToDouble(Point2D::getY).max().orElse(0);
        double middle = (minY + maxY) / 2;
        if (maxX > minX && middle >= line.getMinY() && middle <= line.getMaxY()) {
            columns.add(new Columns(minX, maxX));
        }
    }

    /** Whether the node and all its ancestors are visible (a list keeps hidden spare rows). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code box} (scene coordinates) lies inside every clip above {@code node} (a scrolled list's viewport). */
    private static boolean insideClips(Node node, Bounds box) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (box.getMinX() < clip.getMinX() - 0.5
                        || box.getMaxX() > clip.getMaxX() + 0.5
                        || box.getMinY() < clip.getMinY() - 0.5
                        || box.getMaxY() > clip.getMaxY() + 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<ParagraphNode> paragraphs(Node node) {
        List<ParagraphNode> found = new ArrayList<>();
        if (node instanceof ParagraphNode paragraph) {
            if (!paragraph.getStyleClass().contains(TitleCheck.TITLE_CLASS)) {
                found.add(paragraph);
            }
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(paragraphs(child));
            }
        }
        return found;
    }
}

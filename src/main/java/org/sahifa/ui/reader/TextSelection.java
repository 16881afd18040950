package org.sahifa.ui.reader;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Selecting text in the article with the mouse: a press on a paragraph sets the anchor, a drag over the same or other
 * paragraphs moves the other end, and the span between them is drawn with {@link #STYLE_CLASS}. The article's
 * paragraphs are drawn by Sahifa (see {@link ParagraphNode}), so JavaFX's own text selection does not apply.
 */
public final class TextSelection {
    public static final String STYLE_CLASS = "selection-highlight";

    private final ArticleView view;
    private TextSpan anchorAndFocus;
    /** The blocks the selection was made in: another article shown makes it stale. */
    private List<org.sahifa.model.Block> selectedIn;

    public TextSelection(ArticleView view) {
        this.view = view;
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
    }

    /** The selected span in reading order, if a non-empty one is selected. */
    public Optional<TextSpan> selection() {
        boolean stale =
                view.analysis() == null || !view.analysis().article().blocks().equals(selectedIn);
        return anchorAndFocus == null || anchorAndFocus.isEmpty() || stale
                ? Optional.empty()
                : Optional.of(anchorAndFocus.ordered());
    }

    /** Selects a span (as a drag from its start to its end would). */
    public void select(TextSpan span) {
        anchorAndFocus = span;
        draw();
    }

    public void clear() {
        anchorAndFocus = null;
        draw();
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Point point = pointUnder(event);
        anchorAndFocus =
                point == null ? null : new TextSpan(point.block(), point.offset(), point.block(), point.offset());
        draw();
    }

    private void dragged(MouseEvent event) {
        Point point = pointUnder(event);
        if (anchorAndFocus == null || point == null) {
            return;
        }
        anchorAndFocus = new TextSpan(anchorAndFocus.block(), anchorAndFocus.start(), point.block(), point.offset());
        draw();
    }

    private void draw() {
        selectedIn = view.analysis() == null ? null : view.analysis().article().blocks();
        view.setSpans(STYLE_CLASS, selection().map(List::of).orElse(List.of()));
    }

    /** A place in the article's text: a block and an offset in its stored text. */
    public record Point(int block, int offset) {}

    private Point pointUnder(MouseEvent event) {
        return pointAt(event.getPickResult().getIntersectedNode(), event.getSceneX(), event.getSceneY());
    }

    /**
     * The block and offset at a scene point whose picked node is {@code picked} (a mouse or context-menu event's),
     * or null when it is not over a paragraph of the article.
     */
    public Point pointAt(Node picked, double sceneX, double sceneY) {
        Node node = picked;
        while (node != null && !(node instanceof ParagraphNode) && node != view) {
            node = node.getParent();
        }
        if (!(node instanceof ParagraphNode paragraph) || view.analysis() == null) {
            return null;
        }
        int block = view.blockIndexOf(paragraph);
        if (block < 0) {
            return null;
        }
        Point2D local = paragraph.sceneToLocal(sceneX, sceneY);
        return new Point(block, paragraph.offsetAt(local.getX(), local.getY()));
    }
}

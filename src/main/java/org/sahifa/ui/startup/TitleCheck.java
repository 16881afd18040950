package org.sahifa.ui.startup;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * Checks a screenshot's article title against the same words drawn by Java2D from the bundled font file
 * ({@link ReferenceText}), piece by piece: a title drawn as wrong glyphs in the right places (docs/rendering.md, "A
 * scrambled title") scores far below {@link #MIN_SCORE}. Pieces in a face Sahifa does not bundle are not checked.
 */
final class TitleCheck {
    /** Style class of the article's title. */
    static final String TITLE_CLASS = "article-title";
    /**
     * Lowest ink agreement ({@link InkMatch}) a title piece may have. Measured on the 34 px bold Amiri title of
     * mixed-article.html: 0.996 drawn right, 0.45 scrambled (InkMatch's slices).
     */
    static final double MIN_SCORE = 0.75;
    /** Pixels of background kept around a piece when it is cut out of the screenshot. */
    private static final int MARGIN_PX = 3;
    /** A run of columns without ink this wide (in ems) ends a piece's ink: about a space in Amiri. */
    private static final double GAP_EM = 0.15;

    /** One checked piece of the title: its text and how well its pixels agree with the reference. */
    record Piece(String text, double score) {}

    private TitleCheck() {}

    /** The title's pieces in {@code scene} with their scores against {@code shot}, a snapshot of the whole scene. */
    static List<Piece> check(Scene scene, BufferedImage shot) {
        List<Piece> pieces = new ArrayList<>();
        for (Node title : scene.getRoot().lookupAll("." + TITLE_CLASS)) {
            for (Text text : texts(title)) {
                score(text, shot).ifPresent(score -> pieces.add(new Piece(text.getText(), score)));
            }
        }
        return pieces;
    }

    /** The first piece scoring below {@link #MIN_SCORE}, if any. */
    static Optional<Piece> firstBad(List<Piece> pieces) {
        return pieces.stream().filter(p -> p.score() < MIN_SCORE).findFirst();
    }

    private static Optional<Double> score(Text text, BufferedImage shot) {
        if (text.getText() == null || text.getText().isBlank() || !text.isVisible()) {
            return Optional.empty();
        }
        boolean bold =
                text.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
        Optional<java.awt.Font> face = ReferenceText.face(text.getFont().getFamily(), bold);
        if (face.isEmpty()) {
            return Optional.empty();
        }
        Bounds bounds = text.localToScene(text.getBoundsInLocal());
        Bounds ink = text.localToScene(visualBounds(text));
        int y = Math.max(0, (int) Math.floor(ink.getMinY()) - MARGIN_PX);
        int bottom = Math.min(shot.getHeight(), (int) Math.ceil(ink.getMaxY()) + MARGIN_PX);
        // The drawn glyphs may reach past the node's bounds (a final «ة» on a wrapped RTL line was cut short by 8 px):
        // the cut follows the ink sideways until a gap as wide as a space, at most half an em.
        int reach = (int) Math.ceil(text.getFont().getSize() / 2);
        int gap = Math.max(2, (int) Math.round(text.getFont().getSize() * GAP_EM));
        int x = InkMatch.inkEdge(shot, (int) Math.floor(bounds.getMinX()) - 1, y, bottom, -1, gap, reach) - MARGIN_PX;
        int right = InkMatch.inkEdge(shot, (int) Math.ceil(bounds.getMaxX()), y, bottom, 1, gap, reach) + 1 + MARGIN_PX;
        x = Math.max(0, x);
        right = Math.min(shot.getWidth(), right);
        if (right <= x || bottom <= y) {
            return Optional.empty();
        }
        boolean rightToLeft = text.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        BufferedImage reference =
                ReferenceText.draw(text.getText(), face.get(), text.getFont().getSize(), rightToLeft);
        return Optional.of(InkMatch.score(shot.getSubimage(x, y, right - x, bottom - y), reference));
    }

    /**
     * The box of {@code text}'s glyphs, in its own coordinates (only its height is used). Its line box is taller than
     * its ink: on a wrapped title it reaches into the line above, whose descenders would count as this piece's ink.
     */
    private static Bounds visualBounds(Text text) {
        Text probe = new Text(text.getText());
        probe.setFont(text.getFont());
        probe.setTextOrigin(text.getTextOrigin());
        probe.setBoundsType(TextBoundsType.VISUAL);
        Bounds glyphs = probe.getBoundsInLocal();
        return new BoundingBox(
                glyphs.getMinX() + text.getX(), glyphs.getMinY() + text.getY(), glyphs.getWidth(), glyphs.getHeight());
    }

    private static List<Text> texts(Node node) {
        List<Text> found = new ArrayList<>();
        if (node instanceof Text text) {
            found.add(text);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(texts(child));
            }
        }
        return found;
    }
}

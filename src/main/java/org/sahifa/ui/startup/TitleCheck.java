package org.sahifa.ui.startup;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;

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
        int x = Math.max(0, (int) Math.floor(bounds.getMinX()) - MARGIN_PX);
        int y = Math.max(0, (int) Math.floor(bounds.getMinY()) - MARGIN_PX);
        int right = Math.min(shot.getWidth(), (int) Math.ceil(bounds.getMaxX()) + MARGIN_PX);
        int bottom = Math.min(shot.getHeight(), (int) Math.ceil(bounds.getMaxY()) + MARGIN_PX);
        if (right <= x || bottom <= y) {
            return Optional.empty();
        }
        boolean rightToLeft = text.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        BufferedImage reference =
                ReferenceText.draw(text.getText(), face.get(), text.getFont().getSize(), rightToLeft);
        return Optional.of(InkMatch.score(shot.getSubimage(x, y, right - x, bottom - y), reference));
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

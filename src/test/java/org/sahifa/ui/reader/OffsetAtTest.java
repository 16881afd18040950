package org.sahifa.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DigitStyle;
import org.sahifa.ui.FxThread;

/** {@link ParagraphNode#offsetAt}: the character boundary under a point, in the stored text, in both directions. */
class OffsetAtTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
    }

    private static ParagraphNode laidOut(String text, TextDirection dir, DisplayOptions options) {
        ParagraphNode node =
                new ParagraphNode(new Block(BlockType.PARAGRAPH, text, dir), Typography.DEFAULT, options, 500);
        Group root = new Group(node);
        new Scene(root);
        root.applyCss();
        root.layout();
        return node;
    }

    @Test
    void aLatinLetterIsEnteredFromTheLeft() throws Exception {
        String text = "Hello world";
        int w = text.indexOf('w');
        int[] offsets = FxThread.call(() -> {
            ParagraphNode node = laidOut(text, TextDirection.LTR, DisplayOptions.DEFAULT);
            Bounds letter = node.boundsOf(w, w + 1);
            double y = letter.getCenterY();
            return new int[] {
                node.offsetAt(letter.getMinX() + 1, y), node.offsetAt(letter.getMaxX() - 1, y), node.offsetAt(1, 500)
            };
        });
        assertEquals(w, offsets[0], "left half of w: before it");
        assertEquals(w + 1, offsets[1], "right half of w: after it");
        assertEquals(0, offsets[2], "below the text, at its start: the last (only) line's first boundary");
    }

    @Test
    void anArabicWordStartsAtItsRightEvenWithItsDiacriticsHidden() throws Exception {
        String text = "كَتَبَ الوزيرُ رسالةً طويلة";
        int word = text.indexOf("رسالة");
        int[] offsets = FxThread.call(() -> {
            ParagraphNode node =
                    laidOut(text, TextDirection.RTL, new DisplayOptions(true, DigitStyle.AS_WRITTEN, null));
            // on screen: an RTL node's own x axis runs the other way
            Bounds letter = node.localToScene(node.boundsOf(word, word + 1));
            double y = letter.getCenterY();
            javafx.geometry.Point2D right = node.sceneToLocal(letter.getMaxX() - 1, y);
            javafx.geometry.Point2D left = node.sceneToLocal(letter.getMinX() + 1, y);
            return new int[] {node.offsetAt(right.getX(), right.getY()), node.offsetAt(left.getX(), left.getY())};
        });
        assertEquals(word, offsets[0], "right half of ر: before it, in the stored text with its diacritics");
        assertEquals(word + 1, offsets[1], "left half of ر: after it");
    }
}

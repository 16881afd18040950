package org.sahifa.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;

/**
 * Mirroring for a right-to-left interface, part by part.
 *
 * <p>JavaFX cannot clip a mirrored node to a plain rectangle: every clipped container under a mirroring transform (a
 * list, a scroll pane, a titled pane's content) is drawn offscreen and blended back, on every frame. So the sidebar
 * is not mirrored as a whole; its lists and scroll panes keep their left-to-right layout (their scroll bars on the
 * right) and only what holds no clip is mirrored: list rows, the filter field, title bars. Measured with
 * {@code FirstPaintBenchmark}, 1,000 words, Arabic interface, idle machine: the first paint from 101 ± 6 to
 * 96 ± 8 ms, the paint with the sidebar filled from 161 ± 22 to 156 ± 12 ms (an unmirrored sidebar with nothing
 * mirrored in it, as an experiment, gave 89 and 130 ms: the mirrored rows and titles still cost something).
 */
public final class Mirroring {
    private Mirroring() {}

    /** Mirrors {@code node} when the interface reads right to left. */
    public static void mirror(Node node, I18n i18n) {
        if (i18n.isRightToLeft()) {
            node.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
    }

    /** Mirrors a titled pane's title bar only (arrow, graphic, title), not its clipped content. */
    static void mirrorTitle(TitledPane pane, I18n i18n) {
        if (!i18n.isRightToLeft()) {
            return;
        }
        // The title bar (CSS substructure ".title") exists once the skin does.
        pane.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                Node title = pane.lookup(".title");
                if (title != null) {
                    title.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                }
            }
        });
    }
}

package org.sahifa.ui.sidebar;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sahifa.ui.I18n;
import org.sahifa.ui.Mirroring;

/**
 * The sidebar: the mention counter on top, then one column of people, places, organisations and quotations. Every
 * list is sized to its rows and gives way down to its first three, so all four stay in sight together without the
 * reader dragging a divider; only a window too short even for that scrolls the column (issue 15 §3).
 */
public final class SidebarColumn extends BorderPane {
    static final String STYLE_CLASS = "side-panel";
    /** Share of the window's width the sidebar starts with, kept between the two widths below. */
    static final double WIDTH_SHARE = 0.28;

    static final double MIN_WIDTH = 300;
    static final double MAX_WIDTH = 420;

    private final ScrollPane scroll;

    /** @param footer shown under the lists (the library's "in N other saved articles" link), or null */
    public SidebarColumn(
            MentionNavigator mentions, EntitySidebar entities, QuotesPane quotes, javafx.scene.Node footer, I18n i18n) {
        getStyleClass().add(STYLE_CLASS);
        VBox column = new VBox(entities, quotes);
        column.getStyleClass().add("side-column");
        VBox.setVgrow(quotes, Priority.ALWAYS);
        scroll = new ScrollPane(column);
        scroll.setId("side-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(
                true); // the column takes the pane's height, so its lists share it (or scroll when too short)
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("entity-scroll");
        setTop(mentions);
        setCenter(scroll);
        if (footer != null) {
            setBottom(footer);
        }
        // Not mirrored as a whole in a right-to-left interface: its parts mirror themselves (see Mirroring).
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        Mirroring.mirror(mentions, i18n);
    }

    /** The sidebar's starting width in a window this wide. */
    public static double startWidth(double windowWidth) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, windowWidth * WIDTH_SHARE));
    }

    /** True when the column needs scrolling to show everything (the window is shorter than its lists' minimum). */
    boolean overflows() {
        return scroll.getContent().getBoundsInLocal().getHeight()
                > scroll.getViewportBounds().getHeight() + 0.5;
    }
}

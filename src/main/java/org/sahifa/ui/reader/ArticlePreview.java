package org.sahifa.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sahifa.model.Analysis;
import org.sahifa.ui.MainWindow;

/**
 * The article's first screen, drawn without the list view that normally holds it: the header and as many paragraphs
 * as fill the view, in rows laid out as the list lays out its rows. It stands in for the list in the window's first
 * frame (see {@link MainWindow#articleFirst}): the list, its scroll bar and its cells are controls whose skins and
 * styles took about a fifth of the time to that frame. The paragraphs are the article view's own nodes, so the list
 * takes them over when it replaces the preview.
 */
final class ArticlePreview extends VBox {
    /**
     * Width of the list's vertical scroll bar (AtlantaFX: {@code .scroll-bar:vertical { -fx-pref-width: 8px }}): the
     * list's rows are that much narrower when the article is longer than the view, and the column is centred in them.
     */
    static final double SCROLL_BAR_WIDTH = 8;

    /** What the preview draws: the same header and paragraph nodes the list's rows show. */
    interface Rows {
        Analysis analysis();

        Node header();

        Node paragraph(int block);

        /** Space under each row, as the list's rows have it. */
        double paragraphGap();
    }

    private final List<StackPane> rows = new ArrayList<>();
    private Analysis filledFor;
    private double filledWidth = -1;
    private double filledHeight = -1;

    ArticlePreview() {
        getStyleClass().addAll("article-rows", "article-preview");
        setFillWidth(true);
        // As tall as the view, whatever its rows add up to (the last one runs past the bottom, as in the list).
        setMinHeight(0);
        setPrefHeight(0);
    }

    /** Fills the preview for a view of this size, unless it already shows this article at this size. */
    void fill(Rows source, double width, double height) {
        Analysis analysis = source.analysis();
        if (analysis == filledFor && width == filledWidth && height == filledHeight) {
            return;
        }
        filledFor = analysis;
        filledWidth = width;
        filledHeight = height;
        release();
        double used = 0;
        int blocks = analysis == null ? 0 : analysis.article().blocks().size();
        for (int index = 0; analysis != null && index <= blocks && used <= height; index++) {
            StackPane row = new StackPane(index == 0 ? source.header() : source.paragraph(index - 1));
            row.getStyleClass().add("article-row-content");
            row.setPadding(new Insets(0, 0, source.paragraphGap(), 0));
            rows.add(row);
            getChildren().add(row);
            row.applyCss();
            used += row.prefHeight(width - SCROLL_BAR_WIDTH);
        }
        // The list shows its scroll bar once its rows are taller than it: keep the same room for it.
        setPadding(new Insets(0, used > height ? SCROLL_BAR_WIDTH : 0, 0, 0));
    }

    /** Makes the next {@link #fill} draw the rows anew. */
    void invalidate() {
        filledFor = null;
        filledWidth = -1;
    }

    /** Lets go of the header and paragraph nodes, so the list's rows can take them. */
    void release() {
        for (StackPane row : rows) {
            row.getChildren().clear();
        }
        rows.clear();
        getChildren().clear();
    }
}

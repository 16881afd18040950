package org.sahifa.ui.reader;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.text.ScriptDirection;

/**
 * The article's lead image under its header, scaled down (never up) to the reading column, with its caption
 * below in the caption's own direction; or, when the image could not be had, a one-line note in its place.
 * {@link ArticleView} puts it in its header row and calls {@link #fit} whenever that row is laid out again.
 */
final class LeadImageView extends VBox {
    static final String STYLE_CLASS = "lead-image";
    static final String NOTE_STYLE_CLASS = "lead-image-note";
    /** Space between the picture and its caption, in pixels. */
    static final double CAPTION_GAP = 6;

    private final ImageView image;
    private final String caption;

    private LeadImageView(Image picture, String caption, String description) {
        super(CAPTION_GAP);
        getStyleClass().add(STYLE_CLASS);
        this.caption = caption;
        if (picture == null) {
            image = null;
            return;
        }
        image = new ImageView(picture);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setAccessibleText(description);
    }

    /**
     * @param caption     shown under the picture, or null for none
     * @param description what the picture shows, for screen readers (its alt text or caption), or null
     */
    static LeadImageView of(Image picture, String caption, String description) {
        return new LeadImageView(picture, caption, description);
    }

    /** A note in place of an image that could not be shown. */
    static LeadImageView note(String message) {
        LeadImageView view = new LeadImageView(null, message, null);
        view.getStyleClass().add(NOTE_STYLE_CLASS);
        return view;
    }

    /** The picture, or null for a note. */
    ImageView imageView() {
        return image;
    }

    /** Lays the view out anew for the column width and the reader's typography; returns itself. */
    LeadImageView fit(double columnWidth, Typography typography, DisplayOptions options) {
        getChildren().clear();
        if (image != null) {
            image.setFitWidth(Math.min(image.getImage().getWidth(), columnWidth));
            getChildren().add(image);
        }
        if (caption != null) {
            Block block = new Block(BlockType.CAPTION, caption, ScriptDirection.of(caption));
            Node text = new ParagraphNode(
                    block,
                    typography,
                    new DisplayOptions(options.hideDiacritics(), options.digits(), null),
                    columnWidth);
            getChildren().add(text);
        }
        setMaxWidth(columnWidth);
        return this;
    }
}

package org.sahifa.ui.sidebar;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DisplayText;
import org.sahifa.text.ScriptDirection;
import org.sahifa.ui.AppFonts;
import org.sahifa.ui.reader.DisplayOptions;
import org.sahifa.ui.reader.ParagraphNode;
import org.sahifa.ui.reader.Typography;

/**
 * One quotation as the quotations pane shows it: its words (shortened) between the quotation marks of their own
 * script, then a line saying who said it; the pane's stylesheet rules a line under each unit, so every quotation
 * reads as one block, apart from the next (issue 15 §4).
 */
public final class QuoteUnit extends VBox {
    static final String STYLE_CLASS = "quote-unit";
    static final int PREVIEW_CHARS = 100;
    /** Font of the quotation's words: the reading face, smaller. */
    static final Typography TYPOGRAPHY = new Typography(AppFonts.READING_FAMILY, 14, 0);

    private final String marked;

    QuoteUnit(Quote quote, String unknownSpeaker, double width) {
        super(0);
        getStyleClass().add(STYLE_CLASS);
        String shown = quote.text().length() > PREVIEW_CHARS
                ? quote.text().substring(0, PREVIEW_CHARS).strip() + "…"
                : quote.text();
        TextDirection direction = ScriptDirection.of(shown);
        marked = marked(shown, direction);
        // Wrapped like the article's paragraphs, in the quotation's own direction (see LineBreaker).
        ParagraphNode text = new ParagraphNode(
                new Block(BlockType.PARAGRAPH, marked, direction),
                TYPOGRAPHY,
                DisplayOptions.DEFAULT,
                Math.max(80, width));
        text.getStyleClass().add("quote-text");
        String who = quote.speaker() == null ? unknownSpeaker : quote.speaker();
        Label speaker = new Label("— " + DisplayText.forDrawing(who));
        speaker.getStyleClass().add("quote-speaker");
        speaker.setMaxWidth(Double.MAX_VALUE);
        speaker.setNodeOrientation(
                ScriptDirection.of(who) == TextDirection.RTL
                        ? NodeOrientation.RIGHT_TO_LEFT
                        : NodeOrientation.LEFT_TO_RIGHT);
        getChildren().setAll(text, speaker);
    }

    /**
     * The words between the marks their script uses: « » around right-to-left (Arabic, Persian, Urdu) quotations,
     * “ ” around the others (English, the common case among left-to-right quotations in Arabic articles).
     */
    static String marked(String words, TextDirection direction) {
        return direction == TextDirection.RTL ? "«" + words + "»" : "“" + words + "”";
    }

    /** The quotation as drawn, marks included. */
    public String markedText() {
        return marked;
    }
}

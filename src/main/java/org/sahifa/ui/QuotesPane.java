package org.sahifa.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.text.ScriptDirection;

/** The article's quotations, each with who said it. */
public final class QuotesPane extends TitledPane {
    static final int PREVIEW_CHARS = 140;
    private final I18n i18n;
    private final ListView<Quote> list = new ListView<>();

    public QuotesPane(I18n i18n, Consumer<Quote> onSelect) {
        this.i18n = i18n;
        setText(i18n.get("sidebar.quotes"));
        setGraphic(new FontIcon("mdi2f-format-quote-close"));
        setCollapsible(false);
        getStyleClass().add("quotes-pane");
        list.setId("quotes-list");
        list.setPlaceholder(new Label(i18n.get("sidebar.empty")));
        list.setCellFactory(l -> new QuoteCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, quote) -> {
            if (quote != null) {
                onSelect.accept(quote);
            }
        });
        list.widthProperty().addListener((obs, old, width) -> list.refresh());
        setContent(list);
    }

    public void show(List<Quote> quotes) {
        list.getItems().setAll(quotes);
    }

    public List<Quote> listed() {
        return List.copyOf(list.getItems());
    }

    /** Font of the quotation text in the list: the reading face, smaller. */
    static final Typography LIST_TYPOGRAPHY = new Typography(AppFonts.READING_FAMILY, 16, 0.2);
    /** Cell padding and scroll bar, taken from the list's width to get the width quotations wrap at. */
    static final double CELL_CHROME = 34;

    private final class QuoteCell extends ListCell<Quote> {
        QuoteCell() {
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(Quote quote, boolean empty) {
            super.updateItem(quote, empty);
            if (empty || quote == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String shown = quote.text().length() > PREVIEW_CHARS ? quote.text().substring(0, PREVIEW_CHARS) + "…" : quote.text();
            String marked = "«" + shown + "»";
            // Wrapped like the article's paragraphs, in the quotation's own direction (see LineBreaker).
            ParagraphNode text = new ParagraphNode(new Block(BlockType.PARAGRAPH, marked, ScriptDirection.of(shown)), LIST_TYPOGRAPHY);
            text.setColumnWidth(Math.max(80, list.getWidth() - CELL_CHROME));
            text.getStyleClass().add("quote-text");
            String who = quote.speaker() == null ? i18n.get("quote.unknown.speaker") : quote.speaker();
            Label speaker = new Label("— " + who);
            speaker.setNodeOrientation(ScriptDirection.of(who) == TextDirection.RTL ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            speaker.setMaxWidth(Double.MAX_VALUE);
            speaker.getStyleClass().add("quote-speaker");
            VBox box = new VBox(2, text, speaker);
            setGraphic(box);
            setText(null);
        }
    }
}

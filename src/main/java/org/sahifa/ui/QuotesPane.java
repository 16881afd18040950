package org.sahifa.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.Quote;

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
        setContent(list);
    }

    public void show(List<Quote> quotes) {
        list.getItems().setAll(quotes);
    }

    public List<Quote> listed() {
        return List.copyOf(list.getItems());
    }

    private final class QuoteCell extends ListCell<Quote> {
        QuoteCell() {
            setPrefWidth(0); // let the text wrap to the list's width instead of widening it
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
            Label text = new Label("«" + shown + "»");
            text.setWrapText(true);
            text.getStyleClass().add("quote-text");
            Label speaker = new Label("— " + (quote.speaker() == null ? i18n.get("quote.unknown.speaker") : quote.speaker()));
            speaker.getStyleClass().add("quote-speaker");
            VBox box = new VBox(2, text, speaker);
            setGraphic(box);
            setText(null);
        }
    }
}

package org.sahifa.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.sahifa.quote.QuoteExport;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;
import org.sahifa.text.DisplayText;
import org.sahifa.text.ScriptDirection;

/** The article's quotations, each with who said it. */
public final class QuotesPane extends TitledPane {
    static final int PREVIEW_CHARS = 140;
    private final I18n i18n;
    private final ListView<Quote> list = new ListView<>();
    private final Label placeholder;

    /** Writes a file off the FX thread; the string is the file's content. */
    interface FileSaver {
        void save(String content, File file);
    }

    private String articleTitle;

    public QuotesPane(I18n i18n, Consumer<Quote> onSelect, FileSaver saver) {
        this.i18n = i18n;
        setText(i18n.get("sidebar.quotes"));
        Button export = new Button(null, new FontIcon("mdi2e-export-variant"));
        export.setId("quotes-export");
        export.setTooltip(new Tooltip(i18n.get("quotes.export")));
        export.setOnAction(e -> exportAll(saver));
        HBox header = new HBox(6, new FontIcon("mdi2f-format-quote-close"), export);
        header.setAlignment(Pos.CENTER_LEFT);
        setGraphic(header);
        setCollapsible(false);
        Mirroring.mirrorTitle(this, i18n);
        getStyleClass().add("quotes-pane");
        list.setId("quotes-list");
        placeholder = new Label(i18n.get("sidebar.empty"));
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new QuoteCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, quote) -> {
            if (quote != null) {
                onSelect.accept(quote);
            }
        });
        list.widthProperty().addListener((obs, old, width) -> list.refresh());
        setContent(list);
    }

    public void show(List<Quote> quotes, String title) {
        list.getItems().setAll(quotes);
        articleTitle = title;
    }

    /** While true, an empty list says the article is still being analysed rather than that nothing was found. */
    public void setAnalysing(boolean analysing) {
        placeholder.setText(i18n.get(analysing ? "sidebar.analysing" : "sidebar.empty"));
    }

    /** Exports every quotation of the article as Markdown or CSV, as the file name chosen says. */
    private void exportAll(FileSaver saver) {
        if (list.getItems().isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("quotes.export"));
        FileChooser.ExtensionFilter markdown = new FileChooser.ExtensionFilter("Markdown", "*.md");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV", "*.csv");
        chooser.getExtensionFilters().setAll(markdown, csv);
        chooser.setInitialFileName("quotations.md");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            List<Quote> quotes = List.copyOf(list.getItems());
            boolean asCsv = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") || chooser.getSelectedExtensionFilter() == csv;
            saver.save(asCsv ? QuoteExport.toCsv(quotes) : QuoteExport.toMarkdown(articleTitle, quotes), file);
        }
    }

    public List<Quote> listed() {
        return List.copyOf(list.getItems());
    }

    /** Font of the quotation text in the list: the reading face, smaller. */
    static final Typography LIST_TYPOGRAPHY = new Typography(AppFonts.READING_FAMILY, 16, 0.2);
    /** Cell padding and scroll bar, taken from the list's width to get the width quotations wrap at. */
    static final double CELL_CHROME = 34;

    /** A row: the quotation (shortened) wrapped like the article's paragraphs, and who said it. */
    private final class QuoteCell extends ListCell<Quote> {
        private final Label speaker = new Label();
        private final VBox box = new VBox(2);

        QuoteCell() {
            Mirroring.mirror(this, i18n);
            setPrefWidth(0); // wrap to the list's width instead of widening it
            speaker.setMaxWidth(Double.MAX_VALUE);
            speaker.getStyleClass().add("quote-speaker");
            // The copy menu is made when first asked for: a menu per row up front was a large share of the first paint.
            addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                if (getItem() == null) {
                    e.consume();
                } else if (getContextMenu() == null) {
                    MenuItem copy = new MenuItem(i18n.get("quotes.copy"), new FontIcon("mdi2c-content-copy"));
                    copy.setOnAction(a -> EntitySidebar.copyToClipboard(QuoteExport.attribution(getItem())));
                    setContextMenu(new ContextMenu(copy));
                }
            });
        }

        @Override
        protected void updateItem(Quote quote, boolean empty) {
            super.updateItem(quote, empty);
            setText(null);
            if (empty || quote == null) {
                setGraphic(null);
                return;
            }
            String shown = quote.text().length() > PREVIEW_CHARS ? quote.text().substring(0, PREVIEW_CHARS) + "…" : quote.text();
            String marked = "«" + shown + "»";
            // Wrapped like the article's paragraphs, in the quotation's own direction (see LineBreaker).
            ParagraphNode text = new ParagraphNode(new Block(BlockType.PARAGRAPH, marked, ScriptDirection.of(shown)), LIST_TYPOGRAPHY,
                    DisplayOptions.DEFAULT, Math.max(80, list.getWidth() - CELL_CHROME));
            text.getStyleClass().add("quote-text");
            String who = quote.speaker() == null ? i18n.get("quote.unknown.speaker") : quote.speaker();
            speaker.setText("— " + DisplayText.forDrawing(who));
            speaker.setNodeOrientation(ScriptDirection.of(who) == TextDirection.RTL ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            box.getChildren().setAll(text, speaker);
            setGraphic(box);
        }
    }
}

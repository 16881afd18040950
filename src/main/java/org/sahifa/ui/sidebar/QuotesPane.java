package org.sahifa.ui.sidebar;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sahifa.model.Quote;
import org.sahifa.quote.QuoteExport;
import org.sahifa.ui.I18n;
import org.sahifa.ui.Mirroring;

/**
 * The article's quotations, each a {@link QuoteUnit} with who said it. The list asks for room for its first
 * {@value #MIN_VISIBLE_QUOTES} quotations at least, and takes what the sidebar has left.
 */
public final class QuotesPane extends VBox {
    static final int MIN_VISIBLE_QUOTES = 3;
    /** Cell padding and scroll bar, taken from the list's width to get the width quotations wrap at. */
    static final double CELL_CHROME = 30;

    private final I18n i18n;
    private final ListView<Quote> list = new ListView<>();
    private final Label placeholder;
    /** Where units are put for a moment to be measured with their CSS (never drawn, never laid out with the pane). */
    private final javafx.scene.Group measuring = new javafx.scene.Group();

    /** Writes a file off the FX thread; the string is the file's content. */
    public interface FileSaver {
        void save(String content, File file);
    }

    private String articleTitle;

    public QuotesPane(I18n i18n, Consumer<Quote> onSelect, FileSaver saver) {
        this.i18n = i18n;
        getStyleClass().add("quotes-pane");
        Button export = new Button(null, new FontIcon("mdi2e-export-variant"));
        export.setId("quotes-export");
        export.getStyleClass().add("flat");
        export.setTooltip(new Tooltip(i18n.get("quotes.export")));
        export.setOnAction(e -> exportAll(saver));
        Label title = new Label(i18n.get("sidebar.quotes"), new FontIcon("mdi2f-format-quote-close"));
        title.getStyleClass().add("sidebar-section-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(6, title, export);
        header.setAlignment(Pos.CENTER_LEFT);
        Mirroring.mirror(header, i18n);
        list.setId("quotes-list");
        placeholder = new Label(i18n.get("sidebar.empty"));
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new QuoteCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, quote) -> {
            if (quote != null) {
                onSelect.accept(quote);
            }
        });
        list.widthProperty().addListener((obs, old, width) -> {
            list.refresh();
            updateMinHeight();
        });
        list.setPrefHeight(Region.USE_COMPUTED_SIZE);
        VBox.setVgrow(list, Priority.ALWAYS);
        measuring.setManaged(false);
        measuring.setVisible(false);
        getChildren().setAll(header, list, measuring);
        sceneProperty().addListener((obs, old, scene) -> updateMinHeight());
    }

    public void show(List<Quote> quotes, String title) {
        list.getItems().setAll(quotes);
        articleTitle = title;
        updateMinHeight();
    }

    /** While true, an empty list says the article is still being analysed rather than that nothing was found. */
    public void setAnalysing(boolean analysing) {
        placeholder.setText(i18n.get(analysing ? "sidebar.analysing" : "sidebar.empty"));
    }

    /** Clears the quotation chosen, so that choosing it again counts as a new choice. */
    public void clearSelection() {
        list.getSelectionModel().clearSelection();
    }

    /** Room for the first quotations as they wrap at the list's present width, so the sidebar never squeezes them out. */
    private void updateMinHeight() {
        double width = wrapWidth();
        double height = 4;
        List<Quote> first = list.getItems()
                .subList(0, Math.min(MIN_VISIBLE_QUOTES, list.getItems().size()));
        for (Quote quote : first) {
            height += measuredHeight(unit(quote, width)) + QuoteCell.VERTICAL_PADDING;
        }
        list.setMinHeight(first.isEmpty() ? EntitySidebar.rowsHeight(1) : height);
    }

    /** A unit's height with the stylesheet's fonts applied: measured in the scene, out of sight, when there is one. */
    private double measuredHeight(QuoteUnit unit) {
        if (getScene() == null) {
            return unit.prefHeight(-1);
        }
        measuring.getChildren().setAll(unit);
        unit.applyCss();
        double height = unit.prefHeight(-1);
        measuring.getChildren().clear();
        return height;
    }

    private double wrapWidth() {
        double width = list.getWidth() > 0 ? list.getWidth() : getWidth();
        return width - CELL_CHROME;
    }

    private QuoteUnit unit(Quote quote, double width) {
        return new QuoteUnit(quote, i18n.get("quote.unknown.speaker"), width);
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
        File file =
                chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            List<Quote> quotes = List.copyOf(list.getItems());
            boolean asCsv = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                    || chooser.getSelectedExtensionFilter() == csv;
            saver.save(asCsv ? QuoteExport.toCsv(quotes) : QuoteExport.toMarkdown(articleTitle, quotes), file);
        }
    }

    public List<Quote> listed() {
        return List.copyOf(list.getItems());
    }

    /** A row: one quotation unit, made anew for each quotation (it wraps to the list's width). */
    private final class QuoteCell extends ListCell<Quote> {
        /** The cell's top and bottom padding (see the stylesheet's {@code .quotes-pane .list-cell}). */
        static final double VERTICAL_PADDING = 9; // 4 + 4 + the 1 px rule

        QuoteCell() {
            Mirroring.mirror(this, i18n);
            setPrefWidth(0); // wrap to the list's width instead of widening it
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
            setGraphic(empty || quote == null ? null : unit(quote, wrapWidth()));
        }
    }
}
